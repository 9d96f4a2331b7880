package dev.escmon.bench;

import dev.escmon.avro.Article;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.Topics;
import dev.escmon.producer.ArticlePublisher;
import dev.escmon.recognition.Dictionary;
import dev.escmon.recognition.DictionaryLoader;
import dev.escmon.streams.ArticleGenerator;
import dev.escmon.streams.EmbeddedKafka;
import dev.escmon.streams.TopicAdmin;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * End-to-end benchmark of the streams app on one embedded broker (docs/PERFORMANCE.md): for each article count, the
 * generated articles are published once to a topic, then read by (1) an exactly-once passthrough, the ceiling, and
 * (2) the app with its shipped defaults, each in a child JVM, timed from the first committed offset until every
 * input and repartition partition is committed to its end. The app is then measured for heap after a full GC, RSS and
 * state-folder size, and for the latency from article ingestion to the escalation-signal update it caused, as seen
 * by a read_committed consumer, at fixed fractions of the throughput just measured. Prints markdown tables.
 */
@Command(name = "pipeline-benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Throughput, latency and footprint of the streams app against an exactly-once passthrough.")
public final class PipelineBenchmark implements Callable<Integer> {
    @Option(names = "--articles", split = ",", defaultValue = "10000", paramLabel = "N[,N...]",
            description = "Article counts; each gets its own topics (default: ${DEFAULT-VALUE}).")
    List<Long> counts;

    @Option(names = "--aliases", split = ",", paramLabel = "N[,N...]",
            description = "Extra runs with a generated dictionary of about N aliases (the default dictionary's cues, "
                    + "real actors up to 200 aliases, invented names beyond), on the --alias-articles topic.")
    List<Integer> aliases = new ArrayList<>();

    @Option(names = "--alias-articles", paramLabel = "N",
            description = "Article count of the --aliases runs (default: the smallest of --articles).")
    Long aliasArticles;

    @Option(names = "--rates", split = ",", defaultValue = "0.25,0.5,0.75", paramLabel = "F[,F...]",
            description = "Offered rates of the latency runs, as fractions of the pipeline's measured maximum.")
    List<Double> rates;

    @Option(names = "--latency-seconds", defaultValue = "30", paramLabel = "S",
            description = "Seconds of offered load per rate (default: ${DEFAULT-VALUE}; 0 = no latency runs).")
    int latencySeconds;

    @Option(names = "--app-heap", defaultValue = "1g", paramLabel = "SIZE",
            description = "-Xmx of the child JVMs (default: ${DEFAULT-VALUE}; heap after GC is measured, not capped).")
    String appHeap;

    @Option(names = "--dictionary-timeout", defaultValue = "PT5M", paramLabel = "DURATION",
            description = "Longest wait for the app to build its dictionary and start (default: ${DEFAULT-VALUE}).")
    Duration dictionaryTimeout;

    @Option(names = "--catch-up-timeout", defaultValue = "PT3H", paramLabel = "DURATION",
            description = "Longest wait for one run to process its topic (default: ${DEFAULT-VALUE}).")
    Duration catchUpTimeout;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-ceiling", description = "Skip the passthrough runs.")
    boolean noCeiling;

    @Option(names = "--fan-out", split = ",", paramLabel = "N[,N...]",
            description = "After the ceiling, run the passthrough again writing N records of --record-bytes per "
                    + "article instead of one: what Kafka alone costs an app that writes that many records, with no "
                    + "analysis.")
    List<Integer> fanOuts = new ArrayList<>();

    @Option(names = "--record-bytes", defaultValue = "200",
            description = "Size of each fan-out record's value (default: ${DEFAULT-VALUE}).")
    int recordBytes;

    @Option(names = "--ceiling-only", description = "Run the passthrough (and fan-out) runs only, not the pipeline.")
    boolean ceilingOnly;

    @Option(names = "--app-config", paramLabel = "KEY=VALUE",
            description = "A setting for the app on top of the shipped defaults, e.g. num.stream.threads=2 (repeatable; "
                    + "printed with the results).")
    Map<String, String> appConfig = new LinkedHashMap<>();

    @Option(names = "--jfr", paramLabel = "DIR", description = "Record the app JVMs with JFR (profile settings) into DIR.")
    Path jfrDir;

    @Option(names = "--label", defaultValue = "", description = "A word printed with the results, e.g. preliminary.")
    String label;

    @Option(names = "--out", paramLabel = "FILE.md", description = "Also write the markdown here.")
    Path out;

