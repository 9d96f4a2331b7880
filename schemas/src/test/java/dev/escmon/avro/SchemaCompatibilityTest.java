package dev.escmon.avro;

import dev.escmon.avro.internal.ArticleContributions;
import dev.escmon.avro.internal.MentionAggregate;
import dev.escmon.avro.internal.MentionDelta;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaCompatibilityTest {

    static Stream<Schema> currentSchemas() {
        return Stream.of(Article.getClassSchema(), ActorCount.getClassSchema(), MentionDelta.getClassSchema(),
                ArticleContributions.getClassSchema(), MentionAggregate.getClassSchema(),
                dev.escmon.avro.internal.SubjectState.getClassSchema());
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void shouldHaveTheCurrentSchemaFrozenAsTheLatestReleasedVersion(Schema current) {
        List<Schema> frozen = FrozenSchemas.versionsOf(current.getName());
        assertThat(frozen).as("frozen versions of %s", current.getName()).isNotEmpty();
        Schema latest = frozen.get(frozen.size() - 1);
        assertThat(SchemaNormalization.parsingFingerprint64(latest))
                .as("%s changed since its last frozen version: freeze it as %s-v%d.avsc",
                        current.getName(), current.getName(), frozen.size() + 1)
                .isEqualTo(SchemaNormalization.parsingFingerprint64(current));
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void shouldReadEveryReleasedVersionAndBeReadableByIt(Schema current) {
        List<Schema> versions = FrozenSchemas.versionsOf(current.getName());
        for (Schema older : versions) {
            assertThat(compatibility(current, older)).as("%s current reads v%d", current.getName(),
                    versions.indexOf(older) + 1).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
            assertThat(compatibility(older, current)).as("%s v%d reads current", current.getName(),
                    versions.indexOf(older) + 1).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        }
        // transitively: every released version reads every other one
        for (Schema reader : versions) {
            for (Schema writer : versions) {
                assertThat(compatibility(reader, writer)).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
            }
        }
    }

    private static SchemaCompatibilityType compatibility(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType();
    }
}
