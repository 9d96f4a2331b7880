package dev.escmon.streams;

import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.Level;
import dev.escmon.avro.internal.BucketStory;
import dev.escmon.avro.internal.Evidence;
import dev.escmon.avro.internal.MentionDelta;
import dev.escmon.avro.internal.StoryBucket;
import dev.escmon.avro.internal.StoryCopy;
import dev.escmon.avro.internal.SubjectArticle;
import dev.escmon.avro.internal.SubjectHead;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keyed by subject (actor, actor pair, country pair). Groups each subject's articles into stories (near-duplicate
 * copies within the dedup window count once, each further outlet adds source weight), scores the subject on
 * every change and, as stream time moves on, re-scores elevated subjects so they also come down. Emits the
 * current {@link EscalationSignal} and, on every level change, one {@link EscalationAlert}.
 *
 * <p>A subject's state is split so that an update reads and writes an amount bounded by the subject's recent
 * coverage, not by its history (docs/PERFORMANCE.md): a small {@link SubjectHead} (level, per-bucket intensity for
 * the baseline), one {@link StoryBucket} per time bucket (the stories that started in it, with each copy's
 * weights), and one {@link SubjectArticle} per article (where its story is, and its text while that story can be
 * shown). An update touches the head, the buckets within the dedup window of the article, the one or two buckets
 * of the current window, and the text of at most the few articles that supply the top evidence.
 */
final class SignalProcessor implements Processor<String, MentionDelta, String, SpecificRecord> {
    private static final String CLOCK_KEY = "stream-time";
    /** How often (in stream time) elevated subjects are re-scored without new articles. */
    static final Duration RESCORE_INTERVAL = Duration.ofHours(1);
    /** At most this many boundaries are re-scored for one jump of the clock. */
    static final int MAX_RESCORES = 72;
    /** Stories (over all cached pages) the decoded-page cache of one task holds, about 150 bytes each. */
    static final int CACHED_STORIES = 50_000;

    private final Stores names;
    private final EscalationConfig config;
    private final EscalationScorer scorer;
    private final ActorDirectory directory;
    private final PipelineMetrics metrics;
    private final long bucketMs;
    /** Stories are stored per page: a bucket split into hours (or fewer, equal parts if it is not whole hours). */
    private final int pagesPerBucket;
    private final long pageMs;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, SubjectHead> heads;
    private KeyValueStore<String, StoryBucket> buckets;
    private KeyValueStore<String, SubjectArticle> articles;
    private KeyValueStore<String, Integer> active;
    private KeyValueStore<String, Long> clock;
    /**
     * Decoded page (hour) records, most recently used last, never mutated (an update copies what it changes): a
     * hot subject's update reads the pages of its dedup window, and decoding them again each time was the largest
     * cost left after the state split. Only a read-through copy of the store, cleared whenever the task is
     * (re)initialised, so it never outlives the state it mirrors.
     */
    private final LinkedHashMap<Page, List<BucketStory>> decoded = new LinkedHashMap<>(256, 0.75f, true);
    private int decodedStories;

    /** The names of the processor's stores. */
    record Stores(String heads, String buckets, String articles, String active, String clock) {
    }

    SignalProcessor(Stores names, EscalationConfig config, ActorDirectory directory, PipelineMetrics metrics) {
        this.names = names;
        this.config = config;
        this.scorer = new EscalationScorer(config);
        this.directory = directory;
        this.metrics = metrics;
        this.bucketMs = config.bucket().toMillis();
        this.pagesPerBucket = pagesPerBucket(bucketMs);
        this.pageMs = bucketMs / pagesPerBucket;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.heads = context.getStateStore(names.heads());
        this.buckets = context.getStateStore(names.buckets());
        this.articles = context.getStateStore(names.articles());
        this.active = context.getStateStore(names.active());
        this.clock = context.getStateStore(names.clock());
        decoded.clear();
        decodedStories = 0;
    }

