package dev.escmon.bench;

import dev.escmon.recognition.Dictionary;
import dev.escmon.recognition.DictionaryExtractor;
import dev.escmon.recognition.TextNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extraction throughput on one core: the Aho–Corasick engine with dictionaries of about 200, 20,000 and
 * 200,000 aliases, against a naive one-regex-per-alias baseline in the same run. One operation extracts every
 * article of the evaluation corpus; the table converts operations per second into MB/s of UTF-8 text.
 *
 * <pre>./mvnw -B -q -Pbench -DskipTests package && java -jar benchmarks/target/benchmarks.jar [PATTERN [ALIASES,...]]</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class RecognitionBenchmarks {
    static final Instant WHEN = Instant.parse("2025-06-01T00:00:00Z");

    @State(Scope.Benchmark)
    public static class Engine {
        @Param({"200", "20000", "200000"})
        public int aliases;
        List<String[]> articles;
        DictionaryExtractor extractor;

        @Setup(Level.Trial)
        public void setUp() {
            articles = BenchData.articles();
            extractor = new DictionaryExtractor(BenchData.withAliases(aliases));
        }
    }

    @State(Scope.Benchmark)
    public static class Baseline {
        @Param({"200", "20000"})
        public int aliases;
        List<String[]> articles;
        List<Pattern> patterns;

        @Setup(Level.Trial)
        public void setUp() {
            articles = BenchData.articles();
            patterns = new ArrayList<>();
            Dictionary d = BenchData.withAliases(aliases);
            for (Dictionary.Actor a : d.actors()) {
                a.aliases().values().forEach(list -> list.forEach(alias -> patterns.add(
                        Pattern.compile("\\b" + Pattern.quote(TextNormalizer.fold(alias)) + "\\b"))));
            }
        }
    }

    @Benchmark
    public int ahoCorasick(Engine state) {
        int found = 0;
        for (String[] a : state.articles) {
            found += state.extractor.extract(a[0], a[1], a[2], WHEN).actors().size();
        }
        return found;
    }

    /** One regular expression per alias over the same normalised text: what the automaton replaces. */
    @Benchmark
    public int regexPerAlias(Baseline state) {
        int found = 0;
        for (String[] a : state.articles) {
            String text = TextNormalizer.normalize(a[0] + "\n\n" + a[1]).folded();
            for (Pattern p : state.patterns) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found++;
                }
            }
        }
        return found;
    }

    /** Runs every benchmark, or those matching {@code args[0]} (a JMH include pattern), then prints the table. */
    public static void main(String[] args) throws Exception {
        String include = args.length > 0 ? args[0] : RecognitionBenchmarks.class.getSimpleName();
        OptionsBuilder builder = new OptionsBuilder();
        builder.include(include);
        if (args.length > 1) {
            builder.param("aliases", args[1].split(","));
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        double megabytes = BenchData.bytes(BenchData.articles()) / 1e6;
        System.out.printf("%n%d articles, %.3f MB of UTF-8 text per operation; %s, %d cores, %s%n",
                BenchData.articles().size(), megabytes, System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        System.out.println("| engine | aliases (requested) | aliases (actual) | ops/s | MB/s per core | ± MB/s |");
        System.out.println("|---|---|---|---|---|---|");
        for (RunResult r : results) {
            String engine = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            int aliases = Integer.parseInt(r.getParams().getParam("aliases"));
            double score = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            System.out.printf("| %s | %,d | %,d | %.2f | %.1f | %.1f |%n", engine, aliases,
                    BenchData.aliasCount(BenchData.withAliases(aliases)), score, score * megabytes, error * megabytes);
        }
    }
}
