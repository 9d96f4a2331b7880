package dev.escmon.avro;

import dev.escmon.config.Config;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SchemaParseException;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A schema store without a registry: the writer schemas of single-object encoded records, kept in a small
 * compacted topic ({@code schemas}; key: the fingerprint as the record header carries it, in hex; value: the
 * schema's JSON). A producer {@linkplain #publish publishes} its writer schema before its first write, so any
 * record's writer schema is on the topic before the record is. A reader that meets a fingerprint it does not
 * know reads the topic to its end (a bounded wait) and learns it; an entry whose JSON does not hash to its
 * key is ignored, so a bad entry cannot make records decode wrongly.
 */
public final class TopicSchemaStore implements SchemaStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TopicSchemaStore.class);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Properties client;
    private final String topic;
    private final Duration timeout;
    private final Map<Long, Schema> known = new ConcurrentHashMap<>();
    private KafkaConsumer<String, String> consumer;

    /**
     * @param clientProperties Kafka client settings (bootstrap.servers, security); others are ignored
     * @param topic            the schemas topic, e.g. {@link Topics#schemas()}
     * @param timeout          how long one look-up or publication may wait for the broker
     */
    public TopicSchemaStore(Properties clientProperties, String topic, Duration timeout) {
        this.client = clientProperties;
        this.topic = topic;
        this.timeout = timeout;
    }

    public TopicSchemaStore(Properties clientProperties, String topic) {
        this(clientProperties, topic, DEFAULT_TIMEOUT);
    }

    public String topic() {
        return topic;
    }

    /**
     * Makes {@code schema} resolvable by every reader: creates the topic if missing (compacted, one partition)
     * and writes the schema unless it is there already. Returns when the broker has it.
     *
     * @throws KafkaException naming the topic when the broker cannot be reached or refuses the write
     */
    public synchronized void publish(Schema schema) {
        long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
        if (findByFingerprint(fingerprint) != null) {
            return;
        }
        createTopicIfMissing();
        Properties props = Config.forClient(client, ProducerConfig.configNames());
        props.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        props.setProperty(ProducerConfig.ACKS_CONFIG, "all");
        props.setProperty(ProducerConfig.CLIENT_ID_CONFIG, "escmon-schema-store");
        props.setProperty(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(timeout.toMillis()));
        String key = SingleObjectSerde.fingerprintHex(fingerprint);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, schema.toString())).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot publish writer schema " + schema.getFullName() + " (" + key + ") to "
                    + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("timed out publishing writer schema " + schema.getFullName() + " to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted publishing writer schema to " + topic, e);
        }
        known.put(fingerprint, schema);
        LOG.info("published writer schema {} ({}) to {}", schema.getFullName(), key, topic);
    }

    /** The schema with this fingerprint: from memory, else after reading the topic to its end; null if absent. */
    @Override
    public Schema findByFingerprint(long fingerprint) {
        Schema schema = known.get(fingerprint);
        if (schema != null) {
            return schema;
        }
        synchronized (this) {
            try {
                catchUp();
            } catch (KafkaException e) {
                LOG.warn("cannot read writer schemas from {}: {}", topic, e.getMessage());
            }
            return known.get(fingerprint);
        }
    }

    private void catchUp() {
        if (consumer == null) {
            Properties props = Config.forClient(client, ConsumerConfig.configNames());
            props.remove(ConsumerConfig.GROUP_ID_CONFIG);
            props.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
            props.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            props.setProperty(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
            props.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            props.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            props.setProperty(ConsumerConfig.CLIENT_ID_CONFIG, "escmon-schema-store-reader");
            consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        }
        if (consumer.assignment().isEmpty()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, timeout);
            if (partitions == null || partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), timeout);
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey(), timeout) < e.getValue())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new KafkaException("timed out after " + timeout + " reading " + topic + " to its end");
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofNanos(Math.min(left, 200_000_000L)))) {
                learn(r);
            }
        }
    }

    private void learn(ConsumerRecord<String, String> r) {
        if (r.value() == null) {
            return;
        }
        try {
            Schema schema = new Schema.Parser().parse(r.value());
            long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
            if (!SingleObjectSerde.fingerprintHex(fingerprint).equals(r.key())) {
                LOG.warn("ignoring {} offset {}: key {} is not the fingerprint of its schema ({})", topic, r.offset(),
                        r.key(), SingleObjectSerde.fingerprintHex(fingerprint));
                return;
            }
            known.putIfAbsent(fingerprint, schema);
        } catch (SchemaParseException e) {
            LOG.warn("ignoring {} offset {} (key {}): not an Avro schema: {}", topic, r.offset(), r.key(), e.getMessage());
        }
    }

    private void createTopicIfMissing() {
        try (Admin admin = Admin.create(Config.forClient(client, AdminClientConfig.configNames()))) {
            if (admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS).contains(topic)) {
                return;
            }
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()).configs(
                            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new KafkaException("cannot create schemas topic " + topic + ": " + e.getCause().getMessage(),
                        e.getCause());
            }
        } catch (TimeoutException e) {
            throw new KafkaException("timed out creating schemas topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted creating schemas topic " + topic, e);
        }
    }

    @Override
    public synchronized void close() {
        if (consumer != null) {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            consumer = null;
        }
    }
}
