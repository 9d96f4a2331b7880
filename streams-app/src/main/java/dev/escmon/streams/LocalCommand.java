package dev.escmon.streams;

import dev.escmon.avro.ActorCount;
import dev.escmon.avro.Topics;
import dev.escmon.producer.ArticlePublisher;
import dev.escmon.producer.ArticleReader;
import dev.escmon.producer.Progress;
import dev.escmon.producer.PublishRun;
import dev.escmon.recognition.DictionaryLoader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import dev.escmon.avro.EscalationAlert;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Everything on this machine, no Docker: an embedded Kafka broker (KRaft), the streams app,",
                "the bundled sample corpus published, and a live table of top actors per horizon. Ctrl-C stops it.",
                "Data is kept in --data-dir, so a second run resumes without counting any article twice."})
public final class LocalCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "escmon-data",
            description = "Broker log, app state and logs (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "9092",
            description = "Broker port for other clients, e.g. kcat -b localhost:PORT (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--controller-port", paramLabel = "PORT", defaultValue = "9093",
            description = "KRaft controller port (default: ${DEFAULT-VALUE}).")
    int controllerPort;

    @Option(names = "--top", paramLabel = "N", defaultValue = "8", description = "Rows per horizon (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--no-sample", description = "Do not publish the bundled sample corpus.")
    boolean noSample;

    @Option(names = "--exit-when-idle", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop once no count changed for this long after the corpus was processed (0 = run until Ctrl-C).")
    int exitWhenIdle;

    @Option(names = "--config", paramLabel = "FILE", description = "Extra app settings (properties).")
    Path configFile;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "7070",
            description = "Port of the HTTP endpoints (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int httpPort;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile KafkaConsumer<String, byte[]> consumer;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        long started = System.nanoTime();
        for (int p : httpPort == 0 ? new int[] {port, controllerPort} : new int[] {port, controllerPort, httpPort}) {
            if (!EmbeddedKafka.portFree(p)) {
                System.err.printf("escmon local: port %d is in use (another escmon local, or a Kafka broker?); "
                        + "stop it or choose --port / --controller-port / --http-port%n", p);
                return 2;
            }
        }
        out.printf("escmon local: starting an embedded Kafka broker on localhost:%d (data in %s)%n", port,
                dataDir.toAbsolutePath());
        try (EmbeddedKafka kafka = EmbeddedKafka.startPersistent(dataDir.resolve("kafka"), port, controllerPort)) {
            Map<String, String> overrides = new HashMap<>();
            overrides.put("bootstrap.servers", kafka.bootstrapServers());
            overrides.put("application.id", "escmon-local");
            overrides.put("state.dir", dataDir.resolve("state").toAbsolutePath().toString());
            // One partition: the corpus is published in one burst, and escalation levels are evaluated in arrival
            // order per subject; with several partitions a burst interleaves them far apart in event time.
            overrides.put(AppSettings.TOPICS_PARTITIONS, "1");
            overrides.put(AppSettings.TOPICS_REPLICATION, "1");
            overrides.put("commit.interval.ms", "200");
            overrides.put(AppSettings.HTTP_PORT, String.valueOf(httpPort));
            overrides.put(AppSettings.HTTP_BIND_HOST, "127.0.0.1");
            AppSettings settings = AppSettings.load(configFile, System.getenv(), overrides);
            DictionaryHolder dictionary = new DictionaryHolder(settings.dictionaryPath() == null
                    ? DictionaryLoader.loadDefault() : DictionaryLoader.load(settings.dictionaryPath()));
            out.printf("broker ready in %.1f s; dictionary %s (%d actors, %d cues)%n",
                    (System.nanoTime() - started) / 1e9, dictionary.dictionaryVersion(),
                    dictionary.dictionary().actors().size(), dictionary.dictionary().cues().size());
            try (StreamsApp app = new StreamsApp(settings, dictionary)) {
                Thread hook = new Thread(this::requestStop, "escmon-local-shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
                app.start();
                out.printf("HTTP on http://localhost:%d : /api/actors/top?horizon=P7D, /api/actors/{id}, /health/ready, /metrics%n",
                        app.httpPort());
                if (!noSample) {
                    publishSample(settings, app.topics(), out);
                }
                watchCounts(settings, app.topics(), out, started);
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it only wakes the consumer
                }
            }
        }
        out.println("escmon local: stopped cleanly; data kept in " + dataDir.toAbsolutePath());
        stopped.countDown();
        return 0;
    }

    private void requestStop() {
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            stopped.await(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void publishSample(AppSettings settings, Topics topics, PrintStream out) {
        try (ArticlePublisher publisher = new ArticlePublisher(settings.clientProperties(), topics)) {
            PublishRun run = new PublishRun(publisher, false, false, false, Progress.silent(), System.err);
            SampleCorpus.read(new ArticleReader(), run::accept);
            PublishRun.Summary summary = run.finish();
            out.println("sample corpus: " + summary + " to " + topics.articles().name()
                    + " (a republished article is an upsert: nothing is counted twice)");
        }
    }

    private void watchCounts(AppSettings settings, Topics topics, PrintStream out, long started) {
        Properties props = new Properties();
        props.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.get("bootstrap.servers"));
        props.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.setProperty(ConsumerConfig.CLIENT_ID_CONFIG, "escmon-local-watch");
        CountsTable table = new CountsTable();
        boolean terminal = System.console() != null;
        long lastChange = System.nanoTime();
        long lastRender = 0;
        long lastLagCheck = 0;
        long caughtUpAt = 0;
        long quietNanos = ReorderConfig.from(settings.all(), 1).maxWait().plusSeconds(1).toNanos();
        int changedThisRun = 0;
        boolean dirty = false;
        boolean first = true;
        int alerts = 0;
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
             Admin admin = Admin.create(Map.of("bootstrap.servers", settings.get("bootstrap.servers")))) {
            consumer = c;
            List<TopicPartition> partitions = new java.util.ArrayList<>();
            for (String topic : List.of(topics.actorCounts().name(), topics.alerts().name())) {
                c.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> endAtStart = c.endOffsets(partitions);
            while (true) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    if (r.topic().equals(topics.alerts().name())) {
                        EscalationAlert alert = topics.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value());
                        out.println(AlertFormat.line(alert));
                        alerts++;
                        lastChange = System.nanoTime();
                        continue;
                    }
                    table.update(r.key(), topics.actorCounts().valueSerde().deserializer().deserialize(r.topic(), r.value()));
                    dirty = true;
                    lastChange = System.nanoTime();
                    if (r.offset() >= endAtStart.get(new TopicPartition(r.topic(), r.partition()))) {
                        changedThisRun++;
                    }
                }
                long now = System.nanoTime();
                if (dirty && now - lastRender > 1_000_000_000L) {
                    if (first) {
                        out.printf("first counts after %.1f s%n", (now - started) / 1e9);
                        first = false;
                    }
                    out.print((terminal ? "\033[H\033[2J" : "\n") + table.render(top));
                    out.printf("%d actor/horizon keys on %s. Ctrl-C to stop.%n", table.size(), topics.actorCounts().name());
                    out.flush();
                    dirty = false;
                    lastRender = now;
                }
                if (caughtUpAt == 0 && now - lastLagCheck > 1_000_000_000L) {
                    lastLagCheck = now;
                    // quiet for longer than the reorder stage may hold records, and every input committed
                    if (now - lastChange > quietNanos && articlesConsumed(admin, settings, topics)) {
                        caughtUpAt = now;
                        out.printf("caught up after %.1f s: every article processed; %d actor/horizon keys, "
                                + "%d count updates from this run; %d alerts%n", (now - started) / 1e9, table.size(),
                                changedThisRun, alerts);
                        out.flush();
                    }
                }
                if (exitWhenIdle > 0 && caughtUpAt > 0 && now - Math.max(caughtUpAt, lastChange)
                        > Duration.ofSeconds(exitWhenIdle).toNanos()) {
                    return;
                }
            }
        } catch (WakeupException stop) {
            out.println("\nescmon local: stopping (streams app, then broker)...");
        } finally {
            consumer = null;
        }
    }

    /**
     * True when the app's consumer group has committed the end of every articles partition and of every partition
     * of its repartition topics (the signal and count stages read those: the articles alone being committed said
     * nothing about them).
     */
    private static boolean articlesConsumed(Admin admin, AppSettings settings, Topics topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets(settings.get("application.id")).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS);
            String appId = settings.get("application.id");
            List<String> inputs = new java.util.ArrayList<>(List.of(topics.articles().name()));
            admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(appId + "-") && t.endsWith("-repartition")).forEach(inputs::add);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(inputs).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, description) ->
                    description.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()),
                            OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(request).all()
                    .get(10, TimeUnit.SECONDS);
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : end.entrySet()) {
                OffsetAndMetadata done = committed.get(e.getKey());
                long position = done == null ? 0 : done.offset();
                if (position < e.getValue().offset()) {
                    return false;
                }
            }
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
