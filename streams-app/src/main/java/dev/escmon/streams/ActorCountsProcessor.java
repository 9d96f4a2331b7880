package dev.escmon.streams;

import dev.escmon.avro.ActorCount;
import dev.escmon.avro.internal.MentionAggregate;
import dev.escmon.avro.internal.MentionDelta;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rolling counts per actor whose cost does not grow with the horizon. Mentions are summed per
 * {@link Horizon#BUCKET} (bucket store, ordered by time); each horizon keeps a running total per actor
 * (totals store). A delta is added to the bucket and to the totals of every horizon whose window holds it;
 * when stream time moves to a new bucket, the buckets leaving each window are subtracted from that
 * horizon's totals. Every contribution is thus added once and removed once per horizon, whatever the
 * window's length. Final counts do not depend on arrival order, so replays give the same state.
 */
final class ActorCountsProcessor implements Processor<String, MentionDelta, String, ActorCount> {
    private static final long BUCKET_MS = Horizon.BUCKET.toMillis();
    private static final String CLOCK_KEY = "stream-time";

    private final String bucketStoreName;
    private final String totalsStoreName;
    private final String clockStoreName;
    private final ActorDirectory directory;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, ActorCount> context;
    private KeyValueStore<Bytes, MentionAggregate> buckets;
    private KeyValueStore<String, MentionAggregate> totals;
    private KeyValueStore<String, Long> clock;

    ActorCountsProcessor(String bucketStoreName, String totalsStoreName, String clockStoreName,
                         ActorDirectory directory, PipelineMetrics metrics) {
        this.metrics = metrics;
        this.bucketStoreName = bucketStoreName;
        this.totalsStoreName = totalsStoreName;
        this.clockStoreName = clockStoreName;
        this.directory = directory;
    }

    @Override
    public void init(ProcessorContext<String, ActorCount> context) {
        this.context = context;
        this.buckets = context.getStateStore(bucketStoreName);
        this.totals = context.getStateStore(totalsStoreName);
        this.clock = context.getStateStore(clockStoreName);
    }

    @Override
    public void process(Record<String, MentionDelta> record) {
        MentionDelta delta = record.value();
        if (delta == null || !ArticleMentionsProcessor.ACTOR.equals(delta.getKind())) {
            return; // pairs and country pairs are escalation subjects, not counted actors
        }
        long eventTime = delta.getEventTime();
        Long previous = clock.get(CLOCK_KEY);
        long now = previous == null ? eventTime : Math.max(previous, eventTime);
        if (previous == null || now != previous) {
            clock.put(CLOCK_KEY, now);
        }
        long nowBucket = bucketOf(now);
        if (previous != null && nowBucket > bucketOf(previous)) {
            expire(bucketOf(previous), nowBucket, now);
        }
        long bucket = bucketOf(eventTime);
        boolean inAnyWindow = bucket > nowBucket - Horizon.longest().buckets();
        if (inAnyWindow) {
            Bytes bucketKey = bucketKey(bucket, delta.getActorId());
            MentionAggregate updated = apply(buckets.get(bucketKey), delta);
            if (isEmpty(updated)) {
                buckets.delete(bucketKey);
            } else {
                buckets.put(bucketKey, updated);
            }
        }
        for (Horizon horizon : Horizon.values()) {
            String key = totalsKey(delta.getActorId(), horizon);
            MentionAggregate total = totals.get(key);
            if (bucket > nowBucket - horizon.buckets()) {
                total = apply(total, delta);
            } else if (total != null) {
                continue; // outside this window: nothing changes
            } else {
                // first sight of the actor: every horizon gets its key, so the set of keys does not depend
                // on the order in which late mentions arrive
                total = empty();
            }
            totals.put(key, total);
            emit(delta.getActorId(), horizon, total, now);
        }
        metrics.countUpdated(delta.getIngestedAt());
    }

    /** Subtracts the buckets that left each horizon's window when stream time moved from one bucket to another. */
    private void expire(long fromBucket, long toBucket, long now) {
        for (Horizon horizon : Horizon.values()) {
            long firstLeaving = fromBucket - horizon.buckets() + 1;
            long lastLeaving = toBucket - horizon.buckets();
            Map<String, MentionAggregate> changed = new HashMap<>();
            try (KeyValueIterator<Bytes, MentionAggregate> it =
                         buckets.range(bucketPrefix(firstLeaving), bucketPrefix(lastLeaving + 1))) {
                while (it.hasNext()) {
                    KeyValue<Bytes, MentionAggregate> entry = it.next();
                    String actorId = actorOf(entry.key);
                    String key = totalsKey(actorId, horizon);
                    MentionAggregate total = changed.containsKey(actorId) ? changed.get(actorId) : totals.get(key);
                    changed.put(actorId, subtract(total, entry.value));
                }
            }
            for (Map.Entry<String, MentionAggregate> e : changed.entrySet()) {
                totals.put(totalsKey(e.getKey(), horizon), e.getValue());
                emit(e.getKey(), horizon, e.getValue(), now);
            }
        }
        purge(fromBucket - Horizon.longest().buckets() + 1, toBucket - Horizon.longest().buckets());
    }

    /**
     * Deletes the buckets from {@code firstBucket} to {@code lastBucket}, the ones that have just left the longest
     * window: every bucket before them left it on an earlier move and was deleted then (a bucket is only written
     * while inside it). The range starts there and not at the first possible bucket, because a scan from the
     * start steps over the tombstones of every bucket deleted before (until RocksDB compacts them): at one bucket
     * a minute that scan grew with the run and took half the stream thread's time at 100,000 articles.
     */
    private void purge(long firstBucket, long lastBucket) {
        List<Bytes> old = new ArrayList<>();
        try (KeyValueIterator<Bytes, MentionAggregate> it = buckets.range(bucketPrefix(firstBucket),
                bucketPrefix(lastBucket + 1))) {
            while (it.hasNext()) {
                old.add(it.next().key);
            }
        }
        old.forEach(buckets::delete);
    }

    private void emit(String actorId, Horizon horizon, MentionAggregate total, long now) {
        ActorDirectory.ActorInfo info = directory.lookup(actorId);
        long windowEnd = (bucketOf(now) + 1) * BUCKET_MS;
        ActorCount count = ActorCount.newBuilder()
                .setActorId(actorId)
                .setActorName(info == null ? actorId : info.name())
                .setActorCode(info == null ? "" : info.code())
                .setHorizon(horizon.label())
                .setWindowStart(Instant.ofEpochMilli(windowEnd - horizon.size().toMillis()))
                .setWindowEnd(Instant.ofEpochMilli(windowEnd))
                .setMentions(total.getMentions())
                .setArticles(total.getArticles())
                .setSources(total.getSources().size())
                .setConflictWeight(round(total.getConflictWeight()))
                .setCooperationWeight(round(total.getCooperationWeight()))
                .setAsOf(Instant.ofEpochMilli(now))
                .setDictionaryVersion(directory.dictionaryVersion())
                .build();
        context.forward(new Record<>(actorId + "|" + horizon.label(), count, now));
    }

    static MentionAggregate apply(MentionAggregate current, MentionDelta delta) {
        MentionAggregate base = current == null ? empty() : current;
        int sign = delta.getSign() >= 0 ? 1 : -1;
        Map<String, Long> sources = new HashMap<>(base.getSources());
        long perOutlet = sources.getOrDefault(delta.getOutlet(), 0L) + sign;
        if (perOutlet > 0) {
            sources.put(delta.getOutlet(), perOutlet);
        } else {
            sources.remove(delta.getOutlet());
        }
        return new MentionAggregate(
                Math.max(0, base.getMentions() + (long) sign * delta.getMentions()),
                Math.max(0, base.getArticles() + sign),
                Math.max(0.0, base.getConflictWeight() + sign * delta.getConflictWeight()),
                Math.max(0.0, base.getCooperationWeight() + sign * delta.getCooperationWeight()),
                sources);
    }

    static MentionAggregate subtract(MentionAggregate total, MentionAggregate leaving) {
        MentionAggregate base = total == null ? empty() : total;
        Map<String, Long> sources = new HashMap<>(base.getSources());
        leaving.getSources().forEach((outlet, n) -> {
            long left = sources.getOrDefault(outlet, 0L) - n;
            if (left > 0) {
                sources.put(outlet, left);
            } else {
                sources.remove(outlet);
            }
        });
        return new MentionAggregate(
                Math.max(0, base.getMentions() - leaving.getMentions()),
                Math.max(0, base.getArticles() - leaving.getArticles()),
                Math.max(0.0, base.getConflictWeight() - leaving.getConflictWeight()),
                Math.max(0.0, base.getCooperationWeight() - leaving.getCooperationWeight()),
                sources);
    }

    private static boolean isEmpty(MentionAggregate a) {
        return a.getArticles() == 0 && a.getMentions() == 0 && a.getSources().isEmpty();
    }

    static MentionAggregate empty() {
        return new MentionAggregate(0L, 0L, 0.0, 0.0, new HashMap<>());
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    static long bucketOf(long millis) {
        return Math.floorDiv(millis, BUCKET_MS);
    }

    static String totalsKey(String actorId, Horizon horizon) {
        return actorId + "|" + horizon.label();
    }

    /** Big-endian bucket number with the sign bit flipped, so byte order is time order, then the actor id. */
    static Bytes bucketKey(long bucket, String actorId) {
        byte[] actor = actorId.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(8 + actor.length).putLong(bucket ^ Long.MIN_VALUE).put(actor).array());
    }

    static Bytes bucketPrefix(long bucket) {
        return Bytes.wrap(ByteBuffer.allocate(8).putLong(bucket ^ Long.MIN_VALUE).array());
    }

    static String actorOf(Bytes bucketKey) {
        byte[] key = bucketKey.get();
        return new String(key, 8, key.length - 8, StandardCharsets.UTF_8);
    }

    static Set<String> horizonsLabels() {
        Set<String> labels = new LinkedHashSet<>();
        for (Horizon h : Horizon.values()) {
            labels.add(h.label());
        }
        return labels;
    }
}
