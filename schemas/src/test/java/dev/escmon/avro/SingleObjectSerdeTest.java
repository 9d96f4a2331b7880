package dev.escmon.avro;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SingleObjectSerdeTest {
    private final SingleObjectSerde<Article> serde = new SingleObjectSerde<>(Article.getClassSchema());

    static Article article() {
        return Article.newBuilder().setId("a-1").setUrl("https://example.org/a").setOutlet("Wire")
                .setTitle("Title").setBody("Body text.").setLanguage("en")
                .setPublishedAt(Instant.parse("2025-02-01T10:00:00Z"))
                .setIngestedAt(Instant.parse("2025-02-01T10:00:05Z"))
                .setAuthors(List.of("A. Writer", "P. Lens")).setTags(List.of("trade"))
                .setSection("World")
                .setContributors(List.of(new Contributor("A. Writer", ContributorRole.AUTHOR),
                        new Contributor("P. Lens", ContributorRole.PHOTOGRAPHER)))
                .build();
    }

    static Schema frozen(String name, int version) {
        return FrozenSchemas.versionsOf(name).get(version - 1);
    }

    /** A reader pinned to Article v1 that knows no other version: what an app built before v2 runs. */
    static SingleObjectSerde<GenericRecord> v1Reader(SchemaStore store) {
        Schema v1 = frozen("Article", 1);
        return new SingleObjectSerde<>(GenericData.get(), v1, List.of(v1), store);
    }

    @Test
    void shouldReadRecordsWrittenWithTheV1SchemaWithDefaultsForTheNewFields() {
        Schema v1 = frozen("Article", 1);
        SingleObjectSerde<GenericRecord> v1Writer = new SingleObjectSerde<>(GenericData.get(), v1, List.of(v1), null);
        GenericRecord old = new GenericRecordBuilder(v1).set("id", "a-1").set("url", null).set("outlet", "Wire")
                .set("title", "Title").set("body", "Body text.").set("language", "en")
                .set("publishedAt", Instant.parse("2025-02-01T10:00:00Z").toEpochMilli())
                .set("ingestedAt", Instant.parse("2025-02-01T10:00:05Z").toEpochMilli())
                .set("authors", List.of("A. Writer")).set("tags", List.of()).build();

        Article read = serde.decode(v1Writer.encode(old));

        assertThat(read.getId()).isEqualTo("a-1");
        assertThat(read.getAuthors()).containsExactly("A. Writer");
        assertThat(read.getPublishedAt()).isEqualTo(Instant.parse("2025-02-01T10:00:00Z"));
        assertThat(read.getSection()).isNull();
        assertThat(read.getContributors()).isEmpty();
    }

    @Test
    void shouldLetAV1ReaderResolveTheV2WriterSchemaFromTheStoreAndDropTheNewFields() {
        SchemaStore.Cache store = new SchemaStore.Cache();
        store.addSchema(Article.getClassSchema());
        byte[] v2Bytes = serde.encode(article());

        GenericRecord read = v1Reader(store).decode(v2Bytes);

        assertThat(read.getSchema().getFields()).extracting(Schema.Field::name).containsExactly("id", "url", "outlet",
                "title", "body", "language", "publishedAt", "ingestedAt", "authors", "tags");
        assertThat(read.get("id").toString()).isEqualTo("a-1");
        assertThat(read.get("url").toString()).isEqualTo("https://example.org/a");
        assertThat(read.get("body").toString()).isEqualTo("Body text.");
        assertThat(read.get("publishedAt")).isEqualTo(Instant.parse("2025-02-01T10:00:00Z").toEpochMilli());
        assertThat(read.get("authors").toString()).isEqualTo("[A. Writer, P. Lens]");
        assertThat(read.get("tags").toString()).isEqualTo("[trade]");
    }

    @Test
    void shouldNameTheStoreWhenAV1ReaderMeetsAnUnpublishedV2Record() {
        assertThatThrownBy(() -> v1Reader(new SchemaStore.Cache()).decode(serde.encode(article())))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown writer schema fingerprint "
                        + SingleObjectSerde.fingerprintHex(serde.fingerprint()))
                .hasMessageContaining("nor published in the schema store");
    }

    @Test
    void shouldRefuseAStoredWriterSchemaTheReaderCannotRead() {
        Schema incompatible = new Schema.Parser().parse("""
                {"type": "record", "name": "Article", "namespace": "dev.escmon.avro",
                 "fields": [{"name": "id", "type": "long"}]}""");
        SchemaStore.Cache store = new SchemaStore.Cache();
        store.addSchema(incompatible);
        SingleObjectSerde<GenericRecord> writer = new SingleObjectSerde<>(GenericData.get(), incompatible,
                List.of(incompatible), null);
        byte[] bytes = writer.encode(new GenericRecordBuilder(incompatible).set("id", 7L).build());

        assertThatThrownBy(() -> new SingleObjectSerde<>(Article.getClassSchema(), store).decode(bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("from the schema store is not readable as dev.escmon.avro.Article")
                .hasMessageContaining("id");
    }

    @Test
    void shouldRoundTripWithSingleObjectHeader() {
        byte[] bytes = serde.encode(article());
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(serde.decode(bytes)).isEqualTo(article());
    }

    @Test
    void shouldNameTheProblemWhenBytesAreNotAvro() {
        assertThatThrownBy(() -> serde.decode("not avro at all".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not Avro single-object encoding")
                .hasMessageContaining("6E6F");
    }

    @Test
    void shouldNameTheFingerprintWhenTheWriterSchemaIsUnknown() {
        byte[] bytes = serde.encode(article());
        bytes[5] ^= 0x5A;
        assertThatThrownBy(() -> serde.decode(bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown writer schema fingerprint");
    }

    @Test
    void shouldRejectATruncatedBody() {
        byte[] bytes = serde.encode(article());
        byte[] cut = java.util.Arrays.copyOf(bytes, 14);
        assertThatThrownBy(() -> serde.decode(cut))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("corrupt body");
    }
}
