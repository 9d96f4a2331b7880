package dev.escmon.streams;

import dev.escmon.avro.internal.MentionDelta;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Downstream half of the event-time reorder, before scoring. Each repartition partition receives the mention
 * deltas of several upstream tasks (one per articles partition), interleaved by timing. This processor puts them
 * back into one order that depends only on the articles, not on timing: the deltas sorted by
 * {@code (orderTime, upstreamPartition, upstreamOffset, upstreamIndex)} (see {@link OrderStampProcessor}).
 *
 * <p>Each upstream partition's records arrive in that order, and its {@code orderTime} never decreases, so once
 * partition {@code q} has been seen at {@code orderTime = w}, nothing smaller than {@code (w, q)} can come from it.
 * A buffered record {@code (t, p, ...)} is therefore final, and is released, when for every other upstream
 * partition {@code q}: {@code (t, p) < (w_q, q)}. What is released is always a prefix of the buffer, in order, so
 * the sequence of records the scorer sees is the sorted sequence of all records, however they were interleaved.
 * With one upstream partition every record is final on arrival and passes straight through.
 *
 * <p>An upstream partition that stays idle would hold everything back, so a wall-clock punctuation also releases
 * the buffer, in order, when this task's input has been quiet for {@code maxWait} (no upstream task is sending to
 * it: the end of a backlog, or a quiet live feed) and every upstream partition has been heard from, and releases a
 * record held longer than {@code maxHold} (one upstream partition silent while the others are busy, or one never
 * heard from). That is the only wall-clock dependence:
 * a replay whose upstream tasks all keep up within {@code maxHold} of each other releases by watermarks alone until
 * its input ends, and then everything left, in order.
 *
 * <p>The buffer (key: the sort key, big-endian, so the store iterates in order) and the per-partition watermarks
 * are logged stores; how long a record has waited, and the first {@link #VALUES_IN_MEMORY} buffered records
 * themselves, are kept in memory (rebuilt from the store, with the wait counted from the task's start, after a
 * restart or a move).
 *
 * <p>Releasing is bounded in time: one call (a record's {@code process} or a punctuation) releases for at most
 * {@link #RELEASE_BUDGET} and leaves the rest, still in order, to the next call. A replay whose upstream tasks drift
 * apart can make tens of thousands of records final at once, and scoring them in one call outlasted the
 * exactly-once transaction timeout (10 s, Kafka Streams' default): the broker aborted the transaction, the thread was
 * fenced, the task closed dirty and restored its state from the changelog, and did the same again after the restore
 * (the 1,000,000-article pipeline benchmark, docs/PERFORMANCE.md).
 */
final class ReorderProcessor implements Processor<String, MentionDelta, String, MentionDelta> {
    private static final Logger LOG = LoggerFactory.getLogger(ReorderProcessor.class);
    static final long UNKNOWN = Long.MIN_VALUE;

    private final String bufferStoreName;
    private final String watermarkStoreName;
    private final int upstreamPartitions;
    private final Duration maxWait;
    private final Duration maxHold;
    private final int quietPunctuationsNeeded;
    private boolean inputSinceLastPunctuation;
    private int quietPunctuations;
    private final PipelineMetrics metrics;
    private final PipelineActivity activity;
    private long activitySeen;
    private ProcessorContext<String, MentionDelta> context;
    private KeyValueStore<Bytes, MentionDelta> buffer;
    private KeyValueStore<Integer, Long> watermarks;
    /** Per upstream partition, the largest orderTime seen (a cache of the watermark store). */
    private long[] frontier;
    /**
     * Buffered keys, in order, with the wall-clock time they were buffered (or the task started) and, for the first
     * {@link #VALUES_IN_MEMORY} of them, the record itself, so that releasing it does not read it back from RocksDB.
     */
    private final TreeMap<Bytes, Held> waiting = new TreeMap<>();
    private int valuesInMemory;
    /** At most this many buffered records are also kept decoded in memory (about 1 KB each). */
    static final int VALUES_IN_MEMORY = 20_000;
    /** Longest one call releases records for (at least one record is released per call, so it always progresses). */
    static final Duration RELEASE_BUDGET = Duration.ofMillis(500);
    private final long releaseBudgetNanos;
    /** The last key of a forced release (quiet input or max hold) that a call left unfinished, or null. */
    private Bytes owedThrough;
    /** Why that release was forced ({@code quiet} or {@code held}), for its metric. */
    private String owedReason;

    private static final class Held {
        final long since;
        MentionDelta value;

        Held(long since, MentionDelta value) {
            this.since = since;
            this.value = value;
        }
    }

    ReorderProcessor(String bufferStoreName, String watermarkStoreName, int upstreamPartitions, Duration maxWait,
                     Duration maxHold, PipelineMetrics metrics, PipelineActivity activity) {
        this(bufferStoreName, watermarkStoreName, upstreamPartitions, maxWait, maxHold, metrics, activity,
                RELEASE_BUDGET);
    }

    /** @param releaseBudget longest one call releases records for (tests pass zero: one record a call) */
    ReorderProcessor(String bufferStoreName, String watermarkStoreName, int upstreamPartitions, Duration maxWait,
                     Duration maxHold, PipelineMetrics metrics, PipelineActivity activity, Duration releaseBudget) {
        if (upstreamPartitions < 1) {
            throw new IllegalArgumentException("upstream partitions must be at least 1, not " + upstreamPartitions);
        }
        this.bufferStoreName = bufferStoreName;
        this.watermarkStoreName = watermarkStoreName;
        this.upstreamPartitions = upstreamPartitions;
        this.maxWait = maxWait;
        this.maxHold = maxHold;
        this.quietPunctuationsNeeded = (int) Math.max(1, -Math.floorDiv(-maxWait.toMillis(), interval(maxWait)));
        this.metrics = metrics;
        this.activity = activity;
        this.releaseBudgetNanos = releaseBudget.toNanos();
    }

    @Override
    public void init(ProcessorContext<String, MentionDelta> context) {
        this.context = context;
        this.buffer = context.getStateStore(bufferStoreName);
        StoreCaches.skipDeletesOfUnwrittenKeys(buffer);
        this.watermarks = context.getStateStore(watermarkStoreName);
        this.frontier = new long[upstreamPartitions];
        Arrays.fill(frontier, UNKNOWN);
        try (KeyValueIterator<Integer, Long> it = watermarks.all()) {
            while (it.hasNext()) {
                KeyValue<Integer, Long> kv = it.next();
                frontier = widen(frontier, kv.key);
                frontier[kv.key] = kv.value;
            }
        }
        long now = context.currentSystemTimeMs();
        waiting.clear();
        valuesInMemory = 0;
        owedThrough = null;
        try (KeyValueIterator<Bytes, MentionDelta> it = buffer.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, MentionDelta> kv = it.next();
                hold(kv.key, kv.value, now);
            }
        }
        inputSinceLastPunctuation = false;
        quietPunctuations = 0;
        activitySeen = activity.records();
        context.schedule(Duration.ofMillis(interval(maxWait)), PunctuationType.WALL_CLOCK_TIME, this::releaseOverdue);
    }

    private static long interval(Duration maxWait) {
        return Math.max(50, Math.min(maxWait.toMillis() / 4, 1000));
    }

    @Override
    public void process(Record<String, MentionDelta> record) {
        inputSinceLastPunctuation = true;
        activity.touch();
        MentionDelta delta = record.value();
        if (delta == null || delta.getUpstreamPartition() < 0) {
            // written by a version without ordering stamps (rolling upgrade): nothing to order it by
            if (delta != null && !OrderStampProcessor.isWatermark(delta)) {
                context.forward(record);
            }
            return;
        }
        int p = delta.getUpstreamPartition();
        long t = delta.getOrderTime();
        if (p >= frontier.length || t > frontier[p]) {
            frontier = widen(frontier, p);
            frontier[p] = t;
            if (frontier.length > 1) {
                watermarks.put(p, t);
            }
            releaseReady();
        }
        if (OrderStampProcessor.isWatermark(delta)) {
            return;
        }
        if (waiting.isEmpty() && releasable(t, p)) {
            context.forward(record); // final on arrival, nothing before it waits: the one-partition case
            return;
        }
        Bytes key = key(delta);
        buffer.put(key, delta);
        hold(key, delta, context.currentSystemTimeMs());
        if (releasable(t, p)) {
            releaseReady();
        }
    }

    /** Whether nothing smaller than {@code (t, p)} can still come from another upstream partition. */
    private boolean releasable(long t, int p) {
        for (int q = 0; q < frontier.length; q++) {
            if (q == p) {
                continue;
            }
            long w = frontier[q];
            if (w == UNKNOWN || !(t < w || t == w && p < q)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Releases, in order, the buffered records that are final: always a prefix of the buffer. Walks the in-memory
     * index of buffered keys and takes each released value from memory (or, past {@link #VALUES_IN_MEMORY}, from
     * the store by key): iterating the store from its start instead
     * re-read every tombstone of the records released before (until RocksDB compacts them), which made the
     * stage's cost grow with the number of records it had passed (the pipeline benchmark: 3x the CPU per article).
     */
    private void releaseReady() {
        long start = System.nanoTime();
        boolean any = false;
        while (!waiting.isEmpty()) {
            Bytes first = waiting.firstKey();
            if (!releasable(orderTime(first), upstreamPartition(first))) {
                return;
            }
            if (any && System.nanoTime() - start >= releaseBudgetNanos) {
                return; // the rest at the next record or punctuation
            }
            release(first);
            any = true;
        }
    }

    /**
     * Releases the buffered records up to and including {@code last}, in order, for at most the budget; what is
     * left is owed to the next punctuation.
     *
     * @return how many were released
     */
    private int releaseThrough(Bytes last) {
        long start = System.nanoTime();
        int released = 0;
        while (!waiting.isEmpty() && waiting.firstKey().compareTo(last) <= 0) {
            if (released > 0 && System.nanoTime() - start >= releaseBudgetNanos) {
                owedThrough = last;
                return released;
            }
            release(waiting.firstKey());
            released++;
        }
        owedThrough = null;
        return released;
    }

    private void hold(Bytes key, MentionDelta value, long since) {
        boolean keep = valuesInMemory < VALUES_IN_MEMORY;
        Held previous = waiting.put(key, new Held(since, keep ? value : null));
        valuesInMemory += (keep ? 1 : 0) - (previous != null && previous.value != null ? 1 : 0);
    }

    /**
     * Wall-clock escape, the only one: when this task's input has been quiet for {@code maxWait} (counted in
     * punctuations that found no input since the one before, here or anywhere in this instance's pipeline, so a
     * stalled thread, a thread busy with another task's backlog or a task that has just started does not count as
     * quiet), no upstream partition is sending anything here, and everything buffered is released
     * in order, provided every upstream partition has been heard from; and a record held {@code maxHold} while input keeps coming (an upstream partition silent while the
     * others are busy) is released with every record before it.
     */
    private void releaseOverdue(long now) {
        long seen = activity.records();
        boolean active = seen != activitySeen;
        activitySeen = seen;
        if (inputSinceLastPunctuation || active) {
            inputSinceLastPunctuation = false;
            quietPunctuations = 0;
        } else {
            quietPunctuations++;
        }
        if (waiting.isEmpty()) {
            owedThrough = null;
            return;
        }
        if (owedThrough != null) {
            // a forced release the previous call left unfinished: its records were already due
            metrics.reorderForced(owedReason, releaseThrough(owedThrough));
            if (owedThrough != null) {
                return;
            }
        }
        releaseReady(); // final records a call left for later, when no new record comes to release them
        if (waiting.isEmpty()) {
            return;
        }
        Bytes last = null;
        // an articles partition never heard from is more likely a task still starting (a replay's first seconds)
        // than an empty partition: only the max hold releases records that wait for it
        boolean quiet = quietPunctuations >= quietPunctuationsNeeded
                && Arrays.stream(frontier).noneMatch(w -> w == UNKNOWN);
        if (quiet) {
            last = waiting.lastKey();
        } else {
            for (Map.Entry<Bytes, Held> e : waiting.entrySet()) {
                if (now - e.getValue().since >= maxHold.toMillis()) {
                    last = e.getKey();
                }
            }
        }
        if (last == null) {
            return;
        }
        owedReason = quiet ? "quiet" : "held";
        int released = releaseThrough(last);
        // counted only for the log line, and only when the budget left some: counting walks the map
        int due = owedThrough == null ? released : released + waiting.headMap(last, true).size();
        metrics.reorderForced(owedReason, released);
        if (quiet) {
            LOG.debug("input quiet for {}: released {} of the {} buffered records; upstream partitions at {}", maxWait,
                    released, due, Arrays.toString(frontier));
        } else {
            // records released while input flows: their order depended on timing
            LOG.info("released {} of {} records held for {} while input kept coming; upstream partitions at {}",
                    released, due, maxHold, Arrays.toString(frontier));
        }
    }

    private void release(Bytes key) {
        Held held = waiting.remove(key);
        MentionDelta value = held.value;
        if (value != null) {
            valuesInMemory--;
        } else {
            value = buffer.get(key);
        }
        buffer.delete(key);
        context.forward(new Record<>(value.getActorId(), value, value.getEventTime()));
    }

    private static long[] widen(long[] frontier, int partition) {
        if (partition < frontier.length) {
            return frontier;
        }
        // more upstream partitions than configured: wait for the new one too
        long[] wider = Arrays.copyOf(frontier, partition + 1);
        Arrays.fill(wider, frontier.length, wider.length, UNKNOWN);
        return wider;
    }

    /** The sort key: orderTime, upstream partition, offset, index, each big-endian (all are non-negative). */
    static Bytes key(MentionDelta d) {
        return Bytes.wrap(ByteBuffer.allocate(24).putLong(d.getOrderTime()).putInt(d.getUpstreamPartition())
                .putLong(d.getUpstreamOffset()).putInt(d.getUpstreamIndex()).array());
    }

    static long orderTime(Bytes key) {
        return ByteBuffer.wrap(key.get()).getLong(0);
    }

    static int upstreamPartition(Bytes key) {
        return ByteBuffer.wrap(key.get()).getInt(8);
    }
}
