package dev.escmon.producer;

import dev.escmon.avro.Topics;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish articles to the articles topic: files and folders (.md/.txt with front matter, .json, .jsonl,",
                ".html, RSS/Atom .rss/.atom/.xml), http(s) URLs of pages or feeds, or - for stdin.",
                "Bad records are reported with their location and skipped; the exit code is 1 if any was rejected or not delivered."})
public final class PublishCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL|-", description = "File, folder (recursive), http(s) URL, or - for stdin.")
    List<String> inputs;

    @Mixin
    ClientOptions client = new ClientOptions();

    @Option(names = "--dry-run", description = "Validate only; publish nothing.")
    boolean dryRun;

    @Option(names = "--strict", description = "Stop at the first rejected record.")
    boolean strict;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "Reject bodies larger than this (default: ${DEFAULT-VALUE}).")
    int maxBodyBytes;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of dates that carry none (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--watch", description = {"Keep watching the (single) folder given and publish files as they appear or change,",
            "until interrupted. Files already there are published again on start: a harmless upsert."})
    boolean watch;

    @Option(names = "--default-language", paramLabel = "LANG",
            description = "Language of records that declare none and whose language is not recognised (default: reject them).")
    String defaultLanguage;

    private volatile boolean stopWatching;

    private void watch(Path folder, ArticleReader reader, PublishRun run, PrintStream out) throws IOException {
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stopWatching = true;
            try {
                main.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "escmon-publish-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("watching " + folder.toAbsolutePath() + " (Ctrl-C to stop)");
        try (FolderWatcher watcher = new FolderWatcher(folder, reader)) {
            watcher.run(parsed -> {
                run.accept(parsed);
                if (parsed.ok()) {
                    out.println("published " + parsed.location() + " as " + parsed.article().getId());
                }
            }, () -> stopWatching);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        Properties props = client.properties();
        Topics topics = Topics.from(props);
        ArticleReader reader = new ArticleReader(new ArticleParser(maxBodyBytes, ZoneId.of(zone), defaultLanguage),
                Clock.systemUTC());
        if (watch && (inputs.size() != 1 || !Files.isDirectory(Path.of(inputs.get(0))))) {
            System.err.println("error: --watch takes exactly one folder");
            return 2;
        }
        PublishRun.Summary summary;
        ArticlePublisher publisher;
        try {
            publisher = dryRun ? null : new ArticlePublisher(props, topics);
        } catch (KafkaException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        try (publisher) {
            PublishRun run = new PublishRun(publisher, dryRun, strict, Progress.forConsole(out, quiet), System.err);
            try {
                if (watch) {
                    watch(Path.of(inputs.get(0)), reader, run, out);
                }
                for (String input : watch ? List.<String>of() : inputs) {
                    if (input.equals("-")) {
                        reader.read(System.in, "stdin", run::accept);
                    } else if (input.startsWith("http://") || input.startsWith("https://")) {
                        try {
                            reader.read(java.net.URI.create(input), run::accept);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return 130;
                        } catch (IOException e) {
                            System.err.println("error: " + input + ": cannot fetch: " + e.getMessage());
                            return 2;
                        }
                    } else {
                        Path path = Path.of(input);
                        if (!Files.exists(path)) {
                            System.err.println("error: " + input + ": no such file or folder");
                            return 2;
                        }
                        reader.read(path, run::accept);
                    }
                }
            } catch (PublishRun.StrictStop stop) {
                System.err.println("stopped at the first rejected record (--strict)");
            }
            summary = run.finish();
        }
        out.println((dryRun ? "dry run: " : "") + summary + (dryRun ? "" : " (topic " + topics.articles().name() + ")"));
        return summary.clean() ? 0 : 1;
    }
}
