package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.AvroSecurity;
import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.SingleObjectSerde;
import dev.escmon.avro.Topics;
import dev.escmon.avro.internal.MentionDelta;
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
 * The event-time reorder on a real broker: the same generated articles on a four-partition articles topic, run
 * into fresh applications with one and with two stream threads (different interleavings of the upstream tasks),
 * give the same escalation-alerts (detection time aside) and escalation-signals. A one-partition run of the same
 * articles is the figure to compare with (see docs/ESCALATION.md for why it differs). Prints {@code REORDER ...}
 * lines with the alert counts and the watermark records' cost.
 */
class ReorderIT {
    private static final int ARTICLES = 300;

    @TempDir
    Path dir;

    @Test
    void shouldGiveTheSameAlertsAndSignalsOnFourPartitionsWhateverTheTiming() throws Exception {
        AvroSecurity.trustGeneratedClasses(); // the generator builds Avro records before any serde has
        ArticleGenerator generator = new ArticleGenerator(DictionaryLoader.loadDefault(),
                ArticleGenerator.Scenario.BURST, 7, 300, 900, Instant.parse("2025-03-01T00:00:00Z"),
                Duration.ofMinutes(80));
        List<Article> input = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            input.add(generator.next(i, ARTICLES));
        }
        try (KafkaTestSupport.Broker kafka = KafkaTestSupport.startBroker()) {
            Outputs one = run(kafka, "reorder-one", 1, 1, input);
            Outputs fourA = run(kafka, "reorder-four-a", 4, 1, input);
            Outputs fourB = run(kafka, "reorder-four-b", 4, 2, input);
            for (Outputs o : List.of(one, fourA, fourB)) {
                System.out.printf("REORDER %s: %.1f s from start to done, %d alerts, %d signals; repartition topic: %d deltas, %d watermark records"
                                + " (%.2f per article), %d delta bytes, %d watermark bytes; %d deltas went through the buffer%n",
                        o.name(), o.seconds(), o.alertCount(), o.signals().size(), o.deltas(), o.watermarks(),
                        (double) o.watermarks() / ARTICLES, o.deltaBytes(), o.watermarkBytes(), o.buffered());
            }
            System.out.printf("REORDER one partition vs four: alerts %s, signals %s%n",
                    one.alerts().equals(fourA.alerts()) ? "equal" : "differ",
                    one.signals().equals(fourA.signals()) ? "equal" : "differ");
            assertThat(one.alerts()).as("the input raises alerts").isNotEmpty();
            assertThat(one.watermarks()).as("one articles partition needs no watermark records").isZero();
            assertThat(one.buffered()).as("one articles partition: every delta passes straight through").isZero();
            assertThat(fourA.watermarks()).as("four partitions: watermark records").isPositive();
            assertThat(fourB.alerts()).as("alerts per subject, 4 partitions, 1 vs 2 stream threads")
                    .isEqualTo(fourA.alerts());
            assertThat(fourB.signals()).as("signals, 4 partitions, 1 vs 2 stream threads").isEqualTo(fourA.signals());
            // one partition vs four is printed, not asserted: the scorer's clock is per task (the latest publication
            // time its own subjects have seen), so with four partitions a subject can be re-scored at other hours than
            // with one (with generated articles naming ~5 actors each, the last signals of quiet subjects differ in
            // their window); each side is deterministic, which is what the reorder is for
        }
    }

    /**
     * Alerts per subject in order (detection time aside), latest signal per subject, the repartition topic's records,
     * and how many deltas the reorder stage buffered (non-tombstones on its changelog).
     */
    record Outputs(String name, Map<String, List<String>> alerts, Map<String, String> signals, long deltas,
                   long watermarks, long deltaBytes, long watermarkBytes, long buffered, double seconds) {
        int alertCount() {
            return alerts.values().stream().mapToInt(List::size).sum();
        }
    }

    private Outputs run(KafkaTestSupport.Broker kafka, String name, int partitions, int threads, List<Article> input)
            throws Exception {
        Topics topics = new Topics(name + "-");
        KafkaTestSupport.publishToNewTopics(kafka.bootstrapServers(), topics, partitions, input);
        Map<String, String> overrides = new HashMap<>();
        overrides.put("bootstrap.servers", kafka.bootstrapServers());
        overrides.put("application.id", name);
        overrides.put("state.dir", dir.resolve(name).toString());
        overrides.put("topic.prefix", topics.prefix());
        overrides.put("topics.partitions", String.valueOf(partitions));
        overrides.put("topics.replication.factor", "1");
        overrides.put("http.port", "0");
        overrides.put("commit.interval.ms", "100");
        overrides.put("num.stream.threads", String.valueOf(threads));
        // keep the repartition records, to count them
        overrides.put("repartition.purge.interval.ms", String.valueOf(Duration.ofHours(1).toMillis()));
        AppSettings settings = AppSettings.load(null, Map.of(), overrides);
        long began = System.nanoTime();
        try (StreamsApp app = new StreamsApp(settings, ReplayIT.TestDictionaryDefault.holder())) {
            app.start();
            // done when every input is committed and the reorder buffer's committed changelog is empty (the tail
            // that no later watermark passes leaves after the max wait, in the same transactions as its outputs)
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> caughtUp(kafka, name, topics.articles().name()) && buffered(kafka, name) == 0);
        }
        return outputs(kafka, name, topics, (System.nanoTime() - began) / 1e9);
    }

    private static String bufferChangelog(String applicationId) {
        return applicationId + "-" + EscalationTopology.SIGNALS_REORDER_BUFFER_STORE + "-changelog";
    }

    private static long buffered(KafkaTestSupport.Broker kafka, String applicationId) {
        return KafkaTestSupport.reorderBuffered(kafka.bootstrapServers(), applicationId);
    }

    /** Whether the group has committed the end of the articles topic and of every repartition partition. */
    private static boolean caughtUp(KafkaTestSupport.Broker kafka, String applicationId, String articles)
            throws Exception {
        Properties props = new Properties();
        props.setProperty("bootstrap.servers", kafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            String repartition = applicationId + "-" + EscalationTopology.MENTIONS_BY_ACTOR + "-repartition";
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : List.of(articles, repartition)) {
                admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(10, TimeUnit.SECONDS);
            return latest.keySet().stream().allMatch(tp -> committed.get(tp) != null
                    && committed.get(tp).offset() >= ends.get(tp).offset());
        }
    }

    private static Outputs outputs(KafkaTestSupport.Broker kafka, String name, Topics topics, double seconds) {
        Map<String, List<String>> alerts = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(kafka, topics.alerts().name())) {
            EscalationAlert a = topics.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value());
            alerts.computeIfAbsent(r.key(), k -> new ArrayList<>())
                    .add(EscalationAlert.newBuilder(a).setDetectionTime(Instant.EPOCH).build().toString());
        }
        Map<String, String> signals = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(kafka, topics.signals().name())) {
            EscalationSignal s = topics.signals().valueSerde().deserializer().deserialize(r.topic(), r.value());
            if (s == null) {
                signals.remove(r.key());
            } else {
                signals.put(r.key(), s.toString());
            }
        }
        SingleObjectSerde<MentionDelta> serde = new SingleObjectSerde<>(MentionDelta.getClassSchema());
        long deltas = 0;
        long watermarks = 0;
        long deltaBytes = 0;
        long watermarkBytes = 0;
        String repartition = name + "-" + EscalationTopology.MENTIONS_BY_ACTOR + "-repartition";
        for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(kafka, repartition)) {
            if (OrderStampProcessor.isWatermark(serde.deserializer().deserialize(r.topic(), r.value()))) {
                watermarks++;
                watermarkBytes += r.serializedKeySize() + r.serializedValueSize();
            } else {
                deltas++;
                deltaBytes += r.serializedKeySize() + r.serializedValueSize();
            }
        }
        long everBuffered = KafkaTestSupport.readAll(kafka, bufferChangelog(name)).stream()
                .filter(r -> r.value() != null).count();
        return new Outputs(name, alerts, signals, deltas, watermarks, deltaBytes, watermarkBytes, everBuffered,
                seconds);
    }
}