    /** Publication time between generated articles: the generate command's default, about one article a minute. */
    private static final Duration STEP = Duration.ofMinutes(1);
    private static final int MIN_BODY = 2000;
    private static final int MAX_BODY = 8000;
    private static final int PARTITIONS = 3;

    private final List<String> commandArgs = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path work;
    private EmbeddedKafka kafka;
    private Admin admin;

    public static void main(String[] args) {
        PipelineBenchmark benchmark = new PipelineBenchmark();
        benchmark.commandArgs.addAll(List.of(args));
        System.exit(new CommandLine(benchmark).execute(args));
    }

    /** One article count's topic, filled once and read by every run of that count. */
    private record Corpus(long count, Topics topics, long bytes, double publishSeconds, ArticleGenerator generator,
                          Instant start) {
    }

    /**
     * @param cpuMillisPerArticle CPU time of the run's JVM (user + system) per article: less sensitive than
     *                            articles/s to other load on the box, though the broker's share is not in it
     * @param deltasPerArticle    records the app wrote to its repartition topic per article (its fan-out); 0 for
     *                            the passthrough
     * @param brokerCpuMillisPerArticle CPU time of the harness's JVM (the embedded broker, and the harness polling
     *                            offsets every 100 ms) per article over the same interval
     * @param recordsPerArticle   offsets the broker added over the interval, all topics but the articles, per
     *                            article: every record written (outputs, changelogs, repartition) and the
     *                            transaction markers
     */
    private record Throughput(double articlesPerSecond, double megabytesPerSecond, double seconds,
                              double cpuMillisPerArticle, double deltasPerArticle, double brokerCpuMillisPerArticle,
                              double recordsPerArticle, String note) {
        static Throughput notMeasured(String why) {
            return new Throughput(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    why);
        }

        boolean measured() {
            return note == null;
        }
    }

    /** @param changelogBytes bytes the app wrote to its changelog topics (state updates), not yet compacted */
    private record Footprint(long heapAfterGc, long rss, long stateBytes, long changelogBytes) {
    }

    private record Latency(double fraction, double offered, int articles, int signals, long p50, long p95, long p99,
                           String inAppP99) {
    }

    private record Row(long articles, String dictionary, Throughput ceiling, Throughput pipeline, Footprint footprint,
                       List<Latency> latencies, double load1) {
    }

    /** A passthrough that wrote {@code records} records of {@code bytes} per article, next to the plain ceiling. */
    private record FanOut(long articles, int records, int bytes, Throughput ceiling, Throughput run) {
    }

