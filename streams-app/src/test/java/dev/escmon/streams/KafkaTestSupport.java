package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.Topics;
import dev.escmon.producer.ArticlePublisher;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the integration tests share: a broker from either back end (embedded or Testcontainers, see
 * {@link #startBroker()}), app settings for it, and reading a topic to its end.
 */
final class KafkaTestSupport {
    /** System property (or environment variable ESCMON_TEST_KAFKA): embedded (default), testcontainers or auto. */
    static final String BACKEND = "escmon.test.kafka";

    private KafkaTestSupport() {
    }

    /** A broker the integration tests talk to only through its bootstrap servers, so either back end serves. */
    interface Broker extends AutoCloseable {
        String bootstrapServers();

        String backend();
    }

    /**
     * A fresh broker from the back end chosen by {@value #BACKEND}: {@code embedded} (the in-process KRaft broker,
     * the default), {@code testcontainers} (Testcontainers' KafkaContainer; fails if no Docker-compatible engine
     * answers) or {@code auto} (a container where an engine answers, else embedded).
     */
    /**
     * Creates the topics with {@code partitions} partitions and publishes the articles, waiting for every send.
     * The first record goes alone: a batch refused with NOT_LEADER_OR_FOLLOWER by a just-created partition, while
     * later batches got in, is retried with OUT_OF_ORDER_SEQUENCE_NUMBER until the delivery timeout (seen with the
     * 4.4 client and broker).
     */
    static void publishToNewTopics(String bootstrapServers, Topics topics, int partitions,
                                   List<Article> articles) throws Exception {
        Properties client = new Properties();
        client.setProperty("bootstrap.servers", bootstrapServers);
        TopicAdmin.ensureTopics(client, topics, partitions, (short) 1);
        try (ArticlePublisher publisher = new ArticlePublisher(client, topics)) {
            publisher.publish(articles.get(0)).get(60, TimeUnit.SECONDS);
            List<CompletableFuture<?>> sent = new ArrayList<>();
            for (Article a : articles.subList(1, articles.size())) {
                sent.add(publisher.publish(a));
            }
            CompletableFuture.allOf(sent.toArray(new CompletableFuture[0]))
                    .get(60, TimeUnit.SECONDS);
        }
    }

    static Broker startBroker() throws Exception {
        String chosen = System.getProperty(BACKEND, System.getenv().getOrDefault("ESCMON_TEST_KAFKA", "embedded"))
                .trim().toLowerCase(Locale.ROOT);
        Broker broker = switch (chosen) {
            case "embedded", "" -> embedded();
            case "testcontainers" -> container();
            case "auto" -> DockerClientFactory.instance().isDockerAvailable() ? container() : embedded();
            default -> throw new IllegalArgumentException(BACKEND + "=" + chosen
                    + ": expected embedded, testcontainers or auto");
        };
        // in the failsafe report of every test class, so a run can be checked for the back end it really used
        System.out.println("Kafka back end: " + broker.backend() + " at " + broker.bootstrapServers());
        return broker;
    }

    private static Broker embedded() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.startTemporary(Map.of());
        return new Broker() {
            @Override
            public String bootstrapServers() {
                return kafka.bootstrapServers();
            }

            @Override
            public String backend() {
                return "embedded";
            }

            @Override
            public void close() throws Exception {
                kafka.close();
            }
        };
    }

    /**
     * One container for every test class of the run: starting one takes tens of seconds on a busy machine, and
     * the tests keep apart by topic prefix and application.id anyway. It stops when the test JVM exits.
     */
    private static KafkaContainer sharedContainer;

    /** apache/kafka at the client version, or the image named by ESCMON_TEST_KAFKA_IMAGE (e.g. a local build). */
    private static synchronized Broker container() {
        String image = System.getenv().getOrDefault("ESCMON_TEST_KAFKA_IMAGE", "apache/kafka:" + clientVersion());
        if (sharedContainer == null) {
            KafkaContainer container = new KafkaContainer(DockerImageName.parse(image)
                    .asCompatibleSubstituteFor("apache/kafka"))
                    // as the embedded broker: topics exist only when the app creates them
                    .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                    .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                    .withStartupTimeout(Duration.ofMinutes(3));
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "escmon-test-kafka-container-stop"));
            sharedContainer = container;
        }
        KafkaContainer container = sharedContainer;
        return new Broker() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public String backend() {
                return "testcontainers (" + image + ", container " + container.getContainerId().substring(0, 12) + ")";
            }

            @Override
            public void close() {
                // shared: stopped at JVM exit
            }
        };
    }

    /** The Kafka version of the client jars, as kafka-clients records it. */
    private static String clientVersion() {
        try (InputStream in = KafkaConsumer.class.getResourceAsStream("/kafka/kafka-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("kafka-clients has no kafka/kafka-version.properties");
            }
            Properties version = new Properties();
            version.load(in);
            return version.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kafka/kafka-version.properties from kafka-clients", e);
        }
    }

    /** Settings of one app instance on a test broker of either back end. */
    static AppSettings settings(Broker kafka, String applicationId, String prefix, Path stateDir, int partitions) {
        return settings(kafka.bootstrapServers(), applicationId, prefix, stateDir, partitions);
    }

    /** Every committed record of a topic on a test broker of either back end. */
    static List<ConsumerRecord<String, byte[]>> readAll(Broker kafka, String topic) {
        return readAll(kafka.bootstrapServers(), topic);
    }

    /** Settings of one app instance on the embedded broker: own application id, prefix and state, any HTTP port. */
    static AppSettings settings(EmbeddedKafka kafka, String applicationId, String prefix, Path stateDir, int partitions) {
        return settings(kafka.bootstrapServers(), applicationId, prefix, stateDir, partitions);
    }

    static AppSettings settings(String bootstrapServers, String applicationId, String prefix, Path stateDir,
                                int partitions) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("bootstrap.servers", bootstrapServers);
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
        return readAll(kafka.bootstrapServers(), topic);
    }

    static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic) {
        Properties client = new Properties();
        client.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return readAll(client, topic);
    }

    /** The same with any client settings (bootstrap.servers, SASL...). */
    static List<ConsumerRecord<String, byte[]>> readAll(Properties client, String topic) {
        Properties props = new Properties();
        props.putAll(client);
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

    /**
     * Mention deltas waiting in an application's reorder buffer, as its committed changelog says (keys whose latest
     * value is not a tombstone). With several articles partitions the last deltas of a run wait there until the
     * stage's input has been quiet for its max wait, and their outputs are committed with the tombstones: a run is
     * complete when its input offsets are committed and this is zero.
     */
    static long reorderBuffered(String bootstrapServers, String applicationId) {
        Map<String, Boolean> live = new HashMap<>();
        String changelog = applicationId + "-" + EscalationTopology.SIGNALS_REORDER_BUFFER_STORE + "-changelog";
        for (ConsumerRecord<String, byte[]> r : readAll(bootstrapServers, changelog)) {
            live.put(r.key(), r.value() != null);
        }
        return live.values().stream().filter(v -> v).count();
    }
}
