package dev.escmon.producer;

import dev.escmon.avro.Article;
import dev.escmon.avro.Contributor;
import dev.escmon.avro.ContributorRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleReaderTest {
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private final ArticleReader reader = new ArticleReader(new ArticleParser(200, ZoneOffset.UTC),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    private List<ArticleReader.Parsed> read(Path path) throws IOException {
        List<ArticleReader.Parsed> out = new ArrayList<>();
        reader.read(path, out::add);
        return out;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void shouldReadAFrontMatterArticle() throws IOException {
        write("a.md", """
                ---
                title: Troops deployed
                outlet: Northbridge Wire
                url: https://www.Northbridge.example/2025/02/04/troops/?utm_source=x#top
                published: 2025-02-04T15:20:00Z
                language: en
                authors: A. Writer, B. Writer, C. Lens (Photographer), D. Pen (desk chief)
                section: World
                ---
                Mexico deployed troops.
                """);
        List<ArticleReader.Parsed> parsed = read(dir);
        assertThat(parsed).singleElement().satisfies(p -> {
            assertThat(p.ok()).isTrue();
            Article a = p.article();
            assertThat(a.getTitle()).isEqualTo("Troops deployed");
            assertThat(a.getOutlet()).isEqualTo("Northbridge Wire");
            assertThat(a.getBody()).isEqualTo("Mexico deployed troops.");
            assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-02-04T15:20:00Z"));
            assertThat(a.getIngestedAt()).isEqualTo(NOW);
            assertThat(a.getAuthors()).containsExactly("A. Writer", "B. Writer", "C. Lens", "D. Pen");
            assertThat(a.getContributors()).containsExactly(new Contributor("A. Writer", ContributorRole.AUTHOR),
                    new Contributor("B. Writer", ContributorRole.AUTHOR),
                    new Contributor("C. Lens", ContributorRole.PHOTOGRAPHER),
                    new Contributor("D. Pen", ContributorRole.OTHER));
            assertThat(a.getSection()).isEqualTo("World");
            assertThat(a.getId()).isEqualTo("u-" + ArticleIds.hash("https://northbridge.example/2025/02/04/troops"));
        });
    }

    @Test
    void shouldReadSectionAndBylineWithRolesFromJson() throws IOException {
        write("a.jsonl", "{\"title\":\"One\",\"outlet\":\"W\",\"body\":\"Text one.\",\"published\":\"2025-02-01T10:00:00Z\","
                + "\"language\":\"en\",\"section\":\"Economy\",\"authors\":[\"A. Writer\","
                + "{\"name\":\"T. Lingua\",\"role\":\"translator\"},{\"name\":\"E. Desk\",\"role\":\"Editor\"}]}\n"
                + "{\"title\":\"Two\",\"outlet\":\"W\",\"body\":\"Text two.\",\"published\":\"2025-02-01T10:00:00Z\","
                + "\"language\":\"en\",\"author\":\"S. Solo\"}\n");
        List<ArticleReader.Parsed> parsed = read(dir);
        assertThat(parsed).hasSize(2);
        Article one = parsed.get(0).article();
        assertThat(one.getSection()).isEqualTo("Economy");
        assertThat(one.getAuthors()).containsExactly("A. Writer", "T. Lingua", "E. Desk");
        assertThat(one.getContributors()).containsExactly(new Contributor("A. Writer", ContributorRole.AUTHOR),
                new Contributor("T. Lingua", ContributorRole.TRANSLATOR), new Contributor("E. Desk", ContributorRole.EDITOR));
        Article two = parsed.get(1).article();
        assertThat(two.getSection()).isNull();
        assertThat(two.getContributors()).containsExactly(new Contributor("S. Solo", ContributorRole.AUTHOR));
    }

    @Test
    void shouldGiveTheSameIdToTheSameUrlWrittenDifferently() {
        String a = ArticleIds.idFor(null, "https://www.example.org/x/?utm_medium=y", "o", "t", NOW);
        String b = ArticleIds.idFor(null, "HTTPS://example.org/x#frag", "other", "other", NOW.plusSeconds(5));
        assertThat(a).isEqualTo(b);
        assertThat(ArticleIds.idFor("given-1", "https://example.org/x", "o", "t", NOW)).isEqualTo("given-1");
        assertThat(ArticleIds.idFor(null, null, "Outlet", "Title", NOW))
                .isEqualTo(ArticleIds.idFor(null, " ", "outlet", "Title", NOW)).startsWith("t-");
    }

    @Test
    void shouldReportEachBadLineOfJsonLinesAndKeepTheGoodOnes() throws IOException {
        Path file = write("feed.jsonl", String.join("\n",
                "{\"title\":\"One\",\"outlet\":\"W\",\"body\":\"Text one.\",\"published\":\"2025-02-01T10:00:00Z\",\"language\":\"en\"}",
                "{\"title\":\"Two\",\"outlet\":\"W\",\"body\":\"\",\"published\":\"2025-02-01T10:00:00Z\",\"language\":\"en\"}",
                "not json",
                "{\"title\":\"Four\",\"outlet\":\"W\",\"body\":\"Text.\",\"published\":\"yesterday\",\"language\":\"en\"}",
                "{\"outlet\":\"W\",\"body\":\"Text.\",\"published\":\"2025-02-01\",\"language\":\"en\"}",
                "{\"title\":\"Six\",\"outlet\":\"W\",\"body\":\"" + "x".repeat(201) + "\",\"published\":\"2025-02-01\",\"language\":\"en\"}",
                "{\"title\":\"Seven\",\"outlet\":\"W\",\"body\":\"Text.\",\"published\":\"2099-01-01T00:00:00Z\",\"language\":\"en\"}",
                "{\"title\":\"Eight\",\"source\":\"W\",\"text\":\"Text eight.\",\"date\":\"Feb. 28, 2025 at 5:13 pm\",\"lang\":\"es\"}",
                ""));
        List<ArticleReader.Parsed> parsed = read(file);
        assertThat(parsed).hasSize(8);
        assertThat(parsed).filteredOn(ArticleReader.Parsed::ok).extracting(p -> p.article().getTitle())
                .containsExactly("One", "Eight");
        assertThat(parsed).filteredOn(p -> !p.ok()).extracting(p -> p.error().getMessage()).containsExactly(
                file + ":2: body: empty",
                file + ":3: invalid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                file + ":4: published: unparseable date 'yesterday' (use ISO 8601, e.g. 2025-02-28T17:13:00Z)",
                file + ":5: title: missing",
                file + ":6: body: 201 bytes is over the limit of 200 bytes",
                file + ":7: published: 2099-01-01T00:00:00Z is outside the accepted range (1970 to one hour after ingestion)");
        assertThat(parsed.get(7).article().getPublishedAt()).isEqualTo(Instant.parse("2025-02-28T17:13:00Z"));
    }

    @Test
    void shouldRejectInvalidUtf8AndAMissingHeader() throws IOException {
        Path bad = dir.resolve("bad.md");
        Files.write(bad, new byte[] {'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        write("plain.txt", "No header here.\n");
        List<ArticleReader.Parsed> parsed = read(dir);
        assertThat(parsed).extracting(p -> p.error().getMessage()).containsExactly(
                bad + ": invalid UTF-8", dir.resolve("plain.txt") + ": no front-matter header (first line must be ---)");
    }

    @Test
    void shouldReadAJsonArrayAndGuessAMissingLanguage() throws IOException {
        Path file = write("batch.json", """
                [{"title":"Uno","outlet":"D","body":"El presidente de México dijo que la reunión con los funcionarios fue buena para el país.","published":"2025-02-01"},
                 {"title":"Two","outlet":"D","body":"Short.","published":"2025-02-01"}]
                """);
        List<ArticleReader.Parsed> parsed = read(file);
        assertThat(parsed.get(0).article().getLanguage()).isEqualTo("es");
        assertThat(parsed.get(1).error().getMessage()).isEqualTo(file + "[1]: language: missing and not recognisable from the text");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("Uno");
    }
}
