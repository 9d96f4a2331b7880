package dev.escmon.streams;

import dev.escmon.avro.Level;

import java.time.Duration;
import java.util.Properties;

/**
 * Thresholds and windows of the escalation stage, all overridable as {@code escalation.*} settings. The
 * defaults are documented in docs/ESCALATION.md and were chosen on the sample corpus and the scenario tests.
 *
 * @param bucket            size of a baseline bucket; the current window is the last bucket's length of event time
 * @param halfLife          half-life of the exponentially weighted baseline
 * @param history           how much bucket history a subject keeps (baseline and retractions)
 * @param dedupWindow       near-duplicate copies within this span of the first copy count as one story
 * @param dedupBits         largest SimHash distance (of 64 bits) between copies of one story
 * @param unitWeight        intensity of one typical conflict story (a threat, Goldstein 6), the floor's unit
 * @param enter             z-score to enter WATCH, WARNING, CRITICAL
 * @param exit              z-score below which WATCH, WARNING, CRITICAL are left
 * @param minIntensity      observed intensity needed to enter WATCH, WARNING, CRITICAL
 * @param minStories        distinct stories needed to enter WATCH, WARNING, CRITICAL
 * @param minSources        distinct outlets needed to enter WATCH, WARNING, CRITICAL
 * @param warmUpBuckets     buckets of history a subject needs before it can leave NONE (no baseline, no score)
 */
public record EscalationConfig(Duration bucket, Duration halfLife, Duration history, Duration dedupWindow, int dedupBits,
                               double unitWeight, double[] enter, double[] exit, double[] minIntensity,
                               int[] minStories, int[] minSources, int warmUpBuckets) {

    public static EscalationConfig defaults() {
        return new EscalationConfig(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(60), Duration.ofHours(72), 18,
                6.0,
                new double[] {2.0, 3.5, 5.0},
                new double[] {1.0, 2.0, 3.0},
                new double[] {6.0, 12.0, 30.0},
                new int[] {1, 2, 3},
                new int[] {1, 2, 3},
                7);
    }

    /** Defaults overridden by {@code escalation.*} keys, e.g. {@code escalation.enter.warning=4}. */
    public static EscalationConfig from(Properties props) {
        EscalationConfig d = defaults();
        String[] names = {"watch", "warning", "critical"};
        double[] enter = d.enter().clone();
        double[] exit = d.exit().clone();
        double[] min = d.minIntensity().clone();
        int[] stories = d.minStories().clone();
        int[] sources = d.minSources().clone();
        for (int i = 0; i < 3; i++) {
            enter[i] = dbl(props, "escalation.enter." + names[i], enter[i]);
            exit[i] = dbl(props, "escalation.exit." + names[i], exit[i]);
            min[i] = dbl(props, "escalation.min.intensity." + names[i], min[i]);
            stories[i] = (int) dbl(props, "escalation.min.stories." + names[i], stories[i]);
            sources[i] = (int) dbl(props, "escalation.min.sources." + names[i], sources[i]);
        }
        return new EscalationConfig(dur(props, "escalation.bucket", d.bucket()), dur(props, "escalation.half.life", d.halfLife()),
                dur(props, "escalation.history", d.history()), dur(props, "escalation.dedup.window", d.dedupWindow()),
                (int) dbl(props, "escalation.dedup.bits", d.dedupBits()), dbl(props, "escalation.unit.weight", d.unitWeight()),
                enter, exit, min, stories, sources, (int) dbl(props, "escalation.warm.up.buckets", d.warmUpBuckets()));
    }

    private static double dbl(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? fallback : Double.parseDouble(v.strip());
    }

    private static Duration dur(Properties p, String key, Duration fallback) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? fallback : Duration.parse(v.strip());
    }

    /** Per-bucket weight of the newest bucket in the exponentially weighted baseline. */
    public double alpha() {
        return 1 - Math.pow(0.5, (double) bucket.toMillis() / halfLife.toMillis());
    }

    double enter(Level level) {
        return enter[level.ordinal() - 1];
    }

    double exit(Level level) {
        return exit[level.ordinal() - 1];
    }
}
