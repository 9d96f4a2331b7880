package dev.escmon.streams;

import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.Level;
import dev.escmon.avro.internal.MentionDelta;
import dev.escmon.avro.internal.Story;
import dev.escmon.avro.internal.StoryArticle;
import dev.escmon.avro.internal.SubjectState;
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
import java.util.Iterator;
import java.util.List;

/**
 * Keyed by subject (actor, actor pair, country pair). Groups each subject's articles into stories (near-duplicate
 * copies within the dedup window count once, each further outlet adds source weight), scores the subject on
 * every change and, as stream time moves on, re-scores elevated subjects so they also come down. Emits the
 * current {@link EscalationSignal} and, on every level change, one {@link EscalationAlert}.
 */
final class SignalProcessor implements Processor<String, MentionDelta, String, SpecificRecord> {
    private static final String CLOCK_KEY = "stream-time";
    /** How often (in stream time) elevated subjects are re-scored without new articles. */
    static final Duration RESCORE_INTERVAL = Duration.ofHours(1);
    /** At most this many boundaries are re-scored for one jump of the clock. */
    static final int MAX_RESCORES = 72;

    private final String subjectStoreName;
    private final String activeStoreName;
    private final String clockStoreName;
    private final EscalationConfig config;
    private final EscalationScorer scorer;
    private final ActorDirectory directory;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, SubjectState> subjects;
    private KeyValueStore<String, Integer> active;
    private KeyValueStore<String, Long> clock;

    SignalProcessor(String subjectStoreName, String activeStoreName, String clockStoreName, EscalationConfig config,
                    ActorDirectory directory, PipelineMetrics metrics) {
        this.metrics = metrics;
        this.subjectStoreName = subjectStoreName;
        this.activeStoreName = activeStoreName;
        this.clockStoreName = clockStoreName;
        this.config = config;
        this.scorer = new EscalationScorer(config);
        this.directory = directory;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.subjects = context.getStateStore(subjectStoreName);
        this.active = context.getStateStore(activeStoreName);
        this.clock = context.getStateStore(clockStoreName);
    }

    @Override
    public void process(Record<String, MentionDelta> record) {
        MentionDelta delta = record.value();
        if (delta == null) {
            return;
        }
        Long previous = clock.get(CLOCK_KEY);
        long now = previous == null ? delta.getEventTime() : Math.max(previous, delta.getEventTime());
        clock.put(CLOCK_KEY, now);
        if (previous != null) {
            rescoreBetween(previous, now);
        }
        String subject = record.key();
        SubjectState state = mutable(subjects.get(subject));
        if (state == null) {
            if (delta.getSign() < 0) {
                return;
            }
            state = SubjectState.newBuilder().setSubject(subject).setKind(delta.getKind()).setLevel(Level.NONE)
                    .setFirstBucket(Math.floorDiv(delta.getEventTime(), config.bucket().toMillis()))
                    .setStories(new ArrayList<>()).setDictionaryVersion(delta.getDictionaryVersion()).build();
        }
        if (delta.getSign() < 0) {
            remove(state, delta.getArticleId());
        } else {
            add(state, delta);
        }
        state.setDictionaryVersion(delta.getDictionaryVersion());
        trim(state, now);
        // a withdrawal re-derives the level without hysteresis, as if the article had never been seen
        score(subject, state, now, delta.getSign() < 0);
        metrics.signalUpdated(delta.getIngestedAt());
    }

    /** Decoded Avro arrays do not all support removal: work on plain lists. */
    private static SubjectState mutable(SubjectState state) {
        if (state == null) {
            return null;
        }
        List<Story> stories = new ArrayList<>(state.getStories().size());
        for (Story s : state.getStories()) {
            stories.add(new Story(s.getHash(), s.getFirstTime(), new ArrayList<>(s.getArticles())));
        }
        state.setStories(stories);
        return state;
    }