    @Override
    public void close() {
        decoded.clear();
        decodedStories = 0;
    }

    /** A page in the decoded cache: looked up without building its store key (the subject's hash is cached). */
    private record Page(String subject, long page) {
    }

    private List<BucketStory> cachedDay(String subject, long page) {
        Page key = new Page(subject, page);
        List<BucketStory> hit = decoded.get(key);
        if (hit != null) {
            return hit;
        }
        StoryBucket stored = buckets.get(bucketKey(subject, page));
        List<BucketStory> stories = stored == null ? List.of() : List.copyOf(stored.getStories());
        remember(key, stories);
        return stories;
    }

    private void remember(Page key, List<BucketStory> stories) {
        List<BucketStory> old = decoded.put(key, stories);
        decodedStories += stories.size() - (old == null ? 0 : old.size());
        for (var it = decoded.entrySet().iterator(); decodedStories > CACHED_STORIES && it.hasNext(); ) {
            var eldest = it.next();
            if (!eldest.getKey().equals(key)) {
                decodedStories -= eldest.getValue().size();
                it.remove();
            }
        }
    }

    private void forget(Page key) {
        List<BucketStory> old = decoded.remove(key);
        if (old != null) {
            decodedStories -= old.size();
        }
    }

    static int pagesPerBucket(long bucketMs) {
        if (bucketMs % Duration.ofHours(1).toMillis() == 0 && bucketMs / Duration.ofHours(1).toMillis() <= 63) {
            return (int) (bucketMs / Duration.ofHours(1).toMillis());
        }
        for (int n : new int[] {24, 12, 8, 6, 4, 3, 2}) {
            if (bucketMs % n == 0) {
                return n;
            }
        }
        return 1;
    }

    static String bucketKey(String subject, long bucket) {
        return subject + "|" + bucket;
    }

    static String articleKey(String subject, String articleId) {
        return subject + "|" + articleId;
    }

    @Override
    public void process(Record<String, MentionDelta> record) {
        MentionDelta delta = record.value();
        if (delta == null) {
            return;
        }
        Long previous = clock.get(CLOCK_KEY);
        long now = previous == null ? delta.getEventTime() : Math.max(previous, delta.getEventTime());
        if (previous == null || now != previous) {
            // an article's deltas share its time: most records leave the clock where it was, and a write is a
            // changelog record
            clock.put(CLOCK_KEY, now);
        }
        if (previous != null) {
            rescoreBetween(previous, now);
        }
        String subject = record.key();
        SubjectHead head = heads.get(subject);
        if (head == null) {
            if (delta.getSign() < 0) {
                return;
            }
            head = SubjectHead.newBuilder().setSubject(subject).setKind(delta.getKind()).setLevel(Level.NONE)
                    .setFirstBucket(Math.floorDiv(delta.getEventTime(), bucketMs))
                    .setTextBefore(Long.MIN_VALUE).setDictionaryVersion(delta.getDictionaryVersion()).build();
        }
        Work work = new Work(subject, head);
        work.remove(delta.getArticleId());
        if (delta.getSign() > 0) {
            work.add(delta);
        }
        work.head.setDictionaryVersion(delta.getDictionaryVersion());
        work.trim(now);
        // a withdrawal re-derives the level without hysteresis, as if the article had never been seen
        score(work, now, delta.getSign() < 0);
        metrics.signalUpdated(delta.getIngestedAt());
    }

