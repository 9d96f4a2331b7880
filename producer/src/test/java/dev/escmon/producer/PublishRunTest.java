package dev.escmon.producer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Counting and reporting of a run, in dry-run mode (no broker): every bad-input class, exact counts. */
class PublishRunTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    private void folderWithSomeBrokenFiles() throws IOException {
        String header = "---\ntitle: %s\noutlet: Wire\npublished: %s\nlanguage: en\nid: %s\n---\n%s\n";
        Files.writeString(dir.resolve("01-good.md"), header.formatted("Good", "2025-02-01T10:00:00Z", "a1", "Text."));
        Files.writeString(dir.resolve("02-empty-body.md"), header.formatted("Empty", "2025-02-01T10:00:00Z", "a2", ""));
        Files.writeString(dir.resolve("03-bad-date.md"), header.formatted("Date", "31/31/2025", "a3", "Text."));
        Files.writeString(dir.resolve("04-duplicate.md"), header.formatted("Again", "2025-02-01T11:00:00Z", "a1", "Text."));
        Files.write(dir.resolve("05-not-utf8.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xFF, '\n'});
        Files.writeString(dir.resolve("06-good.md"), header.formatted("Good too", "2025-02-01T12:00:00Z", "a6", "More text."));
        Files.writeString(dir.resolve("07-lines.jsonl"), "{\"title\":\"L1\",\"outlet\":\"W\",\"body\":\"x\",\"published\":\"2025-02-01\",\"language\":\"en\"}\n"
                + "{\"title\":\"L2\",\"outlet\":\"W\",\"published\":\"2025-02-01\",\"language\":\"en\"}\n");
    }

    @Test
    void shouldCountEveryRejectedRecordAndKeepTheGoodOnes() throws IOException {
        folderWithSomeBrokenFiles();
        PublishRun run = new PublishRun(null, true, false, Progress.silent(), new PrintStream(errors, true, StandardCharsets.UTF_8));
        new ArticleReader().read(dir, run::accept);
        PublishRun.Summary summary = run.finish();
        assertThat(summary.read()).isEqualTo(8);
        assertThat(summary.rejected()).isEqualTo(5);
        assertThat(summary.clean()).isFalse();
        assertThat(summary.errors()).containsExactly(
                dir.resolve("02-empty-body.md") + ": body: empty",
                dir.resolve("03-bad-date.md") + ": published: unparseable date '31/31/2025' (use ISO 8601, e.g. 2025-02-28T17:13:00Z)",
                dir.resolve("04-duplicate.md") + ": id: duplicate id a1 within this run (first at " + dir.resolve("01-good.md") + ")",
                dir.resolve("05-not-utf8.md") + ": invalid UTF-8",
                dir.resolve("07-lines.jsonl") + ":2: body: missing");
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("rejected " + dir.resolve("02-empty-body.md") + ": body: empty");
    }

    @Test
    void shouldStopAtTheFirstRejectedRecordWhenStrict() throws IOException {
        folderWithSomeBrokenFiles();
        PublishRun run = new PublishRun(null, true, true, Progress.silent(), new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new ArticleReader().read(dir, run::accept)).isInstanceOf(PublishRun.StrictStop.class)
                .hasMessageEndingWith("02-empty-body.md: body: empty");
        assertThat(run.finish().read()).isEqualTo(2);
    }
}
