package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.Topics;
import dev.escmon.avro.internal.Story;
import dev.escmon.avro.internal.StoryArticle;
import dev.escmon.avro.internal.SubjectState;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subject's state keeps the text of its articles (title, url, evidence) only while they can still be shown,
 * inside the current window: every update re-reads and re-writes the whole history, and the text was most of it.
 */
class SubjectStateTextTest {
    private static final Instant DAY0 = Instant.parse("2025-01-01T10:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void shouldDropTheTextOfArticlesOlderThanTheWindowAndKeepItForTheCurrentOnes() {
        Topics topics = new Topics("");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "subject-text");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(EscalationTopology.build(topics, TestDictionary.holder()),
                props)) {
            TestInputTopic<String, Article> articles = driver.createInputTopic(topics.articles().name(),
                    topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer());
            TestOutputTopic<String, EscalationSignal> signals = driver.createOutputTopic(topics.signals().name(),
                    topics.signals().keySerde().deserializer(), topics.signals().valueSerde().deserializer());
            articles.pipeInput("old", article("old", DAY0, "Old threat"), DAY0);
            Instant later = DAY0.plus(Duration.ofDays(5));
            articles.pipeInput("new", article("new", later, "New threat"), later);

            KeyValueStore<String, SubjectState> store = driver.getKeyValueStore(EscalationTopology.SIGNALS_SUBJECT_STORE);
            SubjectState state = store.get("donald-trump");
            assertThat(state).as("state of subject donald-trump").isNotNull();
            Map<String, StoryArticle> byId = new java.util.HashMap<>();
            for (Story story : state.getStories()) {
                story.getArticles().forEach(a -> byId.put(a.getArticleId(), a));
            }
            assertThat(byId).containsKeys("old", "new");
            StoryArticle old = byId.get("old");
            assertThat(old.getTitle()).as("title of the article five days before the window").isEmpty();
            assertThat(old.getUrl()).as("url of the article five days before the window").isNull();
            assertThat(old.getEvidence()).as("evidence of the article five days before the window").isEmpty();
            assertThat(old.getConflict()).as("weights stay: the baseline needs them").isPositive();
            StoryArticle current = byId.get("new");
            assertThat(current.getTitle()).isEqualTo("New threat");
            assertThat(current.getUrl()).isEqualTo("https://example.org/new");
            assertThat(current.getEvidence()).as("evidence of the article in the current window").isNotEmpty();

            EscalationSignal last = signals.readKeyValuesToMap().get("donald-trump");
            assertThat(last.getEvidence()).as("evidence of the last signal").isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getArticleId()).isEqualTo("new"));
        }
    }

    private static Article article(String id, Instant at, String title) {
        return Article.newBuilder().setId(id).setUrl("https://example.org/" + id).setOutlet("Wire").setTitle(title)
                .setBody("Donald Trump threatened CJNG leaders. The statement gave no further details.")
                .setLanguage("en").setPublishedAt(at).setIngestedAt(at).setAuthors(List.of()).setTags(List.of())
                .build();
    }
}
