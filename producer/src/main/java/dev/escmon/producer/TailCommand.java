package dev.escmon.producer;

import dev.escmon.avro.ActorCount;
import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.Topic;
import dev.escmon.avro.TopicSchemaStore;
import dev.escmon.avro.Topics;
import dev.escmon.config.Config;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Print an output topic readably, from the beginning; exits when caught up unless --follow.",
                "TOPIC is one of: counts, signals, alerts."})
public final class TailCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TOPIC", description = "counts, signals or alerts")
    String which;

    @Mixin
    ClientOptions client = new ClientOptions();

    @Option(names = "--json", description = "One JSON object per line ({\"key\":...,\"value\":{...}}), for jq.")
    boolean json;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new records until interrupted.")
    boolean follow;

    @Option(names = "--latest", description = "Print only the latest value of each key, once caught up (what compaction keeps).")
    boolean latest;

    @Override
    public Integer call() {
        Properties props = client.properties();
        Topics configured = Topics.from(props);
        if (configured.registry() != null) {
            return tail(props, configured);
        }
        // single-object encoding: resolve writer schemas newer than this build from the schemas topic
        try (TopicSchemaStore writerSchemas = new TopicSchemaStore(props, configured.schemas())) {
            return tail(props, configured.withWriterSchemas(writerSchemas));
        }
    }

    private int tail(Properties props, Topics topics) {
        Topic<String, ? extends SpecificRecord> topic;
        switch (which) {
            case "counts" -> topic = topics.actorCounts();
            case "signals" -> topic = topics.signals();
            case "alerts" -> topic = topics.alerts();
            default -> {
                System.err.println("error: unknown topic '" + which + "' (expected: counts, signals or alerts)");
                return 2;
            }
        }
        return tail(props, topic, System.out);
    }

    private <V extends SpecificRecord> int tail(Properties props, Topic<String, V> topic, PrintStream out) {
        Properties consumerProps = Config.forClient(props, ConsumerConfig.configNames());
        consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerProps.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerProps.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.setProperty(ConsumerConfig.CLIENT_ID_CONFIG, "escmon-tail");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList());
            if (partitions.isEmpty()) {
                System.err.println("error: topic " + topic.name() + " does not exist");
                return 2;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            if (!json) {
                out.println(header(topic));
            }
            Map<String, V> last = new java.util.TreeMap<>();
            while (true) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    String key = r.key() == null ? null : topic.keySerde().deserializer().deserialize(r.topic(), r.key());
                    V value;
                    try {
                        value = topic.valueSerde().deserializer().deserialize(r.topic(), r.value());
                    } catch (SerializationException e) {
                        System.err.println("skipped " + r.topic() + "-" + r.partition() + "@" + r.offset() + ": "
                                + e.getMessage());
                        continue;
                    }
                    if (latest && !follow) {
                        last.put(String.valueOf(key), value);
                    } else {
                        out.println(json ? RecordJson.toJson(key, value) : line(key, value));
                    }
                }
                out.flush();
                if (!follow && caughtUp(consumer, end)) {
                    last.forEach((key, value) -> out.println(json ? RecordJson.toJson(key, value) : line(key, value)));
                    return 0;
                }
            }
        }
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static String header(Topic<String, ?> topic) {
        if (topic.name().endsWith(Topics.ESCALATION_SIGNALS)) {
            return String.format("%-44s %-8s %7s %9s %9s %7s %7s  %s", "SUBJECT", "LEVEL", "SCORE", "OBSERVED",
                    "BASELINE", "STORIES", "SOURCES", "AS OF");
        }
        if (topic.name().endsWith(Topics.ESCALATION_ALERTS)) {
            return String.format("%-20s %-44s %-20s %7s %9s  %s", "EVENT TIME", "SUBJECT", "CHANGE", "SCORE",
                    "OBSERVED", "TOP EVIDENCE");
        }
        return String.format("%-34s %-5s %8s %8s %7s %9s %9s  %s", "ACTOR", "HORIZ", "MENTIONS", "ARTICLES",
                "SOURCES", "CONFLICT", "COOP", "AS OF");
    }

    static String line(String key, SpecificRecord value) {
        if (value == null) {
            return key + "  (deleted)";
        }
        if (value instanceof ActorCount c) {
            return String.format("%-34s %-5s %8d %8d %7d %9.1f %9.1f  %s", c.getActorId(), c.getHorizon(),
                    c.getMentions(), c.getArticles(), c.getSources(), c.getConflictWeight(),
                    c.getCooperationWeight(), c.getAsOf());
        }
        if (value instanceof EscalationSignal g) {
            return String.format("%-44s %-8s %7.1f %9.1f %9.1f %7d %7d  %s", g.getSubject(), g.getLevel(), g.getScore(),
                    g.getObserved(), g.getBaselineMean(), g.getStories(), g.getSources(), g.getAsOf());
        }
        if (value instanceof EscalationAlert a) {
            String evidence = a.getEvidence().isEmpty() ? "" : a.getEvidence().get(0).getOutlet() + ": \""
                    + abbreviate(a.getEvidence().get(0).getSentence(), 100) + "\"";
            return String.format("%-20s %-44s %-20s %7.1f %9.1f  %s", a.getEventTime(), a.getSubject(),
                    a.getFromLevel() + "->" + a.getToLevel(), a.getScore(), a.getObserved(), evidence);
        }
        return key + "  " + value;
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
