package dev.escmon.streams;

import dev.escmon.avro.ActorCount;
import dev.escmon.avro.Article;
import dev.escmon.avro.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Bad records on the articles topic go to articles-dlq with the reason; the good ones around them count. */
class DeadLetterIT {
    private static final Instant T0 = Instant.parse("2025-02-10T12:00:00Z");
    private static final Topics TOPICS = new Topics("dlq-");
    private static KafkaTestSupport.Broker kafka;
    private static StreamsApp app;

    @TempDir
    static Path stateDir;

    @BeforeAll
    static void start() throws Exception {
        kafka = KafkaTestSupport.startBroker();
        app = new StreamsApp(KafkaTestSupport.settings(kafka, "escmon-dlq-it", "dlq-", stateDir, 1), TestDictionary.holder());
        app.start();
        assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldDeadLetterUnreadableAndInvalidArticlesAndCountTheGoodOnesAroundThem() throws Exception {
        byte[] good1 = TOPICS.articles().valueSerde().serializer().serialize("x",
                ActorCountsTopologyTest.article("g1", "Wire", T0, "Donald Trump spoke."));
        byte[] good2 = TOPICS.articles().valueSerde().serializer().serialize("x",
                ActorCountsTopologyTest.article("g2", "Ledger", T0.plusSeconds(60), "Donald Trump spoke again."));
        byte[] unknownFingerprint = good1.clone();
        unknownFingerprint[4] ^= 0x33;
        Article empty = ActorCountsTopologyTest.article("empty", "Wire", T0, " ");
        Article future = ActorCountsTopologyTest.article("future", "Wire", Instant.parse("2099-01-01T00:00:00Z"), "Donald Trump spoke.");
        Article ancient = ActorCountsTopologyTest.article("ancient", "Wire", Instant.parse("1850-01-01T00:00:00Z"), "Donald Trump spoke.");
        // over the app's 1 MiB body limit: a producer that compresses gets it past the broker's 1 MB message limit
        Article huge = ActorCountsTopologyTest.article("huge", "Wire", T0, "Donald Trump spoke. ".repeat(52_500));
        // larger than the dead-letter topic takes (8 MiB): its dead letter is truncated to fit, with a header giving
        // the original size (under exactly-once a dead letter that fails to send would stop the pipeline)
        Article enormous = ActorCountsTopologyTest.article("enormous", "Wire", T0, "Donald Trump spoke. ".repeat(470_000));
        Properties props = new Properties();
        props.setProperty("bootstrap.servers", kafka.bootstrapServers());
        props.setProperty("compression.type", "zstd");
        props.setProperty("max.request.size", String.valueOf(16 * 1024 * 1024));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            String topic = TOPICS.articles().name();
            send(producer, topic, "g1", good1);
            send(producer, topic, "garbage", "this is not avro".getBytes(StandardCharsets.UTF_8));
            send(producer, topic, "unknown-schema", unknownFingerprint);
            send(producer, topic, "empty", TOPICS.articles().valueSerde().serializer().serialize(topic, empty));
            send(producer, topic, "future", TOPICS.articles().valueSerde().serializer().serialize(topic, future));
            send(producer, topic, "ancient", TOPICS.articles().valueSerde().serializer().serialize(topic, ancient));
            send(producer, topic, "huge", TOPICS.articles().valueSerde().serializer().serialize(topic, huge));
            send(producer, topic, "enormous", TOPICS.articles().valueSerde().serializer().serialize(topic, enormous));
            send(producer, topic, "g2", good2);
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, ActorCount> counts = ActorCountsIT.readAll(kafka, TOPICS.actorCounts().name());
            assertThat(counts.get("donald-trump|P1D")).isNotNull();
            assertThat(counts.get("donald-trump|P1D").getMentions()).isEqualTo(2);
            assertThat(counts.get("donald-trump|P1D").getArticles()).isEqualTo(2);
        });
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dead.clear();
            dead.addAll(KafkaTestSupport.readAll(kafka, TOPICS.deadLetter(TOPICS.articles().name())));
            return dead.size() >= 7;
        });
        assertThat(dead).extracting(ConsumerRecord::key)
                .containsExactly("garbage", "unknown-schema", "empty", "future", "ancient", "huge", "enormous");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("this is not avro");
        for (ConsumerRecord<String, byte[]> r : dead) {
            Map<String, String> headers = new HashMap<>();
            for (Header h : r.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            System.out.println("DLQ " + r.key() + " " + headers.keySet() + " "
                    + headers.get("__streams.errors.message"));
            assertThat(headers.get("__streams.errors.topic")).isEqualTo(TOPICS.articles().name());
            assertThat(headers).containsKeys("__streams.errors.exception", "__streams.errors.message",
                    "__streams.errors.partition", "__streams.errors.offset");
        }
        assertThat(headerOf(dead.get(1), "__streams.errors.message")).contains("unknown writer schema fingerprint");
        String metrics = app.registry().scrape();
        assertThat(metrics).contains("escmon_dead_letters_total{reason=\"deserialization:SerializationException\"} 2.0",
                "escmon_dead_letters_total{reason=\"processing:InvalidArticleContentException\"} 5.0");
        assertThat(headerOf(dead.get(2), "__streams.errors.message")).contains("empty").contains("body");
        assertThat(headerOf(dead.get(3), "__streams.errors.message")).contains("2099");
        assertThat(headerOf(dead.get(4), "__streams.errors.message")).contains("1850");
        assertThat(headerOf(dead.get(5), "__streams.errors.message")).contains("body").contains("over the limit");
        // the original bytes, all of them: the dead letter is as large as the record was
        assertThat(dead.get(5).value()).hasSizeGreaterThan(1024 * 1024);
        assertThat(headerOf(dead.get(5), DeadLetters.TRUNCATED_HEADER)).isNull();
        byte[] enormousBytes = TOPICS.articles().valueSerde().serializer().serialize("x", enormous);
        assertThat(headerOf(dead.get(6), DeadLetters.TRUNCATED_HEADER)).isEqualTo(String.valueOf(enormousBytes.length));
        assertThat(dead.get(6).value()).hasSizeLessThan(TopicAdmin.DEAD_LETTER_MAX_BYTES)
                .startsWith(Arrays.copyOf(enormousBytes, 64));
    }

    private static String headerOf(ConsumerRecord<String, byte[]> r, String key) {
        Header h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get(30, TimeUnit.SECONDS);
    }

}
