package dev.escmon.avro;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value schema of every topic, store and repartition topic (each {@code .avsc} under {@code src/main/avro}
 * that no other schema nests) has frozen versions; the current one is the latest, and every version reads every
 * other one, transitively, both ways.
 */
class SchemaCompatibilityTest {
    private static final Path SOURCES = Path.of("src/main/avro");
    private static final Path FROZEN = Path.of("src/main/resources/dev/escmon/avro/frozen");

    /** The schemas defined in src/main/avro, by file, parsed as the build does (shared named types resolved). */
    static Map<Path, Schema> sourceSchemas() {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".avsc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a file may name types another file defines: order files so definitions come first, parsing each
        // candidate after the files already placed with a fresh parser (a failed parse leaves a parser dirty)
        List<Path> ordered = new ArrayList<>();
        List<Path> pending = new ArrayList<>(files);
        while (!pending.isEmpty()) {
            Path next = pending.stream().filter(f -> parseAfter(ordered, f) != null).findFirst()
                    .orElseThrow(() -> new AssertionError("schema files that name undefined types: " + pending));
            ordered.add(next);
            pending.remove(next);
        }
        Map<Path, Schema> parsed = new LinkedHashMap<>();
        Schema.Parser parser = new Schema.Parser();
        for (Path file : ordered) {
            parsed.put(file, parse(parser, file));
        }
        return parsed;
    }

    private static Schema parseAfter(List<Path> before, Path file) {
        Schema.Parser parser = new Schema.Parser();
        before.forEach(b -> parse(parser, b));
        try {
            return parse(parser, file);
        } catch (AvroRuntimeException undefinedType) {
            return null;
        }
    }

    private static Schema parse(Schema.Parser parser, Path file) {
        try {
            return parser.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schemas that are values in their own right: records no other file nests. */
    static Stream<Schema> currentSchemas() {
        Map<Path, Schema> sources = sourceSchemas();
        Set<String> nested = new HashSet<>();
        for (Schema s : sources.values()) {
            for (Schema.Field f : s.getType() == Schema.Type.RECORD ? s.getFields() : List.<Schema.Field>of()) {
                collectNamed(f.schema(), nested);
            }
        }
        return sources.values().stream()
                .filter(s -> s.getType() == Schema.Type.RECORD && !nested.contains(s.getFullName()));
    }

    private static void collectNamed(Schema s, Set<String> into) {
        switch (s.getType()) {
            case RECORD -> {
                if (into.add(s.getFullName())) {
                    s.getFields().forEach(f -> collectNamed(f.schema(), into));
                }
            }
            case ENUM, FIXED -> into.add(s.getFullName());
            case ARRAY -> collectNamed(s.getElementType(), into);
            case MAP -> collectNamed(s.getValueType(), into);
            case UNION -> s.getTypes().forEach(t -> collectNamed(t, into));
            default -> {
            }
        }
    }

    @Test
    void shouldCoverEveryTopicValueSchemaIncludingInternalOnes() {
        assertThat(currentSchemas().map(Schema::getName)).containsExactlyInAnyOrder("ActorCount", "Article",
                "EscalationAlert", "EscalationSignal", "ArticleContributions", "MentionAggregate", "MentionDelta",
                "SubjectHead", "StoryBucket", "SubjectArticle");
    }

    @Test
    void shouldFreezeOnlySchemasThatExistWithoutGapsInVersions() throws IOException {
        Set<String> current = new TreeSet<>(currentSchemas().map(Schema::getName).toList());
        try (Stream<Path> files = Files.list(FROZEN)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                assertThat(name).matches("[A-Za-z]+-v[1-9][0-9]*\\.avsc");
                String simple = name.substring(0, name.lastIndexOf("-v"));
                int version = Integer.parseInt(name.substring(name.lastIndexOf("-v") + 2, name.length() - 5));
                assertThat(current).as("frozen %s has no current schema", name).contains(simple);
                assertThat(FrozenSchemas.versionsOf(simple)).as("%s is reachable from v1 without gaps", name)
                        .hasSizeGreaterThanOrEqualTo(version);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void shouldHaveTheCurrentSchemaFrozenAsTheLatestReleasedVersion(Schema current) {
        List<Schema> frozen = FrozenSchemas.versionsOf(current.getName());
        assertThat(frozen).as("frozen versions of %s: freeze it as %s-v1.avsc", current.getName(), current.getName())
                .isNotEmpty();
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
        for (int i = 0; i < versions.size(); i++) {
            Schema older = versions.get(i);
            assertCompatible(current, older, "%s current reads v%d", current.getName(), i + 1);
            assertCompatible(older, current, "%s v%d reads current", current.getName(), i + 1);
        }
        // transitively: every released version reads every other one, so any mix of old and new producers
        // and readers works, not only neighbours
        for (int r = 0; r < versions.size(); r++) {
            for (int w = 0; w < versions.size(); w++) {
                assertCompatible(versions.get(r), versions.get(w), "%s v%d reads v%d", current.getName(), r + 1, w + 1);
            }
        }
    }

    private static void assertCompatible(Schema reader, Schema writer, String what, Object... args) {
        SchemaCompatibility.SchemaPairCompatibility check = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        assertThat(check.getType()).as(what + ": " + check.getResult().getIncompatibilities(), args)
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }
}
