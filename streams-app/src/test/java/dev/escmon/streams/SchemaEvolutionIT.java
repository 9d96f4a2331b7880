package dev.escmon.streams;

import dev.escmon.avro.ActorCount;
import dev.escmon.avro.Article;
import dev.escmon.avro.Contributor;
import dev.escmon.avro.ContributorRole;
import dev.escmon.avro.FrozenSchemas;
import dev.escmon.avro.SingleObjectSerde;
import dev.escmon.avro.TopicSchemaStore;
import dev.escmon.avro.Topics;
import dev.escmon.avro.internal.MentionDelta;
import dev.escmon.producer.ArticlePublisher;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Schema evolution end to end on a real broker: the current (v2) app counts articles written with the frozen v1
 * schema and with a newer writer schema it was not built with; an app built for v1 (reader and known fingerprints
 * v1 only) reads what the v2 producer writes, through the schemas topic, and fails without it.
 */
class SchemaEvolutionIT {
    private static final Instant T0 = Instant.parse("2025-02-10T12:00:00Z");
    private static final Schema ARTICLE_V1 = FrozenSchemas.versionsOf("Article").get(0);
    private static final Topics TOPICS = new Topics("evo-");
    private static KafkaTestSupport.Broker kafka;
    private static StreamsApp app;

    @TempDir
    static Path stateDir;

