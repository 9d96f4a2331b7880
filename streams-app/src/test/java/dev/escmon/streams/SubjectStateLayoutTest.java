package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.Topics;
import dev.escmon.avro.internal.BucketStory;
import dev.escmon.avro.internal.StoryBucket;
import dev.escmon.avro.internal.StoryCopy;
import dev.escmon.avro.internal.SubjectArticle;
import dev.escmon.avro.internal.SubjectHead;
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
 * A subject's state is split so an update does not re-read and re-write its history: a small head with the
 * per-bucket intensities, one record of stories per bucket, and per article its story's bucket and its text
 * (title, url, evidence), kept only while the story can still be shown, inside the current window.
 */
class SubjectStateLayoutTest {
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

            KeyValueStore<String, SubjectHead> heads = driver.getKeyValueStore(EscalationTopology.SIGNALS_HEAD_STORE);
            KeyValueStore<String, StoryBucket> buckets = driver.getKeyValueStore(EscalationTopology.SIGNALS_BUCKETS_STORE);
            KeyValueStore<String, SubjectArticle> texts = driver.getKeyValueStore(EscalationTopology.SIGNALS_ARTICLES_STORE);
            SubjectHead head = heads.get("donald-trump");
            assertThat(head).as("head of subject donald-trump").isNotNull();
            long day0 = Math.floorDiv(DAY0.toEpochMilli(), Duration.ofDays(1).toMillis());
            assertThat(head.getBuckets()).as("buckets holding stories").containsExactly(day0, day0 + 5);
            assertThat(head.getStories()).containsExactly(1, 1);
            assertThat(head.getConflictMicros()).as("per-bucket conflict intensity, for the baseline")
                    .allSatisfy(c -> assertThat(c).isPositive());
            // stories are stored per hour of their day: bit 10 of each day's page mask (published at 10:00)
            assertThat(head.getPages()).containsExactly(1L << 10, 1L << 10);
            long hour0 = Math.floorDiv(DAY0.toEpochMilli(), Duration.ofHours(1).toMillis());
            long hour5 = hour0 + 5 * 24;
            Map<String, StoryCopy> byId = new java.util.HashMap<>();
            for (long page : List.of(hour0, hour5)) {
                for (BucketStory story : buckets.get(SignalProcessor.bucketKey("donald-trump", page)).getStories()) {
                    story.getCopies().forEach(c -> byId.put(c.getArticleId(), c));
                }
            }
            assertThat(byId).containsOnlyKeys("old", "new");
            assertThat(byId.get("old").getConflict()).as("weights stay: the baseline needs them").isPositive();

            SubjectArticle old = texts.get(SignalProcessor.articleKey("donald-trump", "old"));
            assertThat(old.getBucket()).as("page holding the story").isEqualTo(hour0);
            assertThat(old.getTitle()).as("title of the article five days before the window").isEmpty();
            assertThat(old.getUrl()).as("url of the article five days before the window").isNull();
            assertThat(old.getEvidence()).as("evidence of the article five days before the window").isEmpty();
            SubjectArticle current = texts.get(SignalProcessor.articleKey("donald-trump", "new"));
            assertThat(current.getBucket()).isEqualTo(hour5);
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