    /**
     * One subject's state as one update reads and changes it: the head, the pages loaded so far (as mutable
     * lists: decoded Avro arrays do not all support removal; read-only views come from the decoded cache) and
     * the article entries to write. Stories are stored per page (an hour of a daily bucket), so a hot subject's
     * update re-encodes an hour of its stories, not a day; the head keeps per-bucket sums in millionths, so a
     * page's change is added to its bucket exactly, whatever the order.
     */
    private final class Work {
        final String subject;
        final SubjectHead head;
        final List<Long> days;
        final List<Long> micros;
        final List<Integer> counts;
        final List<Long> masks;
        final Map<Long, List<BucketStory>> loaded = new HashMap<>();
        /** Per changed page: its micros and story count before this update. */
        final Map<Long, long[]> before = new HashMap<>();
        /** Pages of buckets dropped from the history: deleted on write. */
        final Set<Long> dropped = new HashSet<>();
        /** Article entries to write; a null value deletes. */
        final Map<String, SubjectArticle> entries = new LinkedHashMap<>();
        /** Buckets before this one are outside the history (set by {@link #trim}). */
        long oldestDay = Long.MIN_VALUE;

        Work(String subject, SubjectHead head) {
            this.subject = subject;
            this.head = head;
            this.days = new ArrayList<>(head.getBuckets());
            this.micros = new ArrayList<>(head.getConflictMicros());
            this.counts = new ArrayList<>(head.getStories());
            this.masks = new ArrayList<>(head.getPages());
        }

        private long dayOf(long page) {
            return Math.floorDiv(page, pagesPerBucket);
        }

        boolean hasPage(long page) {
            int i = days.indexOf(dayOf(page));
            return i >= 0 && (masks.get(i) & (1L << (page - dayOf(page) * pagesPerBucket))) != 0;
        }

        /** Existing pages from {@code from} to {@code to}, ascending. */
        List<Long> pagesBetween(long from, long to) {
            List<Long> pages = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                long first = days.get(i) * pagesPerBucket;
                if (first + pagesPerBucket - 1 < from || first > to) {
                    continue;
                }
                long mask = masks.get(i);
                for (int bit = 0; bit < pagesPerBucket; bit++) {
                    long page = first + bit;
                    if ((mask & (1L << bit)) != 0 && page >= from && page <= to) {
                        pages.add(page);
                    }
                }
            }
            return pages;
        }

        /** Page {@code p}'s stories to read only: this update's copy if it changed them, else the decoded record. */
        List<BucketStory> view(long p) {
            List<BucketStory> changed = loaded.get(p);
            if (changed != null) {
                return changed;
            }
            return hasPage(p) ? cachedDay(subject, p) : List.of();
        }

        /** Page {@code p}'s stories to change: copied once per update (stories and their lists of copies). */
        List<BucketStory> bucket(long p) {
            return loaded.computeIfAbsent(p, key -> {
                List<BucketStory> original = view(key);
                before.put(key, new long[] {sumMicros(original), original.size()});
                List<BucketStory> stories = new ArrayList<>();
                for (BucketStory s : original) {
                    stories.add(new BucketStory(s.getHash(), s.getFirstTime(), new ArrayList<>(s.getCopies())));
                }
                return stories;
            });
        }

        SubjectArticle entry(String articleId) {
            String key = articleKey(subject, articleId);
            return entries.containsKey(key) ? entries.get(key) : articles.get(key);
        }

        void put(String articleId, SubjectArticle entry) {
            entries.put(articleKey(subject, articleId), entry);
        }

        /** Withdraws an article's copy from its story, if the subject has it. */
        void remove(String articleId) {
            SubjectArticle entry = entry(articleId);
            if (entry == null) {
                return;
            }
            put(articleId, null);
            long p = entry.getBucket();
            List<BucketStory> stories = bucket(p);
            for (Iterator<BucketStory> it = stories.iterator(); it.hasNext(); ) {
                BucketStory story = it.next();
                if (story.getCopies().removeIf(c -> c.getArticleId().equals(articleId))) {
                    if (story.getCopies().isEmpty()) {
                        it.remove();
                    } else {
                        story.setFirstTime(story.getCopies().stream().mapToLong(StoryCopy::getEventTime).min().orElseThrow());
                        long moved = Math.floorDiv(story.getFirstTime(), pageMs);
                        if (moved != p) {
                            it.remove();
                            place(story, moved);
                        }
                    }
                    return;
                }
            }
        }