    @BeforeAll
    static void start() throws Exception {
        kafka = KafkaTestSupport.startBroker();
        app = new StreamsApp(KafkaTestSupport.settings(kafka, "escmon-evolution-it", "evo-", stateDir.resolve("app"), 1),
                TestDictionary.holder());
        app.start();
        assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
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
    void shouldCountArticlesWrittenWithV1V2AndANewerPublishedSchemaInTheCurrentApp() throws Exception {
        SingleObjectSerde<GenericRecord> v1Writer = new SingleObjectSerde<>(GenericData.get(), ARTICLE_V1,
                List.of(ARTICLE_V1), null);
        byte[] old1 = v1Writer.encode(v1Article("old-1", "Wire", T0, "Donald Trump spoke."));
        byte[] old2 = v1Writer.encode(v1Article("old-2", "Ledger", T0.plusSeconds(60), "Donald Trump spoke again."));
        assertThat(HexFormat.of().formatHex(old1, 2, 10))
                .isEqualTo(SingleObjectSerde.fingerprintHex(SchemaNormalization.parsingFingerprint64(ARTICLE_V1)));

        // a release after v2: one more field the current app does not know, published before it is written
        Schema v3 = new Schema.Parser().parse(Article.getClassSchema().toString().replaceFirst("]}$",
                ",{\"name\":\"wordCount\",\"type\":\"int\",\"default\":0}]}"));
        Properties props = new Properties();
        props.setProperty("bootstrap.servers", kafka.bootstrapServers());
        try (TopicSchemaStore store = new TopicSchemaStore(props, TOPICS.schemas())) {
            store.publish(v3);
        }
        GenericRecord newer = new GenericRecordBuilder(v3).set("id", "newer-1").set("url", null).set("outlet", "Courier")
                .set("title", "t").set("body", "Donald Trump spoke once more.").set("language", "en")
                .set("publishedAt", T0.plusSeconds(180).toEpochMilli()).set("ingestedAt", T0.plusSeconds(180).toEpochMilli())
                .set("authors", List.of()).set("tags", List.of()).set("section", "World").set("contributors", List.of())
                .set("wordCount", 5).build();
        byte[] newerBytes = new SingleObjectSerde<GenericRecord>(GenericData.get(), v3, List.of(v3), null).encode(newer);

        try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
             ArticlePublisher publisher = new ArticlePublisher(props, TOPICS)) {
            send(raw, TOPICS.articles().name(), "old-1", old1);
            send(raw, TOPICS.articles().name(), "old-2", old2);
            publisher.publish(v2Article("new-1", "Diario", T0.plusSeconds(120), "Donald Trump spoke today."))
                    .get(30, TimeUnit.SECONDS);
            send(raw, TOPICS.articles().name(), "newer-1", newerBytes);
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            Map<String, ActorCount> counts = ActorCountsIT.readAll(kafka, TOPICS.actorCounts().name());
            assertThat(counts.get("donald-trump|P1D")).isNotNull();
            assertThat(counts.get("donald-trump|P1D").getMentions()).isEqualTo(4);
            assertThat(counts.get("donald-trump|P1D").getArticles()).isEqualTo(4);
            assertThat(counts.get("donald-trump|P1D").getSources()).isEqualTo(4);
        });
        assertThat(KafkaTestSupport.readAll(kafka, TOPICS.deadLetter(TOPICS.articles().name()))).isEmpty();
        assertThat(app.registry().scrape())
                .contains("escmon_dead_letters_total{reason=\"deserialization:SerializationException\"} 0.0");
        // the app published its output and internal schemas for readers built before them
        assertThat(KafkaTestSupport.readAll(kafka, TOPICS.schemas())).extracting(ConsumerRecord::key)
                .contains(fingerprintHex(ActorCount.getClassSchema()), fingerprintHex(Article.getClassSchema()),
                        fingerprintHex(MentionDelta.getClassSchema()), fingerprintHex(v3));
    }

    @Test
    void shouldLetAnAppBuiltForV1ReadWhatTheV2ProducerWritesThroughTheSchemasTopic() throws Exception {
        Topics topics = new Topics("evo2-");
        String articles = topics.articles().name();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(articles, Optional.of(1), Optional.empty()),
                    new NewTopic("evo2-v1-app-out", Optional.of(1), Optional.empty()),
                    new NewTopic("evo2-v1-app-dlq", Optional.of(1), Optional.empty()),
                    new NewTopic("evo2-v1-blind-out", Optional.of(1), Optional.empty()),
                    new NewTopic("evo2-v1-blind-dlq", Optional.of(1), Optional.empty()))).all().get(30, TimeUnit.SECONDS);
        }
        Properties props = new Properties();
        props.setProperty("bootstrap.servers", kafka.bootstrapServers());
        Article first = v2Article("v2-a", "Wire", T0, "Donald Trump spoke.");
        Article second = Article.newBuilder(v2Article("v2-b", "Ledger", T0.plusSeconds(60), "Claudia Sheinbaum replied."))
                .setUrl(null).setSection(null).setTags(List.of()).setAuthors(List.of("Solo Writer"))
                .setContributors(List.of(new Contributor("Solo Writer", ContributorRole.AUTHOR))).build();
        try (ArticlePublisher publisher = new ArticlePublisher(props, topics)) {
            publisher.publish(first).get(30, TimeUnit.SECONDS);
            publisher.publish(second).get(30, TimeUnit.SECONDS);
        }

        List<String> expected = List.of(
                "v2-a|https://example.org/v2-a|Wire|Title v2-a|Donald Trump spoke.|en|" + T0.toEpochMilli() + "|"
                        + T0.toEpochMilli() + "|[A. Writer, P. Lens]|[trade]",
                "v2-b|null|Ledger|Title v2-b|Claudia Sheinbaum replied.|en|" + T0.plusSeconds(60).toEpochMilli() + "|"
                        + T0.plusSeconds(60).toEpochMilli() + "|[Solo Writer]|[]");
        try (TopicSchemaStore store = new TopicSchemaStore(props, topics.schemas());
             KafkaStreams v1App = v1App("escmon-v1-app", store, articles, "evo2-v1-app-out", "evo2-v1-app-dlq");
             KafkaStreams blindV1App = v1App("escmon-v1-blind", null, articles, "evo2-v1-blind-out", "evo2-v1-blind-dlq")) {
            v1App.start();
            blindV1App.start();
            List<String> out = new ArrayList<>();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
                out.clear();
                KafkaTestSupport.readAll(kafka, "evo2-v1-app-out")
                        .forEach(r -> out.add(new String(r.value(), StandardCharsets.UTF_8)));
                assertThat(out).hasSize(2);
            });
            assertThat(out).containsExactlyElementsOf(expected);
            assertThat(KafkaTestSupport.readAll(kafka, "evo2-v1-app-dlq")).isEmpty();

            // the same v1 app without the schemas topic cannot read v2 and says why, for every record
            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
                dead.clear();
                dead.addAll(KafkaTestSupport.readAll(kafka, "evo2-v1-blind-dlq"));
                assertThat(dead).hasSize(2);
            });
            assertThat(dead).extracting(ConsumerRecord::key).containsExactly("v2-a", "v2-b");
            String v2Fingerprint = fingerprintHex(Article.getClassSchema());
            for (ConsumerRecord<String, byte[]> r : dead) {
                assertThat(new String(r.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8))
                        .isEqualTo("cannot decode Article: unknown writer schema fingerprint " + v2Fingerprint
                                + " (not a released version of dev.escmon.avro.Article)");
            }
            assertThat(KafkaTestSupport.readAll(kafka, "evo2-v1-blind-out")).isEmpty();
        }
    }

    @Test
    void shouldResolveOnlyEntriesWhoseSchemaHashesToTheirKey() throws Exception {
        String topic = "evo3-schemas";
        Properties props = new Properties();
        props.setProperty("bootstrap.servers", kafka.bootstrapServers());
        Schema v2 = Article.getClassSchema();
        Schema impostor = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Article\",\"namespace\":\"dev.escmon.avro\",\"fields\":[]}");
        long unknown = SchemaNormalization.parsingFingerprint64(ActorCount.getClassSchema());
        try (TopicSchemaStore writer = new TopicSchemaStore(props, topic)) {
            writer.publish(v2);
            writer.publish(v2);
        }
        try (KafkaProducer<String, String> raw = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            // an entry claiming a fingerprint its schema does not have must not be believed
            raw.send(new ProducerRecord<>(topic, SingleObjectSerde.fingerprintHex(unknown), impostor.toString()))
                    .get(30, TimeUnit.SECONDS);
            raw.send(new ProducerRecord<>(topic, "00", "not a schema")).get(30, TimeUnit.SECONDS);
        }
        try (TopicSchemaStore reader = new TopicSchemaStore(props, topic, Duration.ofSeconds(20))) {
            long start = System.nanoTime();
            assertThat(reader.findByFingerprint(SchemaNormalization.parsingFingerprint64(v2))).isEqualTo(v2);
            long first = System.nanoTime();
            assertThat(reader.findByFingerprint(unknown)).isNull();
            long miss = System.nanoTime();
            assertThat(reader.findByFingerprint(SchemaNormalization.parsingFingerprint64(v2))).isEqualTo(v2);
            long hit = System.nanoTime();
            int misses = 20;
            for (int i = 0; i < misses; i++) {
                assertThat(reader.findByFingerprint(unknown + 1 + i)).isNull();
            }
            long later = System.nanoTime();
            System.out.printf("schema store: first lookup (new reader, reads the topic) %.1f ms, first unknown "
                    + "fingerprint (reads to the end, finds nothing) %.1f ms, cached %.3f ms, later unknown "
                    + "fingerprints %.1f ms each%n", (first - start) / 1e6, (miss - first) / 1e6, (hit - miss) / 1e6,
                    (later - hit) / 1e6 / misses);
        }
        assertThat(KafkaTestSupport.readAll(kafka, topic)).extracting(ConsumerRecord::key)
                .containsExactly(fingerprintHex(v2), SingleObjectSerde.fingerprintHex(unknown), "00");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            assertThat(admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource)
                    .get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    /**
     * An app built when Article v1 was the latest release: its reader schema and known fingerprints are v1's
     * only; it writes every v1 field it reads, and sends what it cannot read to its dead-letter topic.
     */
    private static KafkaStreams v1App(String applicationId, TopicSchemaStore writerSchemas, String input, String output,
                                      String deadLetters) {
        SingleObjectSerde<GenericRecord> v1 = new SingleObjectSerde<>(GenericData.get(), ARTICLE_V1, List.of(ARTICLE_V1),
                writerSchemas);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), v1).withName("v1-articles-source"))
                .mapValues(SchemaEvolutionIT::v1Fields, Named.as("v1-articles-fields"))
                .to(output, Produced.with(Serdes.String(), Serdes.String()).withName("v1-articles-sink"));
        Properties props = new Properties();
        props.setProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.setProperty(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.setProperty(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(applicationId).toString());
        props.setProperty(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        props.setProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetters);
        props.setProperty(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        return new KafkaStreams(builder.build(), props);
    }

    /** Every field the record has, in order: Article v1's ten, or the reader was not v1. */
    private static String v1Fields(GenericRecord article) {
        List<String> fields = new ArrayList<>();
        for (Schema.Field f : article.getSchema().getFields()) {
            fields.add(String.valueOf(article.get(f.pos())));
        }
        return String.join("|", fields);
    }

    private static GenericRecord v1Article(String id, String outlet, Instant published, String body) {
        return new GenericRecordBuilder(ARTICLE_V1).set("id", id).set("url", null).set("outlet", outlet)
                .set("title", "t").set("body", body).set("language", "en")
                .set("publishedAt", published.toEpochMilli()).set("ingestedAt", published.toEpochMilli())
                .set("authors", List.of("Old Byline")).set("tags", List.of()).build();
    }

    private static Article v2Article(String id, String outlet, Instant published, String body) {
        return Article.newBuilder().setId(id).setUrl("https://example.org/" + id).setOutlet(outlet)
                .setTitle("Title " + id).setBody(body).setLanguage("en").setPublishedAt(published)
                .setIngestedAt(published).setAuthors(List.of("A. Writer", "P. Lens")).setTags(List.of("trade"))
                .setSection("World").setContributors(List.of(new Contributor("A. Writer", ContributorRole.AUTHOR),
                        new Contributor("P. Lens", ContributorRole.PHOTOGRAPHER)))
                .build();
    }

    private static String fingerprintHex(Schema schema) {
        return SingleObjectSerde.fingerprintHex(SchemaNormalization.parsingFingerprint64(schema));
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get(30, TimeUnit.SECONDS);
    }
}
