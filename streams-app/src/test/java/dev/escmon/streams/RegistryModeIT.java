package dev.escmon.streams;

import dev.escmon.avro.ActorCount;
import dev.escmon.avro.Article;
import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.SingleObjectSerde;
import dev.escmon.avro.Topics;
import dev.escmon.recognition.DictionaryLoader;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Registry mode end to end against a real Apicurio Registry (started from Maven Central's distribution) and the
 * embedded broker: register-schemas, publish, the topology, tail, and the dead-letter topic, with every public
 * topic's values in the Confluent wire format under the ids the registry assigned.
 *
 * <p>Embedded only: the registry is under test here, not the broker.
 */
@Tag("embedded-only")
class RegistryModeIT {
    private static final String PREFIX = "reg-";
    private static final int UNKNOWN_ID = 0x7FFFFFF0;

    @TempDir
    static Path tmp;
    private static RegistryProcess registry;
    private static EmbeddedKafka kafka;
    private static StreamsApp app;

    @BeforeAll
    static void start() throws Exception {
        registry = RegistryProcess.start(tmp.resolve("registry"));
        System.out.println(registry + " ready after " + registry.startup().toMillis() + " ms");
        kafka = EmbeddedKafka.startTemporary(Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    private static AppSettings registrySettings(String prefix) {
        Properties props = KafkaTestSupport.settings(kafka, "escmon-registry-it-" + prefix, prefix,
                tmp.resolve("state-" + prefix), 1).all();
        props.setProperty("schema.registry.url", registry.baseUrl());
        return new AppSettings(props);
    }

    @Test
    void shouldCarryEveryTopicInTheConfluentWireFormatAndDeadLetterWhatTheRegistryCannotRead() throws Exception {
        AppSettings settings = registrySettings(PREFIX);
        Topics topics = settings.topics();
        DictionaryHolder dictionary = new DictionaryHolder(DictionaryLoader.loadDefault());

        // auto-registration is off: nothing starts before the schemas are registered
        try (StreamsApp early = new StreamsApp(settings, dictionary)) {
            assertThatThrownBy(early::start).hasMessageContaining("register-schemas")
                    .hasMessageContaining(PREFIX + "articles-value");
        }

        String[] register = {"register-schemas", "--schema-registry-url", registry.baseUrl(), "--topic-prefix", PREFIX};
        Run first = main(register);
        assertThat(first.rc()).as(first.err()).isZero();
        System.out.print(first.out());
        assertThat(first.out()).contains(PREFIX + "articles-value", PREFIX + "actor-counts-value",
                PREFIX + "escalation-signals-value", PREFIX + "escalation-alerts-value");
        Run again = main(register);
        assertThat(again.rc()).as(again.err()).isZero();
        assertThat(again.out()).as("registering the same schemas again changes nothing").isEqualTo(first.out());

        SchemaRegistrar registrar = new SchemaRegistrar(topics.registry());
        Map<String, Long> idByTopic = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> e : topics.valueSchemas().entrySet()) {
            SchemaRegistrar.Registered r = registrar.register(SchemaRegistrar.valueArtifactId(e.getKey()), e.getValue(),
                    SchemaRegistrar.Compatibility.FULL_TRANSITIVE);
            assertThat(r.version()).as(r.artifactId()).isEqualTo("1");
            assertThat(registrar.compatibilityOf(r.artifactId())).as(r.artifactId()).isEqualTo("FULL_TRANSITIVE");
            idByTopic.put(e.getKey(), r.contentId());
        }
        assertThat(new TreeSet<>(idByTopic.values())).as("one schema id per topic").hasSize(4);
        // the rule holds: a new required field without a default cannot be read from old records
        Schema incompatible = new Schema.Parser().parse(Article.getClassSchema().toString()
                .replace("\"fields\":[", "\"fields\":[{\"name\":\"mustHave\",\"type\":\"string\"},"));
        assertThatThrownBy(() -> registrar.register(PREFIX + "articles-value", incompatible,
                SchemaRegistrar.Compatibility.FULL_TRANSITIVE)).hasMessageContaining("Incompatible artifact")
                .hasMessageContaining("mustHave");

        app = new StreamsApp(settings, dictionary);
        app.start();
        assertThat(app.awaitRunning(Duration.ofMinutes(2))).as("streams app RUNNING").isTrue();

        // articles through the producer in registry mode: a generated burst over 50 days (enough daily buckets for
        // baselines, so alerts are raised), written to JSON lines and published
        Path burst = tmp.resolve("burst.jsonl");
        Run generated = main("generate", "--scenario", "BURST", "--count", "300", "--seed", "7",
                "--step", "PT4H", "--body-bytes", "300-600", "--out", burst.toString());
        assertThat(generated.rc()).as(generated.err()).isZero();
        Run published = main("publish", "-q", burst.toString(), "-b", kafka.bootstrapServers(),
                "--topic-prefix", PREFIX, "--schema-registry-url", registry.baseUrl());
        assertThat(published.rc()).as(published.out() + published.err()).isZero();

        // records that cannot be read: not the wire format, an id the registry never gave, the other encoding,
        // and a body cut short (an EOFException inside, which must not pass for an unreachable registry)
        String articlesTopic = topics.articles().name();
        byte[] good = KafkaTestSupport.readAll(kafka, articlesTopic).get(0).value();
        byte[] unknownId = good.clone();
        ByteBuffer.wrap(unknownId, 1, 4).putInt(UNKNOWN_ID);
        Article sample = topics.articles().valueSerde().deserializer().deserialize(articlesTopic, good);
        byte[] singleObject = new SingleObjectSerde<Article>(Article.getClassSchema()).encode(sample);
        byte[] truncated = java.util.Arrays.copyOf(good, 12);
        Properties raw = new Properties();
        raw.setProperty("bootstrap.servers", kafka.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(raw, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            send(producer, articlesTopic, "garbage", "this is not avro".getBytes(StandardCharsets.UTF_8));
            send(producer, articlesTopic, "unknown-schema-id", unknownId);
            send(producer, articlesTopic, "single-object", singleObject);
            send(producer, articlesTopic, "truncated", truncated);
        }
        Run last = main("publish", "-q", writeSentinel().toString(), "-b", kafka.bootstrapServers(),
                "--topic-prefix", PREFIX, "--schema-registry-url", registry.baseUrl());
        assertThat(last.rc()).as(last.out() + last.err()).isZero();

        // the same articles through the single-object topology give the counts and alerts to expect
        Expected expected = expected(topics);
        assertThat(expected.alerts()).as("the burst raises alerts").isNotEmpty();
        long began = System.nanoTime();
        await("actor-counts as in the single-object run").atMost(Duration.ofMinutes(8))
                .pollInterval(Duration.ofSeconds(5)).untilAsserted(() ->
                        assertThat(differences(expected.counts(), latest(topics, topics.actorCounts().name(),
                                ActorCount.class))).isEmpty());
        System.out.printf("registry mode: the app's counts matched %d s after the last publish%n",
                Duration.ofNanos(System.nanoTime() - began).toSeconds());
        await("alerts and signals as in the single-object run").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
                    assertThat(differences(expected.alerts(), alertTransitions(topics))).isEmpty();
                    assertThat(differences(signalLevels(expected.signals()),
                            signalLevels(latest(topics, topics.signals().name(), EscalationSignal.class)))).isEmpty();
                });
        System.out.printf("registry mode: %d actor-count keys, %d alerts, %d signal keys match the single-object run%n",
                expected.counts().size(), expected.alerts().size(), expected.signals().size());

        // every value on every public topic: magic byte 0, then the 4-byte id the registry gave that topic
        HttpClient http = HttpClient.newHttpClient();
        for (Map.Entry<String, Long> e : idByTopic.entrySet()) {
            List<ConsumerRecord<String, byte[]>> records = KafkaTestSupport.readAll(kafka, e.getKey());
            assertThat(records).as(e.getKey()).isNotEmpty();
            int values = 0;
            for (ConsumerRecord<String, byte[]> r : records) {
                if (r.value() == null || (e.getKey().equals(articlesTopic) && isBadArticle(r.key()))) {
                    continue;
                }
                String where = r.topic() + "-" + r.partition() + "@" + r.offset() + " key " + r.key();
                assertThat(r.value().length).as(where).isGreaterThan(5);
                assertThat(r.value()[0]).as("magic byte of " + where).isZero();
                assertThat((long) ByteBuffer.wrap(r.value(), 1, 4).getInt()).as("schema id of " + where)
                        .isEqualTo(e.getValue());
                values++;
            }
            assertThat(registrar.knowsContentId(e.getValue())).as("registry knows id " + e.getValue()).isTrue();
            HttpResponse<String> ccompat = http.send(HttpRequest.newBuilder(URI.create(registry.baseUrl()
                    + "/apis/ccompat/v7/schemas/ids/" + e.getValue())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ccompat.statusCode()).as("Confluent-compatible API serves id " + e.getValue()).isEqualTo(200);
            assertThat(ccompat.body()).contains(topics.valueSchemas().get(e.getKey()).getName());
            System.out.printf("  %-26s %5d values, schema id %d%n", e.getKey(), values, e.getValue());
        }

        // the four unreadable records, with their original bytes, on the dead-letter topic
        String dlq = topics.deadLetter(articlesTopic);
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            dead.clear();
            dead.addAll(KafkaTestSupport.readAll(kafka, dlq));
            return dead.size() >= 4;
        });
        assertThat(dead).extracting(ConsumerRecord::key)
                .containsExactly("garbage", "unknown-schema-id", "single-object", "truncated");
        assertThat(dead.get(1).value()).isEqualTo(unknownId);
        assertThat(headerOf(dead.get(0), "__streams.errors.message")).contains("not the Confluent wire format");
        assertThat(headerOf(dead.get(1), "__streams.errors.message")).contains("schema id " + UNKNOWN_ID);
        assertThat(headerOf(dead.get(2), "__streams.errors.message")).contains("not the Confluent wire format")
                .contains("C301");
        assertThat(headerOf(dead.get(3), "__streams.errors.message")).contains("(schema id " + idByTopic.get(articlesTopic) + ")");
        for (ConsumerRecord<String, byte[]> r : dead) {
            assertThat(headerOf(r, "__streams.errors.topic")).isEqualTo(articlesTopic);
        }
        assertThat(app.registry().scrape())
                .contains("escmon_dead_letters_total{reason=\"deserialization:SerializationException\"} 4.0");

        // tail reads the registry-mode topic
        Run tail = main("tail", "counts", "-b", kafka.bootstrapServers(), "--topic-prefix", PREFIX,
                "--schema-registry-url", registry.baseUrl(), "--latest");
        assertThat(tail.rc()).as(tail.err()).isZero();
        String someKey = expected.counts().keySet().iterator().next();
        assertThat(tail.out()).contains(someKey.substring(0, someKey.indexOf('|')));
        assertThat(tail.err()).doesNotContain("skipped");
    }

    /** Up to ten entries that differ, with both sides; empty when the lists are equal. */
    private static List<String> differences(List<String> expected, List<String> actual) {
        Map<String, String> e = new LinkedHashMap<>();
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < expected.size(); i++) {
            e.put(String.format("#%05d", i), expected.get(i));
        }
        for (int i = 0; i < actual.size(); i++) {
            a.put(String.format("#%05d", i), actual.get(i));
        }
        return differences(e, a);
    }

    /** Up to ten keys whose values differ, each with both values; empty when the maps are equal. */
    private static <V> List<String> differences(Map<String, V> expected, Map<String, V> actual) {
        List<String> out = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(expected.get(key), actual.get(key)) && out.size() < 10) {
                out.add(key + ": expected " + expected.get(key) + " but was " + actual.get(key));
            }
        }
        return out;
    }

    private static boolean isBadArticle(String key) {
        return key.equals("garbage") || key.equals("unknown-schema-id") || key.equals("single-object")
                || key.equals("truncated");
    }

    private static Path writeSentinel() throws Exception {
        Path file = tmp.resolve("sentinel.jsonl");
        java.nio.file.Files.writeString(file, "{\"id\":\"sentinel\",\"outlet\":\"Registry Desk\",\"title\":\"Late note\","
                + "\"body\":\"Claudia Sheinbaum met Donald Trump in Washington to discuss tariffs.\",\"language\":\"en\","
                + "\"published\":\"2025-02-21T00:00:00Z\"}\n", StandardCharsets.UTF_8);
        return file;
    }

    record Expected(Map<String, ActorCount> counts, List<String> alerts, Map<String, EscalationSignal> signals) {
    }

    /** Every readable article on the broker, in offset order, through the single-object topology. */
    private static Expected expected(Topics topics) {
        Topics plain = new Topics("");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "registry-it-expected");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, tmp.resolve("expected-state").toString());
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        try (TopologyTestDriver driver = new TopologyTestDriver(EscalationTopology.build(plain,
                new DictionaryHolder(DictionaryLoader.loadDefault())), props)) {
            TestInputTopic<String, Article> in = driver.createInputTopic(plain.articles().name(),
                    plain.articles().keySerde().serializer(), plain.articles().valueSerde().serializer());
            TestOutputTopic<String, ActorCount> counts = driver.createOutputTopic(plain.actorCounts().name(),
                    plain.actorCounts().keySerde().deserializer(), plain.actorCounts().valueSerde().deserializer());
            TestOutputTopic<String, EscalationAlert> alerts = driver.createOutputTopic(plain.alerts().name(),
                    plain.alerts().keySerde().deserializer(), plain.alerts().valueSerde().deserializer());
            TestOutputTopic<String, EscalationSignal> signals = driver.createOutputTopic(plain.signals().name(),
                    plain.signals().keySerde().deserializer(), plain.signals().valueSerde().deserializer());
            for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(kafka, topics.articles().name())) {
                Article a;
                try {
                    a = topics.articles().valueSerde().deserializer().deserialize(r.topic(), r.value());
                } catch (SerializationException unreadable) {
                    continue;
                }
                in.pipeInput(r.key(), a, a == null ? Instant.ofEpochMilli(r.timestamp()) : a.getPublishedAt());
            }
            List<String> alertList = alerts.readValuesToList().stream().map(RegistryModeIT::transition).toList();
            return new Expected(counts.readKeyValuesToMap(), alertList, signals.readKeyValuesToMap());
        }
    }

    private static String transition(EscalationAlert a) {
        return a.getSubject() + " " + a.getFromLevel() + ">" + a.getToLevel() + " at " + a.getEventTime();
    }

    private static List<String> alertTransitions(Topics topics) {
        List<String> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(kafka, topics.alerts().name())) {
            out.add(transition(topics.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value())));
        }
        return out;
    }

    private static Map<String, String> signalLevels(Map<String, EscalationSignal> signals) {
        Map<String, String> out = new java.util.TreeMap<>();
        signals.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v.getLevel() + " " + v.getScore());
            }
        });
        return out;
    }

    /** The latest value of each key of a registry-mode topic. */
    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> latest(Topics topics, String topic, Class<V> type) {
        org.apache.kafka.common.serialization.Deserializer<?> d = topic.equals(topics.actorCounts().name())
                ? topics.actorCounts().valueSerde().deserializer() : topics.signals().valueSerde().deserializer();
        Map<String, V> out = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(kafka, topic)) {
            out.put(r.key(), type.cast(d.deserialize(r.topic(), r.value())));
        }
        return out;
    }

    private static String headerOf(ConsumerRecord<String, byte[]> r, String key) {
        Header h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value)
            throws Exception {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get(30, TimeUnit.SECONDS);
    }

    record Run(int rc, String out, String err) {
    }

    /** Runs an {@code escmon} command as a user would, capturing what it prints. */
    private static synchronized Run main(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int rc = new CommandLine(new Main()).execute(args);
            return new Run(rc, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
