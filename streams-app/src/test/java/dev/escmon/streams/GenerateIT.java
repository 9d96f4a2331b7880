package dev.escmon.streams;

import dev.escmon.avro.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** 10,000 generated articles published to a real broker arrive complete: every id, once. */
class GenerateIT {

    @Test
    void shouldDeliverEveryGeneratedArticleToTheBroker() throws Exception {
        try (KafkaTestSupport.Broker kafka = KafkaTestSupport.startBroker()) {
            Properties client = new Properties();
            client.setProperty("bootstrap.servers", kafka.bootstrapServers());
            Topics topics = new Topics("");
            TopicAdmin.ensureTopics(client, topics, 3, (short) 1);

            int rc = new CommandLine(new GenerateCommand()).execute("--count", "10000", "--seed", "5",
                    "-b", kafka.bootstrapServers());
            assertThat(rc).isZero();

            Properties props = new Properties();
            props.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            props.setProperty(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 << 20));
            Set<String> ids = new HashSet<>();
            long records = 0;
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                List<TopicPartition> partitions = consumer.partitionsFor(topics.articles().name()).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                        && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        ids.add(r.key());
                        records++;
                        assertThat(topics.articles().valueSerde().deserializer().deserialize(r.topic(), r.value())
                                .getId()).isEqualTo(r.key());
                    }
                }
            }
            assertThat(records).isEqualTo(10_000);
            assertThat(ids).hasSize(10_000).contains("gen-5-0", "gen-5-9999");
        }
    }
}
