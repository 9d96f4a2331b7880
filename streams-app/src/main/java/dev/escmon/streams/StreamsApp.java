package dev.escmon.streams;

import dev.escmon.avro.SingleObjectSerde;
import dev.escmon.avro.TopicSchemaStore;
import dev.escmon.avro.Topics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import org.apache.avro.Schema;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.escmon.avro.Level;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.config.MeterFilter;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Wiring and lifecycle of the Kafka Streams client: topics, topology, exception policy, start and a clean,
 * bounded shutdown.
 */
public final class StreamsApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);
    /** Replace a failed stream thread, unless threads keep failing: then stop this client for an operator. */
    private static final int MAX_THREAD_REPLACEMENTS = 3;
    private static final Duration REPLACEMENT_WINDOW = Duration.ofMinutes(10);

    private final AppSettings settings;
    private final DictionaryHolder dictionary;
    private final Deque<Long> replacements = new ArrayDeque<>();
    private final Object stateMonitor = new Object();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> binders = new ArrayList<>();
    private MultiGauge topActors;
    private KafkaStreams streams;
    private Topology topology;
    private HttpApi http;
    private TopicSchemaStore schemaStore;
    private boolean closed;

    public StreamsApp(AppSettings settings, DictionaryHolder dictionary) {
        this.settings = settings;
        this.dictionary = dictionary;
    }

    public Topics topics() {
        return settings.topics();
    }

    public void start() throws InterruptedException {
        Topics configured = settings.topics();
        TopicAdmin.ensureTopics(settings.clientProperties(), configured, settings.partitions(),
                settings.replicationFactor());
        // read records whose writer schema is newer than this build (published by their producer), and publish
        // this build's output schemas so older readers of the outputs can do the same (in registry mode the
        // public topics' schemas live in the registry instead; internal topics stay single-object)
        schemaStore = new TopicSchemaStore(settings.clientProperties(), configured.schemas());
        Topics topics = configured.withWriterSchemas(schemaStore);
        for (var output : List.of(topics.actorCounts(), topics.signals(), topics.alerts())) {
            if (output.valueSerde() instanceof SingleObjectSerde<?> serde) {
                schemaStore.publish(serde.schema());
            }
        }
        // repartition and changelog values: during a rolling upgrade an older instance reads what a newer one wrote
        for (Schema internal : EscalationTopology.internalSchemas()) {
            schemaStore.publish(internal);
        }
        requireRegisteredSchemas(topics);
        bindJvmMetrics();
        try {
            http = new HttpApi(settings.httpBindHost(), settings.httpPort(), registry, this::refreshTopActors);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + settings.httpBindHost() + ":" + settings.httpPort()
                    + " for HTTP (set http.port): " + e.getMessage(), e);
        }
        HostInfo self = new HostInfo(settings.httpAdvertisedHost(), http.port());
        Properties props = settings.streamsProperties();
        props.putIfAbsent(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        ReorderConfig reorder = ReorderConfig.from(settings.all(),
                TopicAdmin.partitionCount(settings.clientProperties(), configured.articles().name()));
        topology = EscalationTopology.build(topics, dictionary, new PipelineMetrics(registry),
                EscalationConfig.from(settings.all()), reorder);
        LOG.info("topology:\n{}", topology.describe());
        streams = new KafkaStreams(topology, props);
        DeadLetters.useRegistry(registry);
        topActors = MultiGauge.builder("escmon.top.actor.mentions")
                .description("Mentions of this instance's ten most mentioned actors per horizon (bounded: 10 rows a horizon)")
                .register(registry);
        for (Level level : new Level[] {Level.WATCH, Level.WARNING, Level.CRITICAL}) {
            Gauge.builder("escmon.subjects", () -> subjectsAt(level))
                    .description("Subjects (actors, pairs, country pairs) at a level, on this instance")
                    .tag("level", level.name()).register(registry);
        }
        // Kafka Streams reports RocksDB's number-open-files as -1 at DEBUG recording level, which a Prometheus
        // counter refuses: every scrape would fail
        registry.config().meterFilter(MeterFilter.denyNameStartsWith("kafka.stream.state.number.open.files"));
        // Kafka registers task and store metrics when tasks are assigned; look for new ones every 10 s, not 60 s
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams, List.of(),
                Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "escmon-kafka-metrics-refresh");
                    t.setDaemon(true);
                    return t;
                }), Duration.ofSeconds(10));
        streamsMetrics.bindTo(registry);
        binders.add(streamsMetrics);
        http.attach(streams, HostInfo.buildFromEndpoint(props.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG)),
                dictionary);
        LOG.info("HTTP on port {}: /metrics /health/live /health/ready /api/actors/top /api/actors/{{id}}", http.port());
        streams.setUncaughtExceptionHandler(this::onUncaught);
        streams.setStateListener((now, before) -> {
            LOG.info("streams state {} -> {}", before, now);
            synchronized (stateMonitor) {
                stateMonitor.notifyAll();
            }
        });
        streams.start();
    }

    /**
     * Registry mode without auto-registration: refuse to start while a value artifact is missing, rather than
     * fail on the first record written.
     */
    private static void requireRegisteredSchemas(Topics topics) throws InterruptedException {
        if (topics.registry() == null || topics.registry().autoRegister()) {
            return;
        }
        List<String> missing;
        try {
            missing = new SchemaRegistrar(topics.registry()).missingArtifacts(topics.valueSchemas().keySet());
        } catch (IOException e) {
            throw new IllegalStateException("cannot check the schemas in the registry: " + e.getMessage(), e);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("schema registry " + topics.registry().apiUrl() + " has no " + missing
                    + " (auto-registration is off): run `escmon register-schemas` first");
        }
        LOG.info("registry mode: values in the Confluent wire format through {}", topics.registry().apiUrl());
    }

    private StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse onUncaught(Throwable error) {
        long now = System.currentTimeMillis();
        synchronized (replacements) {
            while (!replacements.isEmpty() && replacements.peekFirst() < now - REPLACEMENT_WINDOW.toMillis()) {
                replacements.removeFirst();
            }
            if (replacements.size() >= MAX_THREAD_REPLACEMENTS) {
                LOG.error("stream thread failed {} times within {}; shutting this client down", replacements.size() + 1,
                        REPLACEMENT_WINDOW, error);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
            replacements.addLast(now);
        }
        LOG.error("stream thread failed; replacing it", error);
        return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    private void bindJvmMetrics() {
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /** Re-reads the ten most mentioned actors per horizon from this instance's store, before each scrape. */
    private void refreshTopActors() {
        KafkaStreams s = streams;
        MultiGauge gauge = topActors;
        if (s == null || gauge == null || s.state() != KafkaStreams.State.RUNNING) {
            return;
        }
        try {
            ReadOnlyKeyValueStore<String, dev.escmon.avro.internal.MentionAggregate> totals = s.store(
                    StoreQueryParameters.fromNameAndType(EscalationTopology.ACTOR_TOTALS_STORE,
                            QueryableStoreTypes.<String, dev.escmon.avro.internal.MentionAggregate>keyValueStore()));
            java.util.Map<String, java.util.List<java.util.Map.Entry<String, Long>>> byHorizon = new java.util.HashMap<>();
            try (KeyValueIterator<String, dev.escmon.avro.internal.MentionAggregate> it = totals.all()) {
                while (it.hasNext()) {
                    var kv = it.next();
                    int bar = kv.key.lastIndexOf('|');
                    if (bar > 0 && kv.value.getMentions() > 0) {
                        byHorizon.computeIfAbsent(kv.key.substring(bar + 1), h -> new ArrayList<>())
                                .add(java.util.Map.entry(kv.key.substring(0, bar), kv.value.getMentions()));
                    }
                }
            }
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            byHorizon.forEach((horizon, actors) -> {
                actors.sort(java.util.Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()));
                for (var e : actors.subList(0, Math.min(10, actors.size()))) {
                    ActorDirectory.ActorInfo info = dictionary.lookup(e.getKey());
                    rows.add(MultiGauge.Row.of(io.micrometer.core.instrument.Tags.of("horizon", horizon, "actor",
                            info == null ? e.getKey() : info.name()), e.getValue()));
                }
            });
            gauge.register(rows, true);
        } catch (RuntimeException notQueryableNow) {
            LOG.debug("top actors not refreshed: {}", notQueryableNow.getMessage());
        }
    }

    /** Subjects at a level in this instance's stores; NaN while the stores cannot be queried. */
    private double subjectsAt(Level level) {
        KafkaStreams s = streams;
        if (s == null || s.state() != KafkaStreams.State.RUNNING) {
            return Double.NaN;
        }
        try {
            ReadOnlyKeyValueStore<String, Integer> active = s.store(StoreQueryParameters.fromNameAndType(
                    EscalationTopology.SIGNALS_ACTIVE_STORE, QueryableStoreTypes.<String, Integer>keyValueStore()));
            long n = 0;
            try (KeyValueIterator<String, Integer> it = active.all()) {
                while (it.hasNext()) {
                    if (it.next().value == level.ordinal()) {
                        n++;
                    }
                }
            }
            return n;
        } catch (RuntimeException notQueryableNow) {
            return Double.NaN;
        }
    }

    /** Port of the HTTP endpoints (useful when http.port=0). */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public KafkaStreams.State state() {
        return streams == null ? KafkaStreams.State.CREATED : streams.state();
    }

    /** Waits, without polling, until the client is RUNNING; false if it failed or the time ran out. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (stateMonitor) {
            while (true) {
                KafkaStreams.State s = state();
                if (s == KafkaStreams.State.RUNNING) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING || left <= 0) {
                    return false;
                }
                stateMonitor.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /**
     * Idempotent and serialised: {@code run} closes from its shutdown hook and again as its main thread leaves
     * the try-with-resources, and two unsynchronised closes raced on the binder list.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (streams != null) {
            // Leave the group on a clean stop so a restart is assigned at once instead of waiting out the
            // session timeout; with static membership (group.instance.id) staying is the point, so stay.
            boolean staticMember = settings.streamsProperties().getProperty("group.instance.id") != null
                    || settings.streamsProperties().getProperty("main.consumer.group.instance.id") != null;
            streams.close(CloseOptions.groupMembershipOperation(staticMember
                            ? CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP
                            : CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(30)));
            streams = null;
        }
        for (AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception e) {
                LOG.warn("closing metrics binder {}: {}", binder, e.getMessage());
            }
        }
        binders.clear();
        if (http != null) {
            http.close();
            http = null;
        }
        if (schemaStore != null) {
            schemaStore.close();
            schemaStore = null;
        }
        registry.close();
    }
}
