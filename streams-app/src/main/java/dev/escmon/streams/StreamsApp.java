package dev.escmon.streams;

import dev.escmon.avro.Topics;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
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
    private KafkaStreams streams;
    private Topology topology;

    public StreamsApp(AppSettings settings, DictionaryHolder dictionary) {
        this.settings = settings;
        this.dictionary = dictionary;
    }

    public Topics topics() {
        return settings.topics();
    }

    public void start() throws InterruptedException {
        Topics topics = settings.topics();
        TopicAdmin.ensureTopics(settings.clientProperties(), topics, settings.partitions(), settings.replicationFactor());
        topology = EscalationTopology.build(topics, dictionary);
        LOG.info("topology:\n{}", topology.describe());
        streams = new KafkaStreams(topology, settings.streamsProperties());
        streams.setUncaughtExceptionHandler(this::onUncaught);
        streams.setStateListener((now, before) -> {
            LOG.info("streams state {} -> {}", before, now);
            synchronized (stateMonitor) {
                stateMonitor.notifyAll();
            }
        });
        streams.start();
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

    @Override
    public void close() {
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
    }
}