    private void add(SubjectState state, MentionDelta delta) {
        remove(state, delta.getArticleId());
        StoryArticle article = StoryArticle.newBuilder().setArticleId(delta.getArticleId()).setOutlet(delta.getOutlet())
                .setEventTime(delta.getEventTime()).setConflict(delta.getConflictWeight())
                .setCooperation(delta.getCooperationWeight()).setTitle(delta.getTitle()).setUrl(delta.getUrl())
                .setEvidence(delta.getEvidence()).build();
        long window = config.dedupWindow().toMillis();
        for (Story story : state.getStories()) {
            if (Math.abs(delta.getEventTime() - story.getFirstTime()) <= window
                    && StoryFingerprint.distance(story.getHash(), delta.getStoryHash()) <= config.dedupBits()) {
                story.getArticles().add(article);
                story.setFirstTime(Math.min(story.getFirstTime(), delta.getEventTime()));
                return;
            }
        }
        List<StoryArticle> articles = new ArrayList<>();
        articles.add(article);
        state.getStories().add(new Story(delta.getStoryHash(), delta.getEventTime(), articles));
    }

    private static void remove(SubjectState state, String articleId) {
        for (Iterator<Story> stories = state.getStories().iterator(); stories.hasNext(); ) {
            Story story = stories.next();
            if (story.getArticles().removeIf(a -> a.getArticleId().equals(articleId))) {
                if (story.getArticles().isEmpty()) {
                    stories.remove();
                } else {
                    story.setFirstTime(story.getArticles().stream().mapToLong(StoryArticle::getEventTime).min().orElseThrow());
                }
            }
        }
    }

    private void trim(SubjectState state, long now) {
        long oldest = now - config.history().toMillis() - config.bucket().toMillis();
        state.getStories().removeIf(s -> s.getFirstTime() < oldest);
        state.setFirstBucket(Math.max(state.getFirstBucket(), Math.floorDiv(oldest, config.bucket().toMillis())));
        // Title, url and evidence are shown only for stories inside the current window (EscalationScorer.assess),
        // and windows only move forward, so an article older than this window's start never shows them again: a
        // story back in a later window has every copy at or after that window's start. Dropping them keeps the
        // history that every update re-reads and re-writes to weights and times (the pipeline benchmark found
        // this text was most of the subject state, see docs/PERFORMANCE.md).
        long windowStart = now + 1 - config.bucket().toMillis();
        for (Story story : state.getStories()) {
            for (StoryArticle a : story.getArticles()) {
                if (a.getEventTime() < windowStart
                        && (!a.getEvidence().isEmpty() || !a.getTitle().isEmpty() || a.getUrl() != null)) {
                    a.setTitle("");
                    a.setUrl(null);
                    a.setEvidence(new ArrayList<>());
                }
            }
        }
    }

    private void score(String subject, SubjectState state, long now, boolean fresh) {
        Level before = state.getLevel();
        EscalationScorer.Assessment a = scorer.assess(state, now, fresh ? Level.NONE : before);
        state.setLevel(a.level());
        boolean gone = state.getStories().isEmpty() && a.level() == Level.NONE;
        if (gone) {
            subjects.delete(subject);
        } else {
            subjects.put(subject, state);
        }
        if (a.level() == Level.NONE) {
            active.delete(subject);
        } else {
            active.put(subject, a.level().ordinal());
        }
        String version = state.getDictionaryVersion().isEmpty() ? directory.dictionaryVersion() : state.getDictionaryVersion();
        EscalationSignal signal = EscalationSignal.newBuilder()
                .setSubject(subject).setKind(state.getKind()).setLevel(a.level()).setScore(a.score())
                .setObserved(a.observed()).setBaselineMean(a.mean()).setBaselineDeviation(a.deviation())
                .setTrend(a.trend()).setCooperation(a.cooperation()).setStories(a.stories()).setSources(a.sources())
                .setBucketStart(Instant.ofEpochMilli(a.windowStart())).setBucketEnd(Instant.ofEpochMilli(a.windowEnd()))
                .setEvidence(a.evidence()).setDictionaryVersion(version).setAsOf(Instant.ofEpochMilli(now))
                .build();
        // a subject left with nothing (all its articles retracted or aged out) is deleted from the compacted topic
        context.forward(new Record<>(subject, gone ? null : signal, now));
        if (a.level() != before) {
            EscalationAlert alert = EscalationAlert.newBuilder()
                    .setSubject(subject).setKind(state.getKind()).setFromLevel(before).setToLevel(a.level())
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
            SubjectState state = mutable(subjects.get(subject));
            if (state != null) {
                trim(state, at);
                score(subject, state, at, false);
            } else {
                active.delete(subject);
            }
        }
    }
}
