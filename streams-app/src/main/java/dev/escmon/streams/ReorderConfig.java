package dev.escmon.streams;

import java.time.Duration;
import java.util.Properties;

/**
 * Settings of the event-time reorder before scoring (docs/ESCALATION.md, "Ordering and replay").
 *
 * @param maxWait            how long a repartition partition must bring nothing before the deltas buffered for it are
 *                           released without every articles partition's watermark ({@code escalation.reorder.max.wait},
 *                           default PT2S): the end of a replay, or a quiet live feed with an idle articles partition
 * @param maxHold            longest a delta is held while input keeps coming ({@code escalation.reorder.max.hold},
 *                           default PT1M): one articles partition silent while the others are busy. These two are the
 *                           only wall-clock dependence of the outputs
 * @param upstreamPartitions partitions of the articles topic, whose watermarks each delta waits for (not a setting:
 *                           read from the topic at start)
 */
public record ReorderConfig(Duration maxWait, Duration maxHold, int upstreamPartitions) {
    public static final String MAX_WAIT = "escalation.reorder.max.wait";
    public static final String MAX_HOLD = "escalation.reorder.max.hold";
    static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(2);
    static final Duration DEFAULT_MAX_HOLD = Duration.ofMinutes(1);

    public ReorderConfig {
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException(MAX_WAIT + " must be positive, not " + maxWait);
        }
        if (maxHold.compareTo(maxWait) < 0) {
            throw new IllegalArgumentException(MAX_HOLD + " must be at least " + MAX_WAIT + ", not " + maxHold);
        }
        if (upstreamPartitions < 1) {
            throw new IllegalArgumentException("articles partitions must be at least 1, not " + upstreamPartitions);
        }
    }

    /** One articles partition (the TopologyTestDriver's case): every delta is in order on arrival. */
    public static ReorderConfig defaults() {
        return new ReorderConfig(DEFAULT_MAX_WAIT, DEFAULT_MAX_HOLD, 1);
    }

    public static ReorderConfig from(Properties props, int upstreamPartitions) {
        return new ReorderConfig(duration(props, MAX_WAIT, DEFAULT_MAX_WAIT),
                duration(props, MAX_HOLD, DEFAULT_MAX_HOLD), upstreamPartitions);
    }

    private static Duration duration(Properties props, String key, Duration fallback) {
        String v = props.getProperty(key);
        return v == null || v.isBlank() ? fallback : Duration.parse(v.strip());
    }
}
