package dev.escmon.producer;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Publishes the article files of a folder as they appear or change. Existing files are read first; after a
 * restart they are read again, which is a harmless upsert (same id and content: nothing is counted twice).
 * A file is read once it has been quiet for {@link #SETTLE_MILLIS}, so a file still being written is not
 * read half-way (and if it is, its next change publishes the complete version).
 */
public final class FolderWatcher implements AutoCloseable {
    static final long SETTLE_MILLIS = 300;

    private final Path root;
    private final ArticleReader reader;
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public FolderWatcher(Path root, ArticleReader reader) throws IOException {
        this.root = root;
        this.reader = reader;
        this.watcher = FileSystems.getDefault().newWatchService();
        register(root);
    }

    private void register(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY), dir);
            }
        }
    }

    /** Reads every file now there, then every file created or changed, until {@code stop} says so. */
    public void run(Consumer<ArticleReader.Parsed> sink, BooleanSupplier stop) throws IOException {
        reader.read(root, sink);
        Map<Path, Long> pending = new HashMap<>();
        while (!stop.getAsBoolean()) {
            WatchKey key;
            try {
                key = watcher.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ClosedWatchServiceException e) {
                return;
            }
            if (key != null) {
                Path dir = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                        continue;
                    }
                    Path path = dir.resolve((Path) event.context());
                    if (Files.isDirectory(path)) {
                        register(path);
                        reader.read(path, sink);
                    } else if (ArticleReader.isArticleFile(path)) {
                        pending.put(path, System.nanoTime());
                    }
                }
                key.reset();
            }
            long now = System.nanoTime();
            for (Iterator<Map.Entry<Path, Long>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Path, Long> e = it.next();
                if (now - e.getValue() >= TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS)) {
                    it.remove();
                    if (Files.isRegularFile(e.getKey())) {
                        reader.readFile(e.getKey(), sink);
                    }
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
