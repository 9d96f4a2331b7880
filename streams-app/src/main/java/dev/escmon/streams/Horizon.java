package dev.escmon.streams;

import java.time.Duration;

/**
 * The rolling windows of {@code actor-counts}. Each window ends with the current {@link #BUCKET} of stream
 * time and reaches back its size; every other figure (bucket counts, retention) is derived from these.
 */
public enum Horizon {
    HOUR("PT1H", Duration.ofHours(1)),
    DAY("P1D", Duration.ofDays(1)),
    WEEK("P7D", Duration.ofDays(7));

    /** Resolution of the rolling windows: mentions are summed per bucket, windows move bucket by bucket. */
    public static final Duration BUCKET = Duration.ofMinutes(1);

    private final String label;
    private final Duration size;

    Horizon(String label, Duration size) {
        this.label = label;
        this.size = size;
    }

    /** ISO-8601 label used in keys and values: PT1H, P1D, P7D. */
    public String label() {
        return label;
    }

    public Duration size() {
        return size;
    }

    public long buckets() {
        return size.toMillis() / BUCKET.toMillis();
    }

    public static Horizon longest() {
        return WEEK;
    }

    public static Horizon ofLabel(String label) {
        for (Horizon h : values()) {
            if (h.label.equals(label)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown horizon " + label + " (expected PT1H, P1D or P7D)");
    }
}
