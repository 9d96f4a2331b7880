package dev.escmon.streams;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** What the integration tests share: app settings for an embedded broker, and reading a topic to its end. */
final class KafkaTestSupport {
    private KafkaTestSupport() {
    }

    /** Settings of one app instance on the embedded broker: own application id, prefix and state, any HTTP port. */
    static AppSettings settings(EmbeddedKafka kafka, String applicationId, String prefix, Path stateDir, int partitions) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("bootstrap.servers", kafka.bootstrapServers());
        overrides.put("application.id", applicationId);
        overrides.put("state.dir", stateDir.toString());
        overrides.put("topic.prefix", prefix);
        overrides.put("topics.partitions", String.valueOf(partitions));
        overrides.put("topics.replication.factor", "1");
        overrides.put("http.port", "0");
        overrides.put("commit.interval.ms", "100");
        return AppSettings.load(null, Map.of(), overrides);
    }

    /** Every committed record of a topic, from the beginning to the end offsets seen when called. */
    static List<ConsumerRecord<String, byte[]>> readAll(EmbeddedKafka kafka, String topic) {
        Properties props = new Properties();
        props.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.setProperty(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 << 20));
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
}
