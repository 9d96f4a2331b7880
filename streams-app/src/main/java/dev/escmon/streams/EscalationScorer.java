package dev.escmon.streams;

import dev.escmon.avro.EvidenceItem;
import dev.escmon.avro.Level;
import dev.escmon.avro.internal.Evidence;
import dev.escmon.avro.internal.BucketStory;
import dev.escmon.avro.internal.StoryCopy;
import dev.escmon.avro.internal.SubjectArticle;
import dev.escmon.avro.internal.SubjectHead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
    static double intensity(BucketStory story) {
        List<StoryCopy> copies = story.getCopies();
        if (copies.size() == 1) {
            // most stories have one copy: no set of outlets to build (this runs for every story of a changed day)
            return Math.max(0, copies.get(0).getConflict());
        }
        double max = 0;
        for (StoryCopy a : copies) {
            max = Math.max(max, a.getConflict());
        }
        return max * (1 + Math.log(Math.max(1, distinctOutlets(copies))));
    }

    /**
     * Distinct outlets among a story's copies. A story has a handful of copies, so they are compared pairwise
     * rather than hashed: the outlet strings come fresh from each decode, and hashing them was 4% of the stream
     * thread at 100,000 articles.
     */
    static int distinctOutlets(List<StoryCopy> copies) {
        if (copies.size() > 32) {
            Set<String> outlets = new HashSet<>();
            for (StoryCopy c : copies) {
                outlets.add(c.getOutlet());
            }
            return outlets.size();
        }
        int distinct = 0;
        for (int i = 0; i < copies.size(); i++) {
            String outlet = copies.get(i).getOutlet();
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) {
                seen = outlet.equals(copies.get(j).getOutlet());
            }
            if (!seen) {
                distinct++;
            }
        }
        return distinct;
    }

    static double cooperation(BucketStory story) {
        double max = 0;
        for (StoryCopy a : story.getCopies()) {
            max = Math.max(max, a.getCooperation());
        }
        return max;
    }

    /**
     * @param head   the subject's level history and per-bucket conflict intensities (the baseline)
     * @param recent the subject's stories whose event time is in the current window or the one before (more
     *               are ignored)
     * @param text   an article's title, url and evidence for this subject, by article id: looked up only for
     *               the few articles that can supply the top evidence
     */
    public Assessment assess(SubjectHead head, List<BucketStory> recent, Function<String, SubjectArticle> text,
                             long now, Level current) {
        long b = config.bucket().toMillis();
        long windowEnd = now + 1;
        long windowStart = windowEnd - b;
        double observed = 0;
        double previous = 0;
        double cooperation = 0;
        int stories = 0;
        Set<String> outlets = new HashSet<>();
        List<StoryCopy> candidates = new ArrayList<>();
        for (BucketStory story : recent) {
            long t = story.getFirstTime();
            if (t >= windowStart && t < windowEnd) {
                double x = intensity(story);
                cooperation += cooperation(story);
                if (x > 0) {
                    observed += x;
                    stories++;
                    for (StoryCopy a : story.getCopies()) {
                        outlets.add(a.getOutlet());
                        if (a.getEvidenceWeight() >= 0) {
                            candidates.add(a);
                        }
                    }
                }
            } else if (t >= windowStart - b && t < windowStart) {
                previous += intensity(story);
            }
        }
        Map<Long, Double> perBucket = new HashMap<>();
        for (int i = 0; i < head.getBuckets().size(); i++) {
            perBucket.put(head.getBuckets().get(i), head.getConflictMicros().get(i) / 1_000_000.0);
        }
        // baseline: every bucket from the subject's first one up to the last bucket wholly before the window
        long lastBase = Math.floorDiv(windowStart, b) - 1;
        long firstBase = Math.max(head.getFirstBucket(), lastBase - config.history().toMillis() / b + 1);
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
        boolean warmedUp = lastBase - head.getFirstBucket() + 1 >= config.warmUpBuckets();
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
        return new Assessment(next, round(z), round(observed), round(mean), round(deviation), round(observed - previous),
                round(cooperation), stories, outlets.size(), windowStart, windowEnd, topEvidence(candidates, text));
    }

    private static final Comparator<EvidenceItem> STRONGEST_FIRST = Comparator.comparingDouble(EvidenceItem::getWeight)
            .reversed().thenComparing(EvidenceItem::getArticleId);

    /**
     * The {@value #EVIDENCE} strongest distinct evidence sentences of the window's conflict stories, reading the
     * text of as few articles as it takes: articles in order of their strongest evidence, stopping once no unread
     * one can rank above the fifth item held (an article's items weigh at most its strongest one, and ties are
     * broken by article id, the same order as the items').
     */
    private static List<EvidenceItem> topEvidence(List<StoryCopy> candidates, Function<String, SubjectArticle> text) {
        candidates.sort(Comparator.comparingDouble(StoryCopy::getEvidenceWeight).reversed()
                .thenComparing(StoryCopy::getArticleId));
        List<EvidenceItem> items = new ArrayList<>();
        List<EvidenceItem> top = List.of();
        for (StoryCopy c : candidates) {
            if (top.size() == EVIDENCE) {
                EvidenceItem last = top.get(EVIDENCE - 1);
                if (c.getEvidenceWeight() < last.getWeight()
                        || c.getEvidenceWeight() == last.getWeight() && c.getArticleId().compareTo(last.getArticleId()) > 0) {
                    break;
                }
            }
            SubjectArticle a = text.apply(c.getArticleId());
            if (a == null) {
                continue;
            }
            for (Evidence e : a.getEvidence()) {
                items.add(new EvidenceItem(c.getArticleId(), a.getTitle(), a.getUrl(), c.getOutlet(),
                        Instant.ofEpochMilli(c.getEventTime()), e.getSentence(), e.getCueCode(), e.getModality(),
                        e.getWeight()));
            }
            top = distinctStrongest(items);
        }
        return top;
    }

    private static List<EvidenceItem> distinctStrongest(List<EvidenceItem> items) {
        List<EvidenceItem> sorted = new ArrayList<>(items);
        sorted.sort(STRONGEST_FIRST);
        List<EvidenceItem> top = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EvidenceItem e : sorted) {
            if (top.size() < EVIDENCE && seen.add(e.getArticleId() + "|" + e.getSentence())) {
                top.add(e);
            }
        }
        return top;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