        void add(MentionDelta delta) {
            long t = delta.getEventTime();
            double strongest = -1;
            for (Evidence e : delta.getEvidence()) {
                strongest = Math.max(strongest, e.getWeight());
            }
            StoryCopy copy = new StoryCopy(delta.getArticleId(), delta.getOutlet(), t, delta.getConflictWeight(),
                    delta.getCooperationWeight(), strongest);
            long window = config.dedupWindow().toMillis();
            for (long p : pagesBetween(Math.floorDiv(t - window, pageMs), Math.floorDiv(t + window, pageMs))) {
                List<BucketStory> candidates = view(p);
                for (int i = 0; i < candidates.size(); i++) {
                    BucketStory candidate = candidates.get(i);
                    if (Math.abs(t - candidate.getFirstTime()) <= window
                            && StoryFingerprint.distance(candidate.getHash(), delta.getStoryHash()) <= config.dedupBits()) {
                        List<BucketStory> stories = bucket(p);
                        BucketStory story = stories.get(i);
                        story.getCopies().add(copy);
                        long home = p;
                        if (t < story.getFirstTime()) {
                            story.setFirstTime(t);
                            long moved = Math.floorDiv(t, pageMs);
                            if (moved != p) {
                                stories.remove(i);
                                place(story, moved);
                                home = moved;
                            }
                        }
                        putText(delta, home);
                        return;
                    }
                }
            }
            List<StoryCopy> copies = new ArrayList<>();
            copies.add(copy);
            long home = Math.floorDiv(t, pageMs);
            place(new BucketStory(delta.getStoryHash(), t, copies), home);
            putText(delta, home);
        }

        private void putText(MentionDelta delta, long page) {
            boolean shown = dayOf(page) >= head.getTextBefore();
            put(delta.getArticleId(), new SubjectArticle(page, shown ? delta.getTitle() : "", shown ? delta.getUrl() : null,
                    shown ? delta.getEvidence() : new ArrayList<>()));
        }

        /** Appends a story to page {@code p} and points its copies' entries there. */
        private void place(BucketStory story, long p) {
            bucket(p).add(story);
            for (StoryCopy c : story.getCopies()) {
                SubjectArticle e = entry(c.getArticleId());
                if (e != null && e.getBucket() != p) {
                    put(c.getArticleId(), SubjectArticle.newBuilder(e).setBucket(p).build());
                }
            }
        }

        /**
         * Drops buckets older than the history (with their pages and articles' entries) and the text of articles
         * whose stories began before the current window: windows only move forward, so those are never shown
         * again.
         */
        void trim(long now) {
            long oldest = Math.floorDiv(now - config.history().toMillis() - bucketMs, bucketMs);
            oldestDay = Math.max(oldestDay, oldest);
            while (!days.isEmpty() && days.get(0) < oldest) {
                long day = days.get(0);
                for (long p : pagesBetween(day * pagesPerBucket, day * pagesPerBucket + pagesPerBucket - 1)) {
                    for (BucketStory story : view(p)) {
                        for (StoryCopy c : story.getCopies()) {
                            put(c.getArticleId(), null);
                        }
                    }
                    dropped.add(p);
                }
                days.remove(0);
                micros.remove(0);
                counts.remove(0);
                masks.remove(0);
            }
            head.setFirstBucket(Math.max(head.getFirstBucket(), oldest));
            long windowStart = now + 1 - bucketMs;
            long shownFrom = Math.floorDiv(windowStart, bucketMs);
            if (shownFrom > head.getTextBefore()) {
                long from = head.getTextBefore() == Long.MIN_VALUE ? Long.MIN_VALUE : head.getTextBefore() * pagesPerBucket;
                for (long p : pagesBetween(from, shownFrom * pagesPerBucket - 1)) {
                    for (BucketStory story : view(p)) {
                        for (StoryCopy c : story.getCopies()) {
                            SubjectArticle e = entry(c.getArticleId());
                            if (e != null && (!e.getTitle().isEmpty() || e.getUrl() != null || !e.getEvidence().isEmpty())) {
                                put(c.getArticleId(), new SubjectArticle(e.getBucket(), "", null, new ArrayList<>()));
                            }
                        }
                    }
                }
                head.setTextBefore(shownFrom);
            }
        }

