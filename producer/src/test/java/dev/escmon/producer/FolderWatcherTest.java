package dev.escmon.producer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FolderWatcherTest {
    @TempDir
    Path dir;

    private static String article(String title, String body) {
        return "---\ntitle: " + title + "\noutlet: Wire\npublished: 2025-02-01T10:00:00Z\nlanguage: en\n---\n" + body + "\n";
    }

    @Test
    void shouldPublishExistingFilesThenNewAndChangedOnes() throws Exception {
        Files.writeString(dir.resolve("first.md"), article("First", "Existing file."));
        List<ArticleReader.Parsed> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread thread;
        try (FolderWatcher watcher = new FolderWatcher(dir, new ArticleReader())) {
            thread = new Thread(() -> {
                try {
                    watcher.run(seen::add, stop::get);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            thread.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 1);
            assertThat(seen.get(0).article().getTitle()).isEqualTo("First");

            Files.writeString(dir.resolve("second.md"), article("Second", "A new file."));
            await().atMost(Duration.ofSeconds(30)).until(() -> seen.stream()
                    .anyMatch(p -> p.ok() && p.article().getTitle().equals("Second")));

            Files.createDirectories(dir.resolve("sub"));
            Files.writeString(dir.resolve("sub/third.jsonl"), "{\"title\":\"Third\",\"outlet\":\"W\",\"body\":\"In a new folder.\","
                    + "\"published\":\"2025-02-02T00:00:00Z\",\"language\":\"en\"}\n");
            await().atMost(Duration.ofSeconds(30)).until(() -> seen.stream()
                    .anyMatch(p -> p.ok() && p.article().getTitle().equals("Third")));

            Files.writeString(dir.resolve("first.md"), article("First", "Edited body."));
            await().atMost(Duration.ofSeconds(30)).until(() -> seen.stream()
                    .anyMatch(p -> p.ok() && p.article().getBody().equals("Edited body.")));
            stop.set(true);
            thread.join(10_000);
        }
        assertThat(thread.isAlive()).isFalse();
        // an edited file keeps its id (here from outlet+title+published): republishing it is an upsert
        List<String> firstIds = seen.stream().filter(p -> p.ok() && p.article().getTitle().equals("First"))
                .map(p -> p.article().getId()).distinct().toList();
        assertThat(firstIds).hasSize(1);
    }
}
