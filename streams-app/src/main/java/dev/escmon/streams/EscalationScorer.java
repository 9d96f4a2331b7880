package dev.escmon.streams;

import dev.escmon.avro.EvidenceItem;
import dev.escmon.avro.Level;
import dev.escmon.avro.internal.Evidence;
import dev.escmon.avro.internal.Story;
import dev.escmon.avro.internal.StoryArticle;
import dev.escmon.avro.internal.SubjectState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pure scoring of one subject at a point of event time: conflict intensity of the last bucket-length window
 * (Goldstein-weighted cues, once per story, weighted by independent outlets), an exponentially weighted
 * baseline of the earlier buckets, a z-score with a floor for sparse subjects, and levels with separate enter
 * and exit thresholds and evidence minimums.
 */
public final class EscalationScorer {
    private static final int EVIDENCE = 5;

    /** The outcome of scoring one subject at one time. */
    public record Assessment(Level level, double score, double observed, double mean, double deviation, double trend,
                             double cooperation, int stories, int sources, long windowStart, long windowEnd,
                             List<EvidenceItem> evidence) {
    }

    private final EscalationConfig config;

    public EscalationScorer(EscalationConfig config) {
        this.config = config;
    }

    /** Conflict weight of a story: its strongest copy, times 1 + ln(number of distinct outlets carrying it). */
    static double intensity(Story story) {
        double max = 0;
        Set<String> outlets = new HashSet<>();
        for (StoryArticle a : story.getArticles()) {
            max = Math.max(max, a.getConflict());
            outlets.add(a.getOutlet());
        }
        return max * (1 + Math.log(Math.max(1, outlets.size())));
    }

    static double cooperation(Story story) {
        double max = 0;
        for (StoryArticle a : story.getArticles()) {
            max = Math.max(max, a.getCooperation());
        }
        return max;
    }

    public Assessment assess(SubjectState state, long now, Level current) {
        long b = config.bucket().toMillis();
        long windowEnd = now + 1;
        long windowStart = windowEnd - b;
        double observed = 0;
        double previous = 0;
        double cooperation = 0;
        int stories = 0;
        Set<String> outlets = new HashSet<>();
        List<EvidenceItem> evidence = new ArrayList<>();
        Map<Long, Double> perBucket = new HashMap<>();
        for (Story story : state.getStories()) {
            double x = intensity(story);
            long t = story.getFirstTime();
            if (t >= windowStart && t < windowEnd) {
                cooperation += cooperation(story);
                if (x > 0) {
                    observed += x;
                    stories++;
                    for (StoryArticle a : story.getArticles()) {
                        outlets.add(a.getOutlet());
                        for (Evidence e : a.getEvidence()) {
                            evidence.add(new EvidenceItem(a.getArticleId(), a.getTitle(), a.getUrl(), a.getOutlet(),
                                    Instant.ofEpochMilli(a.getEventTime()), e.getSentence(), e.getCueCode(),
                                    e.getModality(), e.getWeight()));
                        }
                    }
                }
            } else if (t >= windowStart - b && t < windowStart) {
                previous += x;
            }
            perBucket.merge(Math.floorDiv(t, b), x, Double::sum);
        }
        // baseline: every bucket from the subject's first one up to the last bucket wholly before the window
        long lastBase = Math.floorDiv(windowStart, b) - 1;
        long firstBase = Math.max(state.getFirstBucket(), lastBase - config.history().toMillis() / b + 1);
        double alpha = config.alpha();
        double mean = 0;
        double variance = 0;
        boolean first = true;
        for (long k = firstBase; k <= lastBase; k++) {
            double x = perBucket.getOrDefault(k, 0.0);
            if (first) {
                mean = x;
                first = false;
            } else {
                double diff = x - mean;
                double increment = alpha * diff;
                mean += increment;
                variance = (1 - alpha) * (variance + diff * increment);
            }
        }
        double unit = config.unitWeight();
        double deviation = Math.max(Math.sqrt(variance), unit * Math.sqrt(mean / unit + 1));
        double z = (observed - mean) / deviation;

        Level up = Level.NONE;
        boolean warmedUp = lastBase - state.getFirstBucket() + 1 >= config.warmUpBuckets();
        for (Level candidate : new Level[] {Level.WATCH, Level.WARNING, Level.CRITICAL}) {
            int i = candidate.ordinal() - 1;
            if (warmedUp && z >= config.enter()[i] && observed >= config.minIntensity()[i] && stories >= config.minStories()[i]
                    && outlets.size() >= config.minSources()[i]) {
                up = candidate;
            }
        }
        Level next = current;
        if (up.ordinal() > current.ordinal()) {
            next = up;
        } else {
            // evidence minimums gate entering a level only: a story sliding out of the window must not flap it
            while (next != Level.NONE && z < config.exit(next)) {
                next = Level.values()[next.ordinal() - 1];
            }
            if (up.ordinal() > next.ordinal()) {
                next = up;
            }
        }
        evidence.sort(Comparator.comparingDouble(EvidenceItem::getWeight).reversed()
                .thenComparing(EvidenceItem::getArticleId));
        List<EvidenceItem> top = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EvidenceItem e : evidence) {
            if (top.size() < EVIDENCE && seen.add(e.getArticleId() + "|" + e.getSentence())) {
                top.add(e);
            }
        }
        return new Assessment(next, round(z), round(observed), round(mean), round(deviation), round(observed - previous),
                round(cooperation), stories, outlets.size(), windowStart, windowEnd, top);
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