        /** Adds each changed page's difference to its bucket's sums, exactly (whole millionths). */
        void summarise() {
            for (Map.Entry<Long, List<BucketStory>> changed : loaded.entrySet()) {
                long p = changed.getKey();
                if (dropped.contains(p)) {
                    continue;
                }
                long day = dayOf(p);
                int i = days.indexOf(day);
                if (i < 0) {
                    if (day < oldestDay) {
                        // a late article older than the history: kept nowhere, as if trimmed at once
                        for (BucketStory story : changed.getValue()) {
                            for (StoryCopy c : story.getCopies()) {
                                put(c.getArticleId(), null);
                            }
                        }
                        dropped.add(p);
                        continue;
                    }
                    int at = 0;
                    while (at < days.size() && days.get(at) < day) {
                        at++;
                    }
                    days.add(at, day);
                    micros.add(at, 0L);
                    counts.add(at, 0);
                    masks.add(at, 0L);
                    i = at;
                }
                List<BucketStory> stories = changed.getValue();
                long[] old = before.get(p);
                micros.set(i, micros.get(i) + sumMicros(stories) - old[0]);
                counts.set(i, counts.get(i) + stories.size() - (int) old[1]);
                long bit = 1L << (p - day * pagesPerBucket);
                masks.set(i, stories.isEmpty() ? masks.get(i) & ~bit : masks.get(i) | bit);
                if (masks.get(i) == 0) {
                    days.remove(i);
                    micros.remove(i);
                    counts.remove(i);
                    masks.remove(i);
                }
            }
            head.setBuckets(new ArrayList<>(days));
            head.setConflictMicros(new ArrayList<>(micros));
            head.setStories(new ArrayList<>(counts));
            head.setPages(new ArrayList<>(masks));
        }

        /** The stories that began in the current window or the one before it. */
        List<BucketStory> recent(long now) {
            long from = Math.floorDiv(now + 1 - 2 * bucketMs, pageMs);
            List<BucketStory> recent = new ArrayList<>();
            for (long p : pagesBetween(from, Math.floorDiv(now, pageMs))) {
                recent.addAll(view(p));
            }
            return recent;
        }

