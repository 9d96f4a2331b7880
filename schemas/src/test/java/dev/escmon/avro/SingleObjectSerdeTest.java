package dev.escmon.avro;

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
                .setAuthors(List.of("A. Writer")).setTags(List.of()).build();
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