    private final List<FanOut> fanOutRuns = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<Row> rows = new ArrayList<>();
        work = Files.createTempDirectory("escmon-bench-");
        // Ctrl-C: stop the child JVMs, the broker, and remove the broker's data and the work folder
        Thread cleanUp = new Thread(this::cleanUp, "pipeline-benchmark-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        long began = System.nanoTime();
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        try {
            kafka = EmbeddedKafka.startTemporary(Map.of());
            admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()));
            log("broker on %s, data in %s, work in %s", kafka.bootstrapServers(), kafka.dir(), work);
            long aliasCount = aliasArticles != null ? aliasArticles : counts.stream().min(Long::compare).orElseThrow();
            List<Long> all = new ArrayList<>(counts);
            if (!aliases.isEmpty() && !all.contains(aliasCount)) {
                all.add(aliasCount);
            }
            all.sort(Long::compare);
            for (long count : all) {
                Corpus corpus = prefill(count);
                Throughput ceiling = noCeiling ? Throughput.notMeasured("skipped") : ceiling(corpus, 1);
                for (int n : fanOuts) {
                    fanOutRuns.add(new FanOut(count, n, recordBytes, ceiling, ceiling(corpus, n)));
                }
                if (ceilingOnly) {
                    deleteTopics(corpus.topics().prefix());
                    continue;
                }
                if (count == aliasCount) {
                    for (int n : aliases) {
                        double load = load1();
                        Path dictionary = work.resolve("dictionary-" + n + ".json");
                        Dictionary generated = BenchData.withAliases(n);
                        Files.write(dictionary, DictionaryLoader.toJson(generated));
                        String name = String.format(Locale.ROOT, "%,d aliases (generated)", BenchData.aliasCount(generated));
                        rows.add(pipeline(corpus, name, dictionary, ceiling, false, load));
                        printRow(rows.get(rows.size() - 1));
                    }
                }
                if (counts.contains(count)) {
                    double load = load1();
                    String name = String.format(Locale.ROOT, "default (%,d aliases)",
                            BenchData.aliasCount(DictionaryLoader.loadDefault()));
                    rows.add(pipeline(corpus, name, null, ceiling, true, load));
                    printRow(rows.get(rows.size() - 1));
                }
                deleteTopics(corpus.topics().prefix());
            }
        } finally {
            cleanUp();
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        }
        String markdown = markdown(rows, startedAt, (System.nanoTime() - began) / 1e9);
        System.out.println();
        System.out.println(markdown);
        if (out != null) {
            Files.writeString(out, markdown);
        }
        return 0;
    }

    private synchronized void cleanUp() {
        new ArrayList<>(children).forEach(Process::destroyForcibly);
        children.clear();
        try {
            if (admin != null) {
                admin.close(Duration.ofSeconds(5));
                admin = null;
            }
            if (kafka != null) {
                kafka.close();
                kafka = null;
            }
            EmbeddedKafkaFiles.delete(work);
        } catch (IOException | RuntimeException e) {
            System.err.println("clean-up: " + e.getMessage() + " (remove " + work + " and the broker's folder by hand)");
        }
    }

    // ---------------------------------------------------------------------------------------------- corpus

    private Corpus prefill(long count) throws Exception {
        Topics topics = new Topics("n" + count + ".");
        Properties client = new Properties();
        client.setProperty("bootstrap.servers", kafka.bootstrapServers());
        TopicAdmin.ensureTopics(client, topics, PARTITIONS, (short) 1);
        // far enough back that the latency runs' articles stay in the past (the app refuses future articles)
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(STEP.multipliedBy(count)).minus(Duration.ofDays(200));
        ArticleGenerator generator = new ArticleGenerator(DictionaryLoader.loadDefault(), ArticleGenerator.Scenario.CALM,
                seed, MIN_BODY, MAX_BODY, start, STEP);
        AtomicLong bytes = new AtomicLong();
        long t0 = System.nanoTime();
        client.setProperty("linger.ms", "20");
        try (ArticlePublisher publisher = new ArticlePublisher(client, topics)) {
            // a just-created partition can refuse the first batches (NOT_LEADER_OR_FOLLOWER, then retried with
            // OUT_OF_ORDER_SEQUENCE_NUMBER until the delivery timeout; 4.4 client and broker): the articles that
            // failed are sent again, so the topic holds every article once, a few of them out of generation order
            Queue<Article> failed = new ConcurrentLinkedQueue<>();
            for (long i = 0; i < count; i++) {
                Article article = generator.next(i, count);
                publisher.publish(article).whenComplete((m, e) -> {
                    if (e != null) {
                        failed.add(article);
                    } else {
                        bytes.addAndGet(m.serializedValueSize());
                    }
                });
                if ((i + 1) % 100_000 == 0) {
                    log("published %,d of %,d articles", i + 1, count);
                }
            }
            publisher.flush();
            for (int round = 2; !failed.isEmpty(); round++) {
                if (round > 4) {
                    throw new IllegalStateException(failed.size() + " of " + count + " articles could not be published to "
                            + topics.articles().name() + " in 4 rounds");
                }
                List<Article> again = new ArrayList<>(failed);
                failed.clear();
                log("publishing again the %,d articles the broker refused", again.size());
                for (Article article : again) {
                    publisher.publish(article).whenComplete((m, e) -> {
                        if (e != null) {
                            failed.add(article);
                        } else {
                            bytes.addAndGet(m.serializedValueSize());
                        }
                    });
                }
                publisher.flush();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        log("published %,d articles (%.1f MB of Avro values) to %s in %.1f s", count, bytes.get() / 1e6,
                topics.articles().name(), seconds);
        return new Corpus(count, topics, bytes.get(), seconds, generator, start);
    }

    private void deleteTopics(String prefix) throws Exception {
        List<String> names = admin.listTopics().names().get(60, TimeUnit.SECONDS).stream()
                .filter(n -> n.startsWith(prefix) || n.startsWith("bench-" + prefix)).toList();
        admin.deleteTopics(names).all().get(120, TimeUnit.SECONDS);
    }

    // ---------------------------------------------------------------------------------------------- runs

    /** The exactly-once passthrough, writing each article once or, with {@code fanOut} > 1, as that many small records. */
    private Throughput ceiling(Corpus corpus, int fanOut) throws Exception {
        String appId = "bench-" + corpus.topics().prefix() + "passthrough" + (fanOut > 1 ? "-x" + fanOut : "");
        String sink = corpus.topics().prefix() + "passthrough-out" + (fanOut > 1 ? "-x" + fanOut : "");
        admin.createTopics(List.of(new NewTopic(sink, PARTITIONS, (short) 1))).all().get(60, TimeUnit.SECONDS);
        Path state = Files.createDirectories(work.resolve(appId + "-state"));
        List<String> args = new ArrayList<>(List.of(PassthroughApp.class.getName(), kafka.bootstrapServers(), appId,
                corpus.topics().articles().name(), sink, state.toString()));
        if (fanOut > 1) {
            args.addAll(List.of(Integer.toString(fanOut), Integer.toString(recordBytes)));
        }
        Process child = start(appId, args);
        try {
            Throughput t = awaitCaughtUp(child, appId, corpus);
            log("%s on %,d articles: %,.0f articles/s, %.1f MB/s, %.2f app and %.2f "
                    + "broker CPU ms and %.1f records written per article", fanOut > 1
                            ? "passthrough writing " + fanOut + " records of " + recordBytes + " bytes per article"
                            : "ceiling (exactly-once passthrough)", corpus.count(), t.articlesPerSecond(),
                    t.megabytesPerSecond(), t.cpuMillisPerArticle(), t.brokerCpuMillisPerArticle(), t.recordsPerArticle());
            return t;
        } finally {
            stop(child);
            admin.deleteTopics(List.of(sink)).all().get(120, TimeUnit.SECONDS);
            EmbeddedKafkaFiles.delete(state);
        }
    }

    private Row pipeline(Corpus corpus, String dictionaryName, Path dictionary, Throughput ceiling, boolean full,
                         double load) throws Exception {
        String appId = "bench-" + corpus.topics().prefix() + "app-" + (dictionary == null ? "default"
                : dictionary.getFileName().toString().replace(".json", ""));
        Path state = Files.createDirectories(work.resolve(appId + "-state"));
        int httpPort = freePort();
        Properties config = new Properties();
        config.setProperty("bootstrap.servers", kafka.bootstrapServers());
        config.setProperty("application.id", appId);
        config.setProperty("state.dir", state.toString());
        config.setProperty("topic.prefix", corpus.topics().prefix());
        config.setProperty("topics.replication.factor", "1");
        config.setProperty("http.port", String.valueOf(httpPort));
        config.setProperty("http.bind.host", "127.0.0.1");
        if (dictionary != null) {
            config.setProperty("dictionary.path", dictionary.toString());
        }
        appConfig.forEach(config::setProperty);
        Path configFile = work.resolve(appId + ".properties");
        try (var w = Files.newBufferedWriter(configFile)) {
            config.store(w, "pipeline benchmark: connection and identity only; everything else is the shipped default");
        }
        Process child = start(appId, List.of("dev.escmon.streams.Main", "run", "--config", configFile.toString()));
        try {
            if (!awaitHttp(child, httpPort, "/health/live", dictionaryTimeout)) {
                String why = child.isAlive() ? "not measured: dictionary build > " + dictionaryTimeout.toSeconds() + " s"
                        : "not measured: app exited (" + child.exitValue() + "), see log";
                log("%s on %,d articles: %s", dictionaryName, corpus.count(), why);
                return new Row(corpus.count(), dictionaryName, ceiling, Throughput.notMeasured(why), null, List.of(), load);
            }
            Throughput t = awaitCaughtUp(child, appId, corpus);
            log("pipeline (%s) on %,d articles: %,.0f articles/s, %.1f MB/s, %.2f app and %.2f broker CPU ms, %.1f "
                    + "records written and %.0f repartition records per article", dictionaryName, corpus.count(),
                    t.articlesPerSecond(), t.megabytesPerSecond(), t.cpuMillisPerArticle(), t.brokerCpuMillisPerArticle(),
                    t.recordsPerArticle(), t.deltasPerArticle());
            Footprint footprint = full && t.measured() ? footprint(child, state, appId) : null;
            List<Latency> latencies = new ArrayList<>();
            if (full && t.measured() && latencySeconds > 0) {
                long next = corpus.count();
                for (double fraction : rates) {
                    Latency l = latency(corpus, appId, httpPort, fraction, fraction * t.articlesPerSecond(), next);
                    next += l.articles();
                    latencies.add(l);
                }
            }
            return new Row(corpus.count(), dictionaryName, ceiling, t, footprint, latencies, load);
        } finally {
            stop(child);
            EmbeddedKafkaFiles.delete(state);
        }
    }

    private Process start(String name, List<String> mainAndArgs) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + appHeap, "-XX:+ExitOnOutOfMemoryError"));
        if (jfrDir != null) {
            Files.createDirectories(jfrDir);
            // Kafka Streams' stacks are deeper than JFR's default of 64 frames
            cmd.add("-XX:FlightRecorderOptions=stackdepth=256");
            cmd.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + jfrDir.toAbsolutePath().resolve(name + ".jfr"));
        }
        cmd.addAll(List.of("-cp", classPath()));
        cmd.addAll(mainAndArgs);
        Path logFile = work.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        children.add(p);
        log("started %s (pid %d), log %s", name, p.pid(), logFile);
        return p;
    }

    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString())
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private void stop(Process child) throws InterruptedException {
        child.destroy();
        if (!child.waitFor(90, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        children.remove(child);
    }

    /**
     * Times a run from the first committed article offset until every partition the group reads (articles and,
     * for the app, its repartition topic) is committed to its end: with exactly-once, offsets are committed in the
     * transaction that wrote the outputs, so that is when every output is visible.
     */
    private Throughput awaitCaughtUp(Process child, String groupId, Corpus corpus) throws Exception {
        long deadline = System.nanoTime() + catchUpTimeout.toNanos();
        long t0 = 0;
        long done0 = 0;
        long cpu0 = 0;
        long brokerCpu0 = 0;
        long written0 = 0;
        long lastLog = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                tail(groupId);
                return Throughput.notMeasured("not measured: process exited (" + child.exitValue() + ")");
            }
            long now = System.nanoTime();
            Lag lag = lag(groupId, corpus.topics().articles().name());
            if (t0 == 0 && lag.articlesDone() > 0) {
                t0 = now;
                done0 = lag.articlesDone();
                cpu0 = cpuMillis(child);
                brokerCpu0 = cpuMillis(ProcessHandle.current().pid());
                written0 = writtenOffsets(corpus.topics().articles().name());
            }
            if (t0 != 0 && lag.articlesDone() >= corpus.count() && lag.otherLag() == 0) {
                double seconds = (now - t0) / 1e9;
                double articles = corpus.count() - done0;
                double brokerCpu = cpuMillis(ProcessHandle.current().pid()) - brokerCpu0;
                double written = writtenOffsets(corpus.topics().articles().name()) - written0;
                return new Throughput(articles / seconds, corpus.bytes() * (articles / corpus.count()) / 1e6 / seconds,
                        seconds, (cpuMillis(child) - cpu0) / articles, (double) lag.otherEnd() / corpus.count(),
                        brokerCpu / articles, written / articles, null);
            }
            if (now - lastLog > TimeUnit.SECONDS.toNanos(30)) {
                log("  %s: %,d of %,d articles committed, repartition lag %,d", groupId, lag.articlesDone(),
                        corpus.count(), lag.otherLag());
                lastLog = now;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        tail(groupId);
        return Throughput.notMeasured("not measured: not caught up within " + catchUpTimeout);
    }

    /** The end offsets of every partition of every topic but {@code except}, summed. */
    private long writtenOffsets(String except) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (var d : admin.describeTopics(admin.listTopics().names().get(30, TimeUnit.SECONDS)).allTopicNames()
                .get(30, TimeUnit.SECONDS).values()) {
            if (!d.name().equals(except)) {
                d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
            }
        }
        long sum = 0;
        for (var info : admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).values()) {
            sum += info.offset();
        }
        return sum;
    }

    private static long cpuMillis(Process child) {
        return cpuMillis(child.pid());
    }

    /** CPU time (user + system) of a process so far, from /proc; 0 where there is no /proc. */
    private static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of proc(5), counted from the state field (3) after the command name
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** USER_HZ of Linux: 100 on every common architecture. */
    private static final long CLOCK_TICKS = 100;

    /**
     * @param otherLag records of the group's other input partitions (repartition topics) not yet committed
     * @param otherEnd end offsets of those partitions, summed (records written to them, and transaction markers)
     */
    private record Lag(long articlesDone, long otherLag, long otherEnd) {
    }

    private Lag lag(String groupId, String articlesTopic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        committed.keySet().forEach(tp -> request.put(tp, OffsetSpec.latest()));
        // a repartition partition whose tasks committed nothing yet is not in the group's offsets: count it too
        for (String topic : admin.listTopics().names().get(30, TimeUnit.SECONDS)) {
            if (topic.startsWith(groupId + "-") && topic.endsWith("-repartition")) {
                for (int p = 0; p < PARTITIONS; p++) {
                    request.putIfAbsent(new TopicPartition(topic, p), OffsetSpec.latest());
                }
            }
        }
        var ends = request.isEmpty() ? Map.<TopicPartition, org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo>of()
                : admin.listOffsets(request).all().get(30, TimeUnit.SECONDS);
        long articles = 0;
        long other = 0;
        long otherEnd = 0;
        for (TopicPartition tp : request.keySet()) {
            OffsetAndMetadata done = committed.get(tp);
            long position = done == null ? 0 : done.offset();
            if (tp.topic().equals(articlesTopic)) {
                articles += position;
            } else {
                other += Math.max(0, ends.get(tp).offset() - position);
                otherEnd += ends.get(tp).offset();
            }
        }
        return new Lag(articles, other, otherEnd);
    }

    private boolean awaitHttp(Process child, int port, String path, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && child.isAlive()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        return false;
    }

    private String scrape(int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    // ---------------------------------------------------------------------------------------------- footprint

    private Footprint footprint(Process child, Path state, String appId) throws Exception {
        String jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd").toString();
        run(jcmd, String.valueOf(child.pid()), "GC.run");
        String heap = run(jcmd, String.valueOf(child.pid()), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(heap);
        long heapAfterGc = m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
        long rss = -1;
        for (String line : Files.readAllLines(Path.of("/proc/" + child.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        long stateBytes;
        try (Stream<Path> files = Files.walk(state)) {
            stateBytes = files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a RocksDB file removed by compaction while walking
                }
            }).sum();
        }
        long changelogBytes = 0;
        for (var dir : admin.describeLogDirs(List.of(1)).allDescriptions().get(60, TimeUnit.SECONDS).get(1).values()) {
            for (var replica : dir.replicaInfos().entrySet()) {
                String topic = replica.getKey().topic();
                if (topic.startsWith(appId + "-") && topic.endsWith("-changelog")) {
                    changelogBytes += replica.getValue().size();
                }
            }
        }
        log("  heap after GC %s, RSS %s, state folder %s, changelogs %s", mib(heapAfterGc), mib(rss), mib(stateBytes),
                mib(changelogBytes));
        return new Footprint(heapAfterGc, rss, stateBytes, changelogBytes);
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    // ---------------------------------------------------------------------------------------------- latency

    /**
     * Publishes new articles at a fixed rate and reads escalation-signals (read_committed) meanwhile. A signal's
     * as-of is the stream time of the task that emitted it, the publication time of the article that moved it; the
     * articles are published a minute of event time apart, so the as-of names the article, whose ingestion time the
     * harness noted when it made it. The first fifth of each run is left out (warm-up).
     */
    private Latency latency(Corpus corpus, String groupId, int httpPort, double fraction, double rate, long first)
            throws Exception {
        int n = (int) Math.max(1, Math.round(rate * latencySeconds));
        long[] ingested = new long[n];
        String before = scrape(httpPort);
        Properties props = new Properties();
        props.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.setProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        ConcurrentLinkedQueue<long[]> seen = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        String signalsTopic = corpus.topics().signals().name();
        var signalSerde = corpus.topics().signals().valueSerde();
        CompletableFuture<Void> reader;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(signalsTopic).stream()
                    .map(p -> new TopicPartition(signalsTopic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            reader = CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                        long received = System.currentTimeMillis();
                        if (r.value() != null) {
                            EscalationSignal s = signalSerde.deserializer().deserialize(r.topic(), r.value());
                            seen.add(new long[] {received, s.getAsOf().toEpochMilli()});
                        }
                    }
                }
            });
            Properties client = new Properties();
            client.setProperty("bootstrap.servers", kafka.bootstrapServers());
            long began = System.nanoTime();
            try (ArticlePublisher publisher = new ArticlePublisher(client, corpus.topics())) {
                for (int i = 0; i < n; i++) {
                    long due = began + (long) (i / rate * 1e9);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    Article a = corpus.generator().next(first + i, corpus.count());
                    ingested[i] = a.getIngestedAt().toEpochMilli();
                    publisher.publish(a);
                }
                publisher.flush();
            }
            double offered = n / ((System.nanoTime() - began) / 1e9);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                Lag lag = lag(groupId, corpus.topics().articles().name());
                if (lag.articlesDone() >= first + n && lag.otherLag() == 0) {
                    break;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1)); // the last committed signals reach the reader
            stop.set(true);
            reader.get(30, TimeUnit.SECONDS);
            String after = scrape(httpPort);
            long startMillis = corpus.start().toEpochMilli();
            long step = STEP.toMillis();
            int warmUp = n / 5;
            List<Long> latencies = new ArrayList<>();
            for (long[] s : seen) {
                long offset = s[1] - startMillis;
                if (offset % step == 0) {
                    long index = offset / step - first;
                    if (index >= warmUp && index < n) {
                        latencies.add(s[0] - ingested[(int) index]);
                    }
                }
            }
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            Latency l = new Latency(fraction, offered, n, sorted.length, percentile(sorted, 0.50),
                    percentile(sorted, 0.95), percentile(sorted, 0.99), histogramP99(before, after));
            log("  latency at %.0f%% (%.2f articles/s offered, %d signals): p50 %d ms, p95 %d ms, p99 %d ms; in-app p99 %s",
                    fraction * 100, offered, sorted.length, l.p50(), l.p95(), l.p99(), l.inAppP99());
            return l;
        }
    }

    private static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static final Pattern BUCKET = Pattern.compile(
            "^escmon_signal_latency_seconds_bucket\\{.*le=\"([^\"]+)\".*\\}\\s+(\\S+)$", Pattern.MULTILINE);

    /**
     * The p99 of the app's own ingestion-to-signal histogram (escmon_signal_latency_seconds) between two scrapes,
     * as the upper bound of the bucket it falls in: recorded when the signal is forwarded, before the commit.
     */
    static String histogramP99(String before, String after) {
        TreeMap<Double, Double> b = buckets(before);
        TreeMap<Double, Double> a = buckets(after);
        if (a.isEmpty()) {
            return "n/a";
        }
        double total = a.lastEntry().getValue() - b.getOrDefault(a.lastKey(), 0.0);
        if (total <= 0) {
            return "n/a";
        }
        for (Map.Entry<Double, Double> e : a.entrySet()) {
            double cumulative = e.getValue() - b.getOrDefault(e.getKey(), 0.0);
            if (cumulative >= 0.99 * total) {
                return e.getKey().isInfinite() ? "> max bucket" : "≤ " + Math.round(e.getKey() * 1000) + " ms";
            }
        }
        return "n/a";
    }

    private static TreeMap<Double, Double> buckets(String scrape) {
        TreeMap<Double, Double> out = new TreeMap<>();
        Matcher m = BUCKET.matcher(scrape);
        while (m.find()) {
            double le = m.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1));
            out.merge(le, Double.parseDouble(m.group(2)), Double::sum);
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- report

    private void printRow(Row r) {
        log("row: %,d articles, %s: ceiling %s, pipeline %s", r.articles(), r.dictionary(), rate(r.ceiling()),
                rate(r.pipeline()));
    }

    private String markdown(List<Row> rows, String startedAt, double seconds) {
        StringBuilder md = new StringBuilder();
        md.append("### Results").append(label.isBlank() ? "" : " (" + label + ")").append(", run started ")
                .append(startedAt).append(", took ").append(String.format(Locale.ROOT, "%.0f s", seconds)).append("\n\n");
        md.append("Machine: ").append(machine()).append("\n\n");
        md.append("Command:\n\n```\n").append(command()).append("\n```\n\n");
        if (!rows.isEmpty()) {
            md.append("| articles | dictionary | ceiling: EOS passthrough, articles/s | pipeline, articles/s | pipeline, MB/s "
                    + "| pipeline / ceiling | app CPU ms per article, passthrough / pipeline "
                    + "| broker CPU ms per article, passthrough / pipeline | records written per article, passthrough / pipeline "
                    + "| repartition records per article "
                    + "| heap after GC | RSS | state folder | changelog KB written per article | load avg at start |\n");
            md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        }
        for (Row r : rows) {
            Throughput c = r.ceiling();
            Throughput p = r.pipeline();
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s / %s | %s / %s | %s / %s | %s | %s | %s | %s | %s | %.1f |%n",
                    r.articles(), r.dictionary(), rate(c), rate(p),
                    p.measured() ? String.format(Locale.ROOT, "%.1f", p.megabytesPerSecond()) : "",
                    c.measured() && p.measured() ? String.format(Locale.ROOT, "%.2f", p.articlesPerSecond() / c.articlesPerSecond()) : "",
                    c.measured() ? String.format(Locale.ROOT, "%.2f", c.cpuMillisPerArticle()) : "",
                    p.measured() ? String.format(Locale.ROOT, "%.2f", p.cpuMillisPerArticle()) : "",
                    c.measured() ? String.format(Locale.ROOT, "%.2f", c.brokerCpuMillisPerArticle()) : "",
                    p.measured() ? String.format(Locale.ROOT, "%.2f", p.brokerCpuMillisPerArticle()) : "",
                    c.measured() ? String.format(Locale.ROOT, "%.1f", c.recordsPerArticle()) : "",
                    p.measured() ? String.format(Locale.ROOT, "%.1f", p.recordsPerArticle()) : "",
                    p.measured() ? String.format(Locale.ROOT, "%.0f", p.deltasPerArticle()) : "",
                    r.footprint() == null ? "" : mib(r.footprint().heapAfterGc()),
                    r.footprint() == null ? "" : mib(r.footprint().rss()),
                    r.footprint() == null ? "" : mib(r.footprint().stateBytes()),
                    r.footprint() == null ? "" : String.format(Locale.ROOT, "%,.0f",
                            r.footprint().changelogBytes() / 1024.0 / r.articles()), r.load1()));
        }
        if (!fanOutRuns.isEmpty()) {
            md.append("\nThe passthrough again, writing each article as N records of the given size instead of once (same "
                    + "exactly-once settings, no analysis): what Kafka Streams and the broker alone cost per record written:"
                    + "\n\n");
            md.append("| articles | records per article | bytes per record | articles/s | against the ceiling "
                    + "| app CPU ms per article | broker CPU ms per article | records written per article |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (FanOut f : fanOutRuns) {
                Throughput t = f.run();
                Throughput c = f.ceiling();
                md.append(String.format(Locale.ROOT, "| %,d | %d | %d | %s | %s | %s | %s | %s |%n", f.articles(),
                        f.records(), f.bytes(), rate(t),
                        c.measured() && t.measured() ? String.format(Locale.ROOT, "%.2f", t.articlesPerSecond() / c.articlesPerSecond()) : "",
                        t.measured() ? String.format(Locale.ROOT, "%.2f", t.cpuMillisPerArticle()) : "",
                        t.measured() ? String.format(Locale.ROOT, "%.2f", t.brokerCpuMillisPerArticle()) : "",
                        t.measured() ? String.format(Locale.ROOT, "%.1f", t.recordsPerArticle()) : ""));
            }
        }
        boolean anyLatency = rows.stream().anyMatch(r -> !r.latencies().isEmpty());
        if (anyLatency) {
            md.append("\nLatency from article ingestion to the escalation-signals update it caused, as seen by a "
                    + "read_committed consumer (ms); in-app p99: the app's escmon_signal_latency histogram, before the "
                    + "commit (bucket bound):\n\n");
            md.append("| articles | dictionary | offered load | articles/s offered | articles sent | articles measured "
                    + "| signals measured | p50 | p95 | p99 | in-app p99 |\n");
            md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Row r : rows) {
                for (Latency l : r.latencies()) {
                    md.append(String.format(Locale.ROOT, "| %,d | %s | %.0f%% | %s | %,d | %,d | %,d | %d | %d | %d | %s |%n",
                            r.articles(), r.dictionary(), l.fraction() * 100, perSecond(l.offered()), l.articles(),
                            l.articles() - l.articles() / 5, l.signals(), l.p50(), l.p95(), l.p99(), l.inAppP99()));
                }
            }
        }
        return md.toString();
    }

    private static String rate(Throughput t) {
        return t.measured() ? perSecond(t.articlesPerSecond()) : t.note();
    }

    private static String perSecond(double rate) {
        return String.format(Locale.ROOT, rate < 10 ? "%.2f" : "%,.0f", rate);
    }

    private String command() {
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return "java " + String.join(" ", jvm) + (jvm.isEmpty() ? "" : " ")
                + "-cp benchmarks/target/benchmarks.jar " + PipelineBenchmark.class.getName() + " "
                + commandArgs.stream().map(a -> a.matches("[\\w.,:/=+-]+") ? a : "'" + a + "'")
                .collect(Collectors.joining(" "));
    }

    private static String machine() {
        String cpu = "?";
        String memory = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> mib(Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024)).orElse("?");
        } catch (IOException | UncheckedIOException e) {
            // not Linux: leave the question marks
        }
        return String.format(Locale.ROOT, "%d cores (%s), %s RAM, %s %s, Java %s (%s); broker, harness and app on this box",
                Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static double load1() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%,.0f MiB", bytes / 1048576.0);
    }

    private void tail(String name) {
        Path logFile = work.resolve(name + ".log");
        try {
            List<String> lines = Files.readAllLines(logFile);
            System.err.println("--- last lines of " + logFile);
            lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.err::println);
        } catch (IOException e) {
            System.err.println("no log at " + logFile);
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("[%s] %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    /** Recursive delete of the harness's temporary folders. */
    private static final class EmbeddedKafkaFiles {
        static void delete(Path path) throws IOException {
            if (path == null || !Files.exists(path)) {
                return;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