        void write(boolean gone) {
            for (Map.Entry<Long, List<BucketStory>> changed : loaded.entrySet()) {
                long p = changed.getKey();
                String key = bucketKey(subject, p);
                if (dropped.contains(p) || changed.getValue().isEmpty()) {
                    buckets.delete(key);
                    forget(new Page(subject, p));
                } else {
                    buckets.put(key, new StoryBucket(changed.getValue()));
                    remember(new Page(subject, p), List.copyOf(changed.getValue()));
                }
            }
            for (long p : dropped) {
                if (!loaded.containsKey(p)) {
                    buckets.delete(bucketKey(subject, p));
                    forget(new Page(subject, p));
                }
            }
            entries.forEach((key, value) -> {
                if (value == null) {
                    articles.delete(key);
                } else {
                    articles.put(key, value);
                }
            });
            if (gone) {
                heads.delete(subject);
            } else {
                heads.put(subject, head);
            }
        }
    }

    /** A story's conflict intensity in whole millionths, the unit the buckets' sums are kept in. */
    static long micros(BucketStory story) {
        return Math.round(EscalationScorer.intensity(story) * 1_000_000);
    }

    private static long sumMicros(List<BucketStory> stories) {
        long sum = 0;
        for (BucketStory s : stories) {
            sum += micros(s);
        }
        return sum;
    }

    private void score(Work work, long now, boolean fresh) {
        work.summarise();
        SubjectHead head = work.head;
        String subject = work.subject;
        Level before = head.getLevel();
        EscalationScorer.Assessment a = scorer.assess(head, work.recent(now), work::entry, now, fresh ? Level.NONE : before);
        head.setLevel(a.level());
        boolean gone = head.getBuckets().isEmpty() && a.level() == Level.NONE;
        work.write(gone);
        // the active store holds exactly the subjects whose stored level is above NONE, so it changes only with
        // the level: a delete of an absent key still writes a tombstone, to the changelog and to RocksDB, where the
        // hourly re-score's scan of the store would step over all of them
        if (a.level() != before) {
            if (a.level() == Level.NONE) {
                active.delete(subject);
            } else {
                active.put(subject, a.level().ordinal());
            }
        }
        String version = head.getDictionaryVersion().isEmpty() ? directory.dictionaryVersion() : head.getDictionaryVersion();
        EscalationSignal signal = EscalationSignal.newBuilder()
                .setSubject(subject).setKind(head.getKind()).setLevel(a.level()).setScore(a.score())
                .setObserved(a.observed()).setBaselineMean(a.mean()).setBaselineDeviation(a.deviation())
                .setTrend(a.trend()).setCooperation(a.cooperation()).setStories(a.stories()).setSources(a.sources())
                .setBucketStart(Instant.ofEpochMilli(a.windowStart())).setBucketEnd(Instant.ofEpochMilli(a.windowEnd()))
                .setEvidence(a.evidence()).setDictionaryVersion(version).setAsOf(Instant.ofEpochMilli(now))
                .build();
        // a subject left with nothing (all its articles retracted or aged out) is deleted from the compacted topic
        context.forward(new Record<>(subject, gone ? null : signal, now));
        if (a.level() != before) {
            EscalationAlert alert = EscalationAlert.newBuilder()
                    .setSubject(subject).setKind(head.getKind()).setFromLevel(before).setToLevel(a.level())
                    .setEventTime(Instant.ofEpochMilli(now)).setDetectionTime(Instant.ofEpochMilli(context.currentSystemTimeMs()))
                    .setScore(a.score()).setObserved(a.observed()).setBaselineMean(a.mean()).setStories(a.stories())
                    .setSources(a.sources()).setEvidence(a.evidence()).setDictionaryVersion(version).build();
            context.forward(new Record<>(subject, alert, now));
            metrics.alert(a.level());
        }
    }

    /**
     * Re-scores every elevated subject at each {@link #RESCORE_INTERVAL} boundary of event time that the clock
     * passed, so quiet subjects come down. Driven by the records themselves, not by a punctuation schedule, so the
     * same articles in the same order give the same alerts whatever the batching (a long gap is re-scored at its
     * last {@link #MAX_RESCORES} boundaries).
     */
    private void rescoreBetween(long from, long to) {
        long interval = RESCORE_INTERVAL.toMillis();
        long first = Math.max(Math.floorDiv(from, interval) + 1, Math.floorDiv(to, interval) - MAX_RESCORES + 1);
        long last = Math.floorDiv(to, interval);
        for (long tick = first; tick <= last; tick++) {
            rescoreActive(tick * interval);
        }
    }

    private void rescoreActive(long at) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, Integer> it = active.all()) {
            while (it.hasNext()) {
                KeyValue<String, Integer> kv = it.next();
                keys.add(kv.key);
            }
        }
        for (String subject : keys) {
            SubjectHead head = heads.get(subject);
            if (head != null) {
                Work work = new Work(subject, head);
                work.trim(at);
                score(work, at, false);
            } else {
                active.delete(subject);
            }
        }
    }
}
