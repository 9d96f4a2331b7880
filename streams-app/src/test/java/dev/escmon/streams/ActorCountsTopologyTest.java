package dev.escmon.streams;

import dev.escmon.avro.ActorCount;
import dev.escmon.avro.Article;
import dev.escmon.avro.Topics;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ActorCountsTopologyTest {
    private static final Instant T0 = Instant.parse("2025-02-10T12:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestOutputTopic<String, ActorCount> counts;

    @BeforeEach
    void start() {
        Topics topics = new Topics("");
        DictionaryHolder dictionary = TestDictionary.holder();
        Topology topology = EscalationTopology.build(topics, dictionary);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "counts-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        driver = new TopologyTestDriver(topology, props);
        articles = driver.createInputTopic(topics.articles().name(), topics.articles().keySerde().serializer(),
                topics.articles().valueSerde().serializer());
        counts = driver.createOutputTopic(topics.actorCounts().name(), topics.actorCounts().keySerde().deserializer(),
                topics.actorCounts().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static Article article(String id, String outlet, Instant published, String body) {
        return Article.newBuilder().setId(id).setUrl(null).setOutlet(outlet).setTitle("")
                .setBody(body).setLanguage("en").setPublishedAt(published).setIngestedAt(published)
                .setAuthors(List.of()).setTags(List.of()).build();
    }

    private void publish(Article a) {
        articles.pipeInput(a.getId(), a, a.getPublishedAt());
    }

    private Map<String, ActorCount> latest() {
        return counts.readKeyValuesToMap();
    }

    @Test
    void shouldCountMentionsArticlesAndSourcesPerActorForEveryHorizon() {
        publish(article("a1", "Wire", T0, "Donald Trump spoke. President Trump spoke again about Mexico."));
        publish(article("a2", "Ledger", T0.plusSeconds(60), "Donald Trump and Claudia Sheinbaum met with officials."));

        Map<String, ActorCount> c = latest();
        for (String horizon : List.of("PT1H", "P1D", "P7D")) {
            ActorCount trump = c.get("donald-trump|" + horizon);
            assertThat(trump.getMentions()).as(horizon).isEqualTo(3);
            assertThat(trump.getArticles()).isEqualTo(2);
            assertThat(trump.getSources()).isEqualTo(2);
            assertThat(trump.getActorCode()).isEqualTo("USAGOV");
            assertThat(c.get("mex|" + horizon).getMentions()).isEqualTo(1);
            assertThat(c.get("claudia-sheinbaum|" + horizon).getCooperationWeight()).isEqualTo(1.0);
        }
        assertThat(c.get("donald-trump|P1D").getWindowEnd()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
        assertThat(c.get("donald-trump|P1D").getWindowStart()).isEqualTo(T0.plus(Duration.ofMinutes(2)).minus(Duration.ofDays(1)));
        assertThat(c.get("donald-trump|P1D").getDictionaryVersion()).isEqualTo("test-1");
    }

    @Test
    void shouldDropAMentionFromTheHourWindowExactlyWhenItsBucketLeavesIt() {
        publish(article("a1", "Wire", T0, "Donald Trump spoke."));
        latest();
        // 59 minutes later: the 12:00 bucket is still inside the window ending with the 12:59 bucket
        publish(article("a2", "Wire", T0.plus(Duration.ofMinutes(59)), "Mexico replied."));
        assertThat(latest()).doesNotContainKey("donald-trump|PT1H"); // unchanged, so not re-emitted
        // 60 minutes later: the window is [12:01, 13:01), the 12:00 bucket leaves it
        publish(article("a3", "Wire", T0.plus(Duration.ofMinutes(60)), "Mexico replied again."));
        Map<String, ActorCount> c = latest();
        assertThat(c.get("donald-trump|PT1H").getMentions()).isZero();
        assertThat(c.get("donald-trump|PT1H").getArticles()).isZero();
        assertThat(c.get("donald-trump|PT1H").getSources()).isZero();
        assertThat(c).doesNotContainKey("donald-trump|P1D"); // still 1 in the day window: nothing to emit
        assertThat(c.get("mex|PT1H").getMentions()).isEqualTo(2);
    }

    @Test
    void shouldExpireEachHorizonIndependently() {
        publish(article("a1", "Wire", T0, "Donald Trump spoke."));
        latest();
        publish(article("a2", "Wire", T0.plus(Duration.ofDays(1)), "Mexico replied."));
        Map<String, ActorCount> c = latest();
        assertThat(c.get("donald-trump|P1D").getMentions()).isZero();
        assertThat(c).doesNotContainKey("donald-trump|P7D");
        publish(article("a3", "Wire", T0.plus(Duration.ofDays(7)), "Mexico replied."));
        assertThat(latest().get("donald-trump|P7D").getMentions()).isZero();
    }

    @Test
    void shouldCountALateArticleInTheWindowsThatStillHoldIt() {
        publish(article("a1", "Wire", T0.plus(Duration.ofHours(3)), "Mexico spoke."));
        // published two hours before stream time: too late for the hour, in time for the day and week
        publish(article("late", "Ledger", T0.plus(Duration.ofHours(1)), "Donald Trump spoke."));
        Map<String, ActorCount> c = latest();
        assertThat(c.get("donald-trump|PT1H").getMentions()).isZero();
        assertThat(c.get("donald-trump|P1D").getMentions()).isEqualTo(1);
        assertThat(c.get("donald-trump|P7D").getMentions()).isEqualTo(1);
        // older than every window: counted nowhere, but the actor gets its keys
        publish(article("ancient", "Ledger", T0.minus(Duration.ofDays(8)), "Claudia Sheinbaum spoke."));
        c = latest();
        assertThat(c).containsOnlyKeys("claudia-sheinbaum|PT1H", "claudia-sheinbaum|P1D", "claudia-sheinbaum|P7D");
        assertThat(c.values()).allSatisfy(count -> assertThat(count.getMentions()).isZero());
        // and a second ancient mention changes nothing
        publish(article("ancient-2", "Ledger", T0.minus(Duration.ofDays(9)), "Claudia Sheinbaum spoke."));
        assertThat(counts.isEmpty()).isTrue();
    }

    @Test
    void shouldTreatARepublishedIdenticalArticleAsAnUpsertThatChangesNothing() {
        Article a = article("a1", "Wire", T0, "Donald Trump spoke about Mexico.");
        publish(a);
        assertThat(latest()).hasSize(6);
        publish(a);
        assertThat(counts.isEmpty()).isTrue();
    }

    @Test
    void shouldReplaceTheContributionOfAnEarlierVersionOfTheSameArticle() {
        publish(article("a1", "Wire", T0, "Donald Trump spoke about Mexico."));
        publish(article("a1", "Wire", T0, "Donald Trump spoke. Donald Trump spoke again."));
        Map<String, ActorCount> c = latest();
        assertThat(c.get("donald-trump|P1D").getMentions()).isEqualTo(2);
        assertThat(c.get("donald-trump|P1D").getArticles()).isEqualTo(1);
        assertThat(c.get("mex|P1D").getMentions()).isZero();
        assertThat(c.get("mex|P1D").getArticles()).isZero();
    }

    @Test
    void shouldWithdrawEverythingAnArticleContributedOnATombstone() {
        publish(article("a1", "Wire", T0, "Donald Trump spoke about Mexico."));
        publish(article("a2", "Ledger", T0, "Mexico answered."));
        counts.readKeyValuesToMap();
        articles.pipeInput("a1", null, T0.plusSeconds(5));
        Map<String, ActorCount> c = latest();
        assertThat(c.get("donald-trump|P7D").getMentions()).isZero();
        assertThat(c.get("mex|P7D").getMentions()).isEqualTo(1);
        assertThat(c.get("mex|P7D").getSources()).isEqualTo(1);
        // a second tombstone has nothing left to withdraw: counts never go negative
        articles.pipeInput("a1", null, T0.plusSeconds(6));
        assertThat(counts.isEmpty()).isTrue();
    }

    @Test
    void shouldCountSpanishAndEnglishMentionsOfTheSameActorAsOneActor() {
        publish(article("en", "Wire", T0, "Mexico spoke."));
        Article es = Article.newBuilder(article("es", "Diario", T0, "México respondió.")).setLanguage("es").build();
        publish(es);
        assertThat(latest().get("mex|P1D").getMentions()).isEqualTo(2);
    }

    @Test
    void shouldUseANewDictionaryFromTheDictionaryTopicWithoutARestart() {
        publish(article("a1", "Wire", T0, "Marcelo Ebrard spoke."));
        assertThat(latest()).isEmpty();

        dev.escmon.recognition.Dictionary current = TestDictionary.load();
        List<dev.escmon.recognition.Dictionary.Actor> actors = new java.util.ArrayList<>(current.actors());
        actors.add(new dev.escmon.recognition.Dictionary.Actor("marcelo-ebrard", "Marcelo Ebrard", "MEXGOV",
                dev.escmon.recognition.Dictionary.ActorType.PERSON, "MEX", Map.of("en", List.of("Marcelo Ebrard")),
                List.of(), List.of(), List.of()));
        dev.escmon.recognition.Dictionary next = new dev.escmon.recognition.Dictionary("test-2", "with Ebrard",
                current.cueCodes(), current.modifiers(), current.blockers(), actors, current.cues());
        TestInputTopic<String, byte[]> dictionaryTopic = driver.createInputTopic("dictionary",
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer());
        dictionaryTopic.pipeInput("current", dev.escmon.recognition.DictionaryLoader.toJson(next), T0);

        publish(article("a2", "Wire", T0.plusSeconds(60), "Marcelo Ebrard spoke again."));
        Map<String, ActorCount> c = latest();
        assertThat(c.get("marcelo-ebrard|P1D").getMentions()).isEqualTo(1);
        assertThat(c.get("marcelo-ebrard|P1D").getDictionaryVersion()).isEqualTo("test-2");

        // an invalid dictionary is refused and the one in force stays
        dictionaryTopic.pipeInput("current", "{\"version\": \"\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), T0);
        publish(article("a3", "Wire", T0.plusSeconds(120), "Marcelo Ebrard spoke a third time."));
        assertThat(latest().get("marcelo-ebrard|P1D").getMentions()).isEqualTo(2);
    }
}
