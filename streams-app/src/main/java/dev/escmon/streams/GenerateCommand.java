package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.Topics;
import dev.escmon.producer.ArticlePublisher;
import dev.escmon.producer.ClientOptions;
import dev.escmon.producer.RecordJson;
import dev.escmon.recognition.DictionaryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate synthetic articles from the dictionary's actors and cues, for load tests and demos,",
                "and publish them (or write them as JSON lines with --out). Reproducible with --seed."})
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "CALM", description = "CALM, RISING or BURST (default: ${DEFAULT-VALUE}).")
    ArticleGenerator.Scenario scenario;

    @Option(names = "--count", paramLabel = "N", description = "Number of articles (default 1000 unless --duration).")
    Long count;

    @Option(names = "--duration", paramLabel = "DURATION", description = "Run for this long instead, e.g. PT30S (needs --rate).")
    Duration duration;

    @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "0", description = "Articles per second; 0 = as fast as possible.")
    double rate;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--body-bytes", paramLabel = "MIN-MAX", defaultValue = "2000-8000", description = "Body size range (default: ${DEFAULT-VALUE}).")
    String bodyBytes;

    @Option(names = "--start", paramLabel = "INSTANT", defaultValue = "2025-01-01T00:00:00Z", description = "Publication time of the first article.")
    Instant start;

    @Option(names = "--step", paramLabel = "DURATION", defaultValue = "PT1M", description = "Publication time between articles (default: ${DEFAULT-VALUE}).")
    Duration step;

    @Option(names = "--out", paramLabel = "FILE.jsonl", description = "Write JSON lines here instead of publishing.")
    Path out;

    @Mixin
    ClientOptions client = new ClientOptions();

    @Override
    public Integer call() throws Exception {
        String[] range = bodyBytes.split("-");
        ArticleGenerator generator = new ArticleGenerator(DictionaryLoader.loadDefault(), scenario, seed,
                Integer.parseInt(range[0]), Integer.parseInt(range[range.length - 1]), start, step);
        if (duration != null && rate <= 0) {
            System.err.println("error: --duration needs --rate");
            return 2;
        }
        long total = count != null ? count : duration != null ? (long) (duration.toMillis() / 1000.0 * rate) : 1000;
        long began = System.nanoTime();
        AtomicLong failed = new AtomicLong();
        long bytes = 0;
        if (out != null) {
            try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (long i = 0; i < total; i++) {
                    Article a = generator.next(i, total);
                    bytes += a.getBody().length();
                    writer.write(jsonLine(a));
                    writer.newLine();
                    pace(began, i);
                }
            }
        } else {
            Properties props = client.properties();
            try (ArticlePublisher publisher = new ArticlePublisher(props, Topics.from(props))) {
                CompletableFuture<?> last = CompletableFuture.completedFuture(null);
                for (long i = 0; i < total; i++) {
                    Article a = generator.next(i, total);
                    bytes += a.getBody().length();
                    last = publisher.publish(a).whenComplete((m, e) -> {
                        if (e != null && failed.getAndIncrement() == 0) {
                            System.err.println("error: article " + a.getId() + " not delivered: " + e);
                        }
                    });
                    pace(began, i);
                }
                publisher.flush();
                last.handle((m, e) -> null).join();
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("generated %,d %s articles (%.1f MB of body text) in %.1f s: %,.0f articles/s%s%s%n", total,
                scenario, bytes / 1e6, seconds, total / seconds, out == null ? ", confirmed by the broker" : " to " + out,
                failed.get() == 0 ? "" : "; " + failed.get() + " FAILED");
        return failed.get() == 0 ? 0 : 1;
    }

    private void pace(long began, long index) {
        if (rate > 0) {
            long due = began + (long) ((index + 1) / rate * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    private static String jsonLine(Article a) {
        java.util.Map<String, Object> map = RecordJson.toMap(a);
        map.remove("ingestedAt");
        map.put("published", map.remove("publishedAt"));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
