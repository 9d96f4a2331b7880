package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.Topics;
import dev.escmon.producer.ArticlePublisher;
import dev.escmon.producer.ArticleReader;
import dev.escmon.recognition.DictionaryLoader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replaying the articles from offset 0 into a fresh application id gives the same escalation-signals and
 * escalation-alerts (detection times aside): the sample corpus runs on a real broker twice, under two
 * application ids (one partition: see docs/ESCALATION.md on ordering), and gives the same outputs.
 */
class ReplayIT {
    @TempDir
    Path dir;

    @Test
    void shouldGiveIdenticalSignalsAndAlertsWhenArticlesAreReplayedIntoAFreshApplication() throws Exception {
        List<Article> corpus = new ArrayList<>();
        SampleCorpus.read(new ArticleReader(), p -> corpus.add(p.article()));
        try (KafkaTestSupport.Broker kafka = KafkaTestSupport.startBroker()) {
            Expected first = run(kafka, "replay-a", "ra-", corpus, null);
            assertThat(first.alerts()).isNotEmpty();
            Expected second = run(kafka, "replay-b", "rb-", corpus, first);
            assertThat(second.alerts()).isEqualTo(first.alerts());
            assertThat(second.signals()).isEqualTo(first.signals());
        }
    }

    record Expected(List<String> alerts, Map<String, String> signals) {
    }

    /** Runs the corpus through a fresh application; waits for the expected outputs, or (first run) for quiet. */
    private Expected run(KafkaTestSupport.Broker kafka, String applicationId, String prefix, List<Article> corpus,
                         Expected expected) throws Exception {
        Topics topics = new Topics(prefix);
        try (StreamsApp app = new StreamsApp(KafkaTestSupport.settings(kafka, applicationId, prefix, dir.resolve(applicationId), 1),
                TestDictionaryDefault.holder())) {
            app.start();
            Properties props = new Properties();
            props.setProperty("bootstrap.servers", kafka.bootstrapServers());
            try (ArticlePublisher publisher = new ArticlePublisher(props, topics)) {
                for (Article a : corpus) {
                    publisher.publish(a).get(30, TimeUnit.SECONDS);
                }
            }
            if (expected != null) {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    assertThat(alerts(kafka, topics)).isEqualTo(expected.alerts());
                    assertThat(signals(kafka, topics)).isEqualTo(expected.signals());
                });
            } else {
                // the first run has no reference: wait until the app has committed every input record (its
                // outputs are committed in the same transactions) on the articles and repartition topics
                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                        .until(() -> caughtUp(kafka, applicationId, topics.articles().name()));
            }
            return new Expected(alerts(kafka, topics), signals(kafka, topics));
        }
    }

    /** Whether the group has committed offsets on the articles topic and at least one internal topic, all at their end. */
    private static boolean caughtUp(KafkaTestSupport.Broker kafka, String applicationId, String articles) throws Exception {
        Properties props = new Properties();
        props.setProperty("bootstrap.servers", kafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            boolean hasArticles = committed.keySet().stream().anyMatch(tp -> tp.topic().equals(articles));
            boolean hasInternal = committed.keySet().stream().anyMatch(tp -> tp.topic().startsWith(applicationId + "-"));
            if (!hasArticles || !hasInternal) {
                return false;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(10, TimeUnit.SECONDS);
            return committed.entrySet().stream()
                    .allMatch(e -> e.getValue() != null && e.getValue().offset() >= ends.get(e.getKey()).offset());
        }
    }

    private static String describe(EscalationAlert a) {
        return EscalationAlert.newBuilder(a).setDetectionTime(Instant.EPOCH).build().toString();
    }

    private static List<String> alerts(KafkaTestSupport.Broker kafka, Topics topics) {
        List<String> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(kafka, topics.alerts().name())) {
            out.add(describe(topics.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value())));
        }
        return out;
    }

    private static Map<String, String> signals(KafkaTestSupport.Broker kafka, Topics topics) {
        Map<String, String> out = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(kafka, topics.signals().name())) {
            EscalationSignal s = topics.signals().valueSerde().deserializer().deserialize(r.topic(), r.value());
            if (s == null) {
                out.remove(r.key());
            } else {
                out.put(r.key(), s.toString());
            }
        }
        return out;
    }

    /** The default dictionary, as the corpus is written for it. */
    static final class TestDictionaryDefault {
        static DictionaryHolder holder() {
            return new DictionaryHolder(DictionaryLoader.loadDefault());
        }
    }
}
