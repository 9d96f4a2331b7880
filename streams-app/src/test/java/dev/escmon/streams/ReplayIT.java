package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.Topics;
import dev.escmon.producer.ArticlePublisher;
import dev.escmon.producer.ArticleReader;
import dev.escmon.recognition.DictionaryLoader;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary(Map.of())) {
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
    private Expected run(EmbeddedKafka kafka, String applicationId, String prefix, List<Article> corpus,
                         Expected expected) throws Exception {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("bootstrap.servers", kafka.bootstrapServers());
        overrides.put("application.id", applicationId);
        overrides.put("state.dir", dir.resolve(applicationId).toString());
        overrides.put("topic.prefix", prefix);
        overrides.put("topics.partitions", "1");
        overrides.put("topics.replication.factor", "1");
        overrides.put("http.port", "0");
        overrides.put("commit.interval.ms", "100");
        Topics topics = new Topics(prefix);
        try (StreamsApp app = new StreamsApp(AppSettings.load(null, Map.of(), overrides), TestDictionaryDefault.holder())) {
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
                // the first run has no reference: wait until its outputs stop changing for a few seconds
                Expected[] last = {new Expected(List.of(), Map.of())};
                long[] stableSince = {System.nanoTime()};
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    Expected now = new Expected(alerts(kafka, topics), signals(kafka, topics));
                    if (!now.equals(last[0]) || now.signals().size() < 50) {
                        last[0] = now;
                        stableSince[0] = System.nanoTime();
                        return false;
                    }
                    return System.nanoTime() - stableSince[0] > Duration.ofSeconds(5).toNanos();
                });
            }
            return new Expected(alerts(kafka, topics), signals(kafka, topics));
        }
    }

    private static String describe(EscalationAlert a) {
        return EscalationAlert.newBuilder(a).setDetectionTime(Instant.EPOCH).build().toString();
    }

    private static List<ConsumerRecord<String, byte[]>> read(EmbeddedKafka kafka, String topic) {
        Properties props = new Properties();
        props.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    private static List<String> alerts(EmbeddedKafka kafka, Topics topics) {
        List<String> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : read(kafka, topics.alerts().name())) {
            out.add(describe(topics.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value())));
        }
        return out;
    }

    private static Map<String, String> signals(EmbeddedKafka kafka, Topics topics) {
        Map<String, String> out = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> r : read(kafka, topics.signals().name())) {
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
