package dev.escmon.producer;

import dev.escmon.avro.Article;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One publishing run: validates every record handed to {@link #accept}, reports each rejected one with its
 * location and reason, sends the good ones, and after {@link #finish()} knows what the broker confirmed.
 */
public final class PublishRun {

    /** The outcome: counts, and the error lines in input order. */
    public record Summary(int read, int published, int rejected, int failed, List<String> errors, long millis) {
        public boolean clean() {
            return rejected == 0 && failed == 0;
        }

        @Override
        public String toString() {
            return String.format("%d read, %d published, %d rejected, %d failed to send in %.1f s",
                    read, published, rejected, failed, millis / 1000.0);
        }
    }

    /** Thrown by {@link #accept} in strict mode at the first rejected record. */
    public static final class StrictStop extends RuntimeException {
        public StrictStop(String message) {
            super(message);
        }
    }

    private final ArticlePublisher publisher;
    private final boolean dryRun;
    private final boolean strict;
    private final boolean rejectDuplicateIds;
    private final Progress progress;
    private final PrintStream errorsOut;
    private final Map<String, String> seenIds = new HashMap<>();
    private final List<CompletableFuture<?>> pending = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final AtomicInteger failed = new AtomicInteger();
    private final long started = System.nanoTime();
    private int read;
    private int rejected;

    public PublishRun(ArticlePublisher publisher, boolean dryRun, boolean strict, Progress progress, PrintStream errorsOut) {
        this(publisher, dryRun, strict, true, progress, errorsOut);
    }

    /**
     * @param rejectDuplicateIds whether a second record with an id already seen in this run is an error (it is
     *                           for user input; a corpus that deliberately carries corrections turns it off)
     */
    public PublishRun(ArticlePublisher publisher, boolean dryRun, boolean strict, boolean rejectDuplicateIds,
                      Progress progress, PrintStream errorsOut) {
        this.publisher = publisher;
        this.dryRun = dryRun;
        this.strict = strict;
        this.rejectDuplicateIds = rejectDuplicateIds;
        this.progress = progress;
        this.errorsOut = errorsOut;
    }

    public void accept(ArticleReader.Parsed parsed) {
        read++;
        if (!parsed.ok()) {
            reject(parsed.error().getMessage());
            return;
        }
        Article article = parsed.article();
        String previous = seenIds.putIfAbsent(article.getId(), parsed.location());
        if (previous != null && rejectDuplicateIds) {
            reject(parsed.location() + ": id: duplicate id " + article.getId() + " within this run (first at "
                    + previous + ")");
            return;
        }
        if (!dryRun) {
            pending.add(publisher.publish(article).whenComplete((metadata, error) -> {
                if (error != null) {
                    failed.incrementAndGet();
                    synchronized (errors) {
                        errors.add(parsed.location() + ": not delivered: " + error.getMessage());
                    }
                }
            }));
        }
        progress.update(read, rejected);
    }

    private void reject(String message) {
        rejected++;
        synchronized (errors) {
            errors.add(message);
        }
        progress.clear();
        errorsOut.println("rejected " + message);
        progress.update(read, rejected);
        if (strict) {
            throw new StrictStop(message);
        }
    }

    /** Waits until the broker has confirmed (or refused) every record sent. */
    public Summary finish() {
        if (!dryRun) {
            publisher.flush();
            for (CompletableFuture<?> f : pending) {
                try {
                    f.join();
                } catch (CompletionException ignored) {
                    // counted in the callback
                }
            }
        }
        progress.done(read, rejected);
        int sent = dryRun ? 0 : pending.size() - failed.get();
        synchronized (errors) {
            return new Summary(read, sent, rejected, failed.get(), List.copyOf(errors),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
