package dev.escmon.streams;

import dev.escmon.avro.ActorCount;
import dev.escmon.avro.Article;
import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.Level;
import dev.escmon.avro.Topics;
import dev.escmon.recognition.DictionaryLoader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exactly-once under faults, on a real broker: the same generated articles run once without faults (the
 * reference) and once per fault, and the fault runs must end with the same {@code actor-counts},
 * {@code escalation-signals} (latest value per key) and {@code escalation-alerts} (every alert, detection time
 * aside): no article lost, none counted twice, no alert repeated. The app under test is a child JVM running
 * {@code escmon run}, so a kill is a real {@code SIGKILL} of a process with open transactions.
 *
 * <p>Each fault strikes mid-stream (asserted: the app's committed input offsets are short of the end) and the
 * test prints the recovery times as {@code RECOVERY <case>: ...} lines. See docs/RELIABILITY.md.
 *
 * <p>Embedded only: it stops and restarts the broker on the same data folder and ports.
 */
@Tag("embedded-only")
class FaultToleranceIT {
    /** Enough articles that one instance needs several seconds: the fault lands in the middle of the backlog. */
    private static final int ARTICLES = 300;
    /** Fraction of the input the app has committed when the fault strikes. */
    private static final double FAULT_AT = 0.3;
    /**
     * Deadlines, not expected durations: on a quiet 2-core box each wait takes seconds, but a loaded shared
     * machine has been seen to take 90 s just to start a child JVM.
     */
    private static final Duration CATCH_UP = Duration.ofSeconds(300);
    private static final Duration START = Duration.ofSeconds(240);
    /** Where the child JVMs write their logs (kept after the run, for CI artifacts and failures). */
    private static final Path LOGS = Path.of("target", "fault-tolerance-logs");

    @TempDir
    static Path dir;
    private static EmbeddedKafka kafka;
    private static List<Article> input;
    /** Outputs of the no-fault runs, by number of partitions, each computed once. */
    private static final Map<Integer, Outputs> REFERENCES = new HashMap<>();

    @BeforeAll
    static void startBroker() throws Exception {
        // time-based retention checked every second, not every 5 minutes: the articles are from 2025, so any
        // output whose record timestamp is event time and whose topic deletes by time would vanish at once
        kafka = EmbeddedKafka.startTemporary(Map.of("log.retention.check.interval.ms", "1000",
                "log.initial.task.delay.ms", "1000"));
        ArticleGenerator generator = new ArticleGenerator(DictionaryLoader.loadDefault(),
                ArticleGenerator.Scenario.BURST, 7, 300, 900, Instant.parse("2025-03-01T00:00:00Z"),
                Duration.ofMinutes(80));
        input = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            input.add(generator.next(i, ARTICLES));
        }
    }

    @AfterAll
    static void stopBroker() throws IOException {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldEndWithTheSameOutputsWhenTheAppIsKilledMidStreamAndRestarted() throws Exception {
        Outputs expected = reference(1);
        Run run = new Run("sigkill", 1);
        run.publishInput();
        try (Child first = run.startChild("a", 0)) {
            Map<TopicPartition, Long> atFault = run.awaitProgress(FAULT_AT);
            long faultAt = System.nanoTime();
            first.kill();
            Map<TopicPartition, Long> committed = run.committed();
            run.assertMidStream(committed, committed.keySet());
            assertThat(run.outputs()).as("outputs when the app was killed").isNotEqualTo(expected);
            try (Child second = run.startChild("a", 0)) {
                double processing = run.awaitCommitBeyond(committed, committed.keySet(), faultAt);
                double caughtUp = run.awaitCaughtUp(expected, faultAt, second);
                report("sigkill", "SIGKILL at %.0f%% of input, restart of the same instance: processing again after"
                        + " %.1f s, caught up after %.1f s", 100.0 * sum(atFault) / ARTICLES, processing, caughtUp);
            }
        }
        Outputs actual = run.outputs();
        assertSame(actual, expected);
    }

    @Test
    void shouldEndWithTheSameOutputsWhenTheBrokerRestartsWhileTheAppRuns() throws Exception {
        Outputs expected = reference(1);
        Run run = new Run("broker", 1);
        run.publishInput();
        try (Child app = run.startChild("a", 0)) {
            Map<TopicPartition, Long> atFault = run.awaitProgress(FAULT_AT);
            long faultAt = System.nanoTime();
            kafka.stop();
            double brokerDown = seconds(faultAt);
            kafka = kafka.restartedCopy();
            kafka.start();
            double brokerBack = seconds(faultAt);
            Map<TopicPartition, Long> committed = run.committed();
            run.assertMidStream(committed, committed.keySet());
            double processing = run.awaitCommitBeyond(committed, committed.keySet(), faultAt);
            double caughtUp = run.awaitCaughtUp(expected, faultAt, app);
            assertThat(app.process.isAlive()).as("the app survived the broker restart").isTrue();
            report("broker-restart", "broker stopped at %.0f%% of input (down after %.1f s) and restarted on the same"
                            + " data and ports (up after %.1f s): app processing again after %.1f s, caught up after %.1f s",
                    100.0 * sum(atFault) / ARTICLES, brokerDown, brokerBack, processing, caughtUp);
        }
        assertSame(run.outputs(), expected);
    }

    @Test
    void shouldEndWithTheSameCountsWhenOneOfTwoInstancesIsKilledAndTheOtherTakesOver() throws Exception {
        Outputs expected = reference(4);
        Run run = new Run("takeover", 4);
        run.publishInput();
        try (Child a = run.startChild("a", 1); Child b = run.startChild("b", 1)) {
            run.awaitInstances("a", "b");
            Map<TopicPartition, Long> atFault = run.awaitProgress(FAULT_AT);
            Set<TopicPartition> ownedByA = run.assignedTo("a");
            assertThat(ownedByA).as("instance a's active input partitions").isNotEmpty();
            long faultAt = System.nanoTime();
            a.kill();
            Map<TopicPartition, Long> committed = run.committed();
            run.assertMidStream(committed, ownedByA);
            double processing = run.awaitCommitBeyond(committed, ownedByA, faultAt);
            double caughtUp = run.awaitCaughtUp(expected, faultAt, b);
            report("takeover", "one of two instances (standby replicas 1, 4 partitions) killed at %.0f%% of input,"
                            + " owning %d input partitions: the other processing them after %.1f s, caught up after %.1f s",
                    100.0 * sum(atFault) / ARTICLES, ownedByA.size(), processing, caughtUp);
        }
        Outputs actual = run.outputs();
        // counts do not depend on the order in which an actor's mentions arrive, only the stream-time fields do
        assertThat(differences(actual.countsIgnoringStreamTime(), expected.countsIgnoringStreamTime()))
                .as("actor-counts, latest value per key, stream-time fields aside").isEmpty();
        // signals and alerts do depend on the order of a subject's records, which differs with several
        // partitions: check what holds in any order (see docs/RELIABILITY.md)
        assertThat(actual.signals().keySet()).as("subjects with a signal").isEqualTo(expected.signals().keySet());
        assertAlertsConsistent(actual);
    }

    // ---- the reference run ----

    private static synchronized Outputs reference(int partitions) throws Exception {
        Outputs reference = REFERENCES.get(partitions);
        if (reference == null) {
            Run run = new Run("reference" + partitions, partitions);
            run.publishInput();
            AppSettings settings = KafkaTestSupport.settings(kafka, run.applicationId, run.topics.prefix(),
                    dir.resolve(run.name + "-state"), partitions);
            long began = System.nanoTime();
            try (StreamsApp app = new StreamsApp(settings, new DictionaryHolder(DictionaryLoader.loadDefault()))) {
                app.start();
                run.awaitOrExplain(() -> await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(200))
                        .until(run::caughtUpOffsets));
            }
            reference = run.outputs();
            REFERENCES.put(partitions, reference);
            report(run.name, "no-fault run of %d articles on %d partition(s), in process: %.1f s, %d counts,"
                    + " %d signals, %d alerts", ARTICLES, partitions, seconds(began), reference.counts().size(),
                    reference.signals().size(), reference.alerts().size());
            assertThat(reference.alerts()).as("the input raises alerts").isNotEmpty();
            assertAlertsConsistent(reference);
        }
        return reference;
    }

    // ---- comparisons ----

    private static void assertSame(Outputs actual, Outputs expected) {
        assertThat(differences(actual.counts(), expected.counts())).as("actor-counts, latest value per key").isEmpty();
        assertThat(differences(actual.signals(), expected.signals())).as("escalation-signals, latest value per key")
                .isEmpty();
        assertThat(multisetDifferences(actual.alerts(), expected.alerts()))
                .as("escalation-alerts, every alert (detection time aside)").isEmpty();
    }

    /** Keys whose latest values differ, with both values: short enough to read in a failure. */
    static List<String> differences(Map<String, String> actual, Map<String, String> expected) {
        Set<String> keys = new java.util.TreeSet<>(actual.keySet());
        keys.addAll(expected.keySet());
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (!java.util.Objects.equals(actual.get(k), expected.get(k))) {
                out.add(k + ": expected " + expected.get(k) + " but was " + actual.get(k));
            }
        }
        return out;
    }

    /** Records missing from, or extra in, {@code actual}, counting repeats. */
    static List<String> multisetDifferences(List<String> actual, List<String> expected) {
        Map<String, Long> balance = new TreeMap<>();
        expected.forEach(e -> balance.merge(e, 1L, Long::sum));
        actual.forEach(a -> balance.merge(a, -1L, Long::sum));
        List<String> out = new ArrayList<>();
        balance.forEach((record, n) -> {
            if (n > 0) {
                out.add("missing " + n + "x: " + record);
            } else if (n < 0) {
                out.add("extra " + (-n) + "x: " + record);
            }
        });
        return out;
    }

    /**
     * What holds whatever the order: per subject, each alert starts from the level the previous one reached
     * (a repeated or lost alert breaks the chain), and the last one reaches the subject's current signal level.
     */
    private static void assertAlertsConsistent(Outputs outputs) {
        Map<String, List<EscalationAlert>> bySubject = new TreeMap<>();
        for (EscalationAlert a : outputs.alertRecords()) {
            bySubject.computeIfAbsent(a.getSubject(), s -> new ArrayList<>()).add(a);
        }
        for (Map.Entry<String, List<EscalationAlert>> e : bySubject.entrySet()) {
            Level level = Level.NONE;
            for (EscalationAlert a : e.getValue()) {
                assertThat(a.getFromLevel()).as("alert of %s at %s: from-level after %s", e.getKey(), a.getEventTime(),
                        e.getValue()).isEqualTo(level);
                assertThat(a.getToLevel()).as("alert of %s at %s changes the level", e.getKey(), a.getEventTime())
                        .isNotEqualTo(a.getFromLevel());
                level = a.getToLevel();
            }
            EscalationSignal signal = outputs.signalRecords().get(e.getKey());
            Level current = signal == null ? Level.NONE : signal.getLevel();
            assertThat(level).as("last alert of %s against its signal %s", e.getKey(), signal).isEqualTo(current);
        }
    }

    // ---- one run: its topics, its application id, its instances ----

    private static final class Run {
        final String name;
        final int partitions;
        final String applicationId;
        final Topics topics;

        Run(String name, int partitions) {
            this.name = name;
            this.partitions = partitions;
            this.applicationId = "fault-" + name;
            this.topics = new Topics(name + "-");
        }

        void publishInput() throws Exception {
            KafkaTestSupport.publishToNewTopics(kafka.bootstrapServers(), topics, partitions, input);
        }

        /** {@code escmon run} in a child JVM, with its own state folder per instance name. */
        Child startChild(String instance, int standbys) throws IOException {
            Path config = dir.resolve(name + "-" + instance + ".properties");
            Properties p = new Properties();
            p.setProperty("bootstrap.servers", kafka.bootstrapServers());
            p.setProperty("application.id", applicationId);
            p.setProperty("client.id", applicationId + "-" + instance);
            p.setProperty("state.dir", dir.resolve(name + "-" + instance + "-state").toString());
            p.setProperty("topic.prefix", topics.prefix());
            p.setProperty("topics.partitions", String.valueOf(partitions));
            p.setProperty("topics.replication.factor", "1");
            p.setProperty("http.port", "0");
            p.setProperty("commit.interval.ms", "100");
            p.setProperty("num.standby.replicas", String.valueOf(standbys));
            // the broker's minimum: a killed member leaves the group after 6 s instead of the default 45 s
            p.setProperty("session.timeout.ms", "6000");
            p.setProperty("heartbeat.interval.ms", "1500");
            try (Writer w = Files.newBufferedWriter(config)) {
                p.store(w, "FaultToleranceIT " + name + " " + instance);
            }
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(name + "-" + instance + "-" + System.currentTimeMillis() + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "--config", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            return new Child(name + "/" + instance, builder.start(), log);
        }

        Map<TopicPartition, Long> committed() throws Exception {
            try (Admin admin = admin()) {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, Long> out = new HashMap<>();
                offsets.forEach((tp, om) -> {
                    if (om != null) {
                        out.put(tp, om.offset());
                    }
                });
                return out;
            }
        }

        /** Every partition the application reads through its group: articles and its repartition topics. */
        Map<TopicPartition, Long> endOffsets() throws Exception {
            try (Admin admin = admin()) {
                Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                        .filter(t -> t.equals(topics.articles().name())
                                || t.startsWith(applicationId + "-") && t.endsWith("-repartition"))
                        .collect(Collectors.toSet());
                Map<TopicPartition, OffsetSpec> request = new HashMap<>();
                admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS).forEach((t, d) ->
                        d.partitions().forEach(p -> request.put(new TopicPartition(t, p.partition()), OffsetSpec.latest())));
                Map<TopicPartition, Long> out = new HashMap<>();
                for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e :
                        admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).entrySet()) {
                    out.put(e.getKey(), e.getValue().offset());
                }
                return out;
            }
        }

        boolean caughtUpOffsets() throws Exception {
            Map<TopicPartition, Long> lag = lag();
            // with several partitions the last deltas wait in the reorder buffer until its input is quiet
            return lag.keySet().stream().anyMatch(tp -> tp.topic().endsWith("-repartition"))
                    && lag.values().stream().allMatch(l -> l <= 0)
                    && KafkaTestSupport.reorderBuffered(kafka.bootstrapServers(), applicationId) == 0;
        }

        /** Per input partition: records the group has not committed yet. */
        Map<TopicPartition, Long> lag() throws Exception {
            Map<TopicPartition, Long> end = endOffsets();
            Map<TopicPartition, Long> committed = committed();
            Map<TopicPartition, Long> out = new HashMap<>();
            end.forEach((tp, e) -> out.put(tp, e - committed.getOrDefault(tp, 0L)));
            return out;
        }

        /** Waits until the group has committed this fraction of the articles; returns the committed offsets. */
        Map<TopicPartition, Long> awaitProgress(double fraction) {
            AtomicReference<Map<TopicPartition, Long>> seen = new AtomicReference<>(Map.of());
            await().atMost(START).pollInterval(Duration.ofMillis(50)).until(() -> {
                seen.set(articlesOnly(committed()));
                return sum(seen.get()) >= fraction * ARTICLES;
            });
            return seen.get();
        }

        Map<TopicPartition, Long> articlesOnly(Map<TopicPartition, Long> offsets) {
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topics.articles().name()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        /** The fault struck before the work was done: some of these partitions had input left to process. */
        void assertMidStream(Map<TopicPartition, Long> committed, Set<TopicPartition> partitions) throws Exception {
            Map<TopicPartition, Long> end = endOffsets();
            long left = partitions.stream().filter(end::containsKey)
                    .mapToLong(tp -> end.get(tp) - committed.getOrDefault(tp, 0L)).sum();
            long articlesLeft = ARTICLES - sum(articlesOnly(committed));
            assertThat(left).as("records left to process in %s when the fault struck", partitions).isPositive();
            assertThat(articlesLeft).as("articles not yet committed when the fault struck").isPositive();
        }

        /** Seconds from the fault until the group commits past the fault-time offsets of these partitions. */
        double awaitCommitBeyond(Map<TopicPartition, Long> atFault, Set<TopicPartition> partitions, long faultAt) {
            await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
                Map<TopicPartition, Long> now = committed();
                return partitions.stream().anyMatch(tp -> now.getOrDefault(tp, 0L) > atFault.getOrDefault(tp, 0L));
            });
            return seconds(faultAt);
        }

        /** Seconds from the fault until every input is committed and the outputs hold the reference's counts. */
        double awaitCaughtUp(Outputs expected, long faultAt, Child survivor) throws Exception {
            awaitOrExplain(() -> await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .failFast("the app exited: see " + survivor.log, () -> !survivor.process.isAlive())
                    .until(() -> caughtUpOffsets()
                            && outputs().countsIgnoringStreamTime().equals(expected.countsIgnoringStreamTime())));
            return seconds(faultAt);
        }

        /** Runs a wait; when it times out, says how far the group got. */
        void awaitOrExplain(Runnable wait) throws Exception {
            try {
                wait.run();
            } catch (ConditionTimeoutException e) {
                throw new AssertionError(name + ": not caught up; records left per input partition " + lag(), e);
            }
        }

        /** Waits until each named instance has input partitions (whatever its number of stream threads). */
        void awaitInstances(String... instances) {
            await().atMost(START).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
                for (String instance : instances) {
                    if (assignedTo(instance).isEmpty()) {
                        return false;
                    }
                }
                return true;
            });
        }

        Set<TopicPartition> assignedTo(String instance) throws Exception {
            Set<TopicPartition> out = new HashSet<>();
            for (MemberDescription m : describeGroup().members()) {
                if (m.clientId().startsWith(applicationId + "-" + instance + "-")) {
                    out.addAll(m.assignment().topicPartitions());
                }
            }
            return out;
        }

        private ConsumerGroupDescription describeGroup() throws Exception {
            try (Admin admin = admin()) {
                return admin.describeConsumerGroups(List.of(applicationId)).describedGroups().get(applicationId)
                        .get(10, TimeUnit.SECONDS);
            }
        }

        Outputs outputs() {
            Map<String, ActorCount> counts = latest(topics.actorCounts().name(),
                    topics.actorCounts().valueSerde().deserializer()::deserialize);
            Map<String, EscalationSignal> signals = latest(topics.signals().name(),
                    topics.signals().valueSerde().deserializer()::deserialize);
            List<EscalationAlert> alerts = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(kafka, topics.alerts().name())) {
                alerts.add(topics.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value()));
            }
            return new Outputs(counts, signals, alerts);
        }

        private <V> Map<String, V> latest(String topic, java.util.function.BiFunction<String, byte[], V> decode) {
            Map<String, V> out = new TreeMap<>();
            for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(kafka, topic)) {
                V value = r.value() == null ? null : decode.apply(topic, r.value());
                if (value == null) {
                    out.remove(r.key());
                } else {
                    out.put(r.key(), value);
                }
            }
            return out;
        }

        private static Admin admin() {
            return Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers(), "request.timeout.ms", 5000,
                    "default.api.timeout.ms", 8000));
        }
    }

    /** An app instance in its own JVM; closing it stops it gracefully if it still runs. */
    private record Child(String name, Process process, Path log) implements AutoCloseable {
        /** SIGKILL: no shutdown hook, no commit, no flush; waits until the process is gone. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s exits on SIGKILL", name).isTrue();
            assertThat(process.exitValue()).as("%s exit status after SIGKILL (128 + 9)", name).isEqualTo(137);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** Decoded outputs; alerts as a sorted multiset with the wall-clock detection time blanked. */
    record Outputs(Map<String, ActorCount> countRecords, Map<String, EscalationSignal> signalRecords,
                   List<EscalationAlert> alertRecords) {
        Map<String, String> counts() {
            return strings(countRecords, ActorCount::toString);
        }

        /** Counts without the stream-time fields (window bounds, as-of), which follow the arrival order. */
        Map<String, String> countsIgnoringStreamTime() {
            return strings(countRecords, c -> ActorCount.newBuilder(c).setWindowStart(Instant.EPOCH)
                    .setWindowEnd(Instant.EPOCH).setAsOf(Instant.EPOCH).build().toString());
        }

        Map<String, String> signals() {
            return strings(signalRecords, EscalationSignal::toString);
        }

        List<String> alerts() {
            return alertRecords.stream()
                    .map(a -> EscalationAlert.newBuilder(a).setDetectionTime(Instant.EPOCH).build().toString())
                    .sorted().toList();
        }

        private static <V> Map<String, String> strings(Map<String, V> records, Function<V, String> show) {
            Map<String, String> out = new TreeMap<>();
            records.forEach((k, v) -> out.put(k, show.apply(v)));
            return out;
        }
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static void report(String name, String format, Object... args) {
        System.out.println("RECOVERY " + name + ": " + String.format(format, args));
    }
}
