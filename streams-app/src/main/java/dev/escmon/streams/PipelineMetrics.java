package dev.escmon.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Duration;

/**
 * Domain metrics of the pipeline, with bounded label sets: articles by outcome, mentions, extraction time,
 * and end-to-end latency from article ingestion to the count update it caused.
 */
public final class PipelineMetrics {
    private final Counter counted;
    private final Counter unchanged;
    private final Counter retracted;
    private final Counter mentions;
    private final Timer extraction;
    private final Timer countLatency;
    private final Timer signalLatency;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (dev.escmon.avro.Level level : dev.escmon.avro.Level.values()) {
            alertCounter(level); // at zero from the start, so rate() sees the first alert too
        }
        this.counted = article(registry, "counted");
        this.unchanged = article(registry, "unchanged");
        this.retracted = article(registry, "retracted");
        this.mentions = Counter.builder("escmon.mentions").description("Actor mentions added by article versions")
                .register(registry);
        this.extraction = Timer.builder("escmon.extraction").description("Recognition time per article")
                .publishPercentileHistogram().register(registry);
        this.countLatency = Timer.builder("escmon.count.latency")
                .description("From article ingestion (producer) to the actor-count update it caused")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5)).register(registry);
        this.signalLatency = Timer.builder("escmon.signal.latency")
                .description("From article ingestion (producer) to the escalation-signal update it caused")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5)).register(registry);
    }

    /** Metrics that go nowhere (tests, tools). */
    public static PipelineMetrics discarding() {
        return new PipelineMetrics(new SimpleMeterRegistry());
    }

    private static Counter article(MeterRegistry registry, String outcome) {
        return Counter.builder("escmon.articles.processed").description("Article records processed, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    private final MeterRegistry registry;

    /**
     * Mention deltas the reorder stage released before every upstream watermark had passed them: {@code quiet} when
     * its input had stopped for the max wait (the end of a backlog, a quiet feed), {@code held} when one was held for
     * the max hold while input kept coming (their order depended on timing).
     */
    void reorderForced(String reason, int records) {
        Counter.builder("escmon.reorder.forced").description("Mention deltas released without every upstream watermark")
                .tag("reason", reason).register(registry).increment(records);
    }

    /** One per level change, by the level reached. */
    void alert(dev.escmon.avro.Level toLevel) {
        alertCounter(toLevel).increment();
    }

    private Counter alertCounter(dev.escmon.avro.Level toLevel) {
        return Counter.builder("escmon.alerts").description("Escalation alerts emitted, by the level reached")
                .tag("to_level", toLevel.name()).register(registry);
    }

    void articleCounted(int mentionCount) {
        counted.increment();
        mentions.increment(mentionCount);
    }

    void articleUnchanged() {
        unchanged.increment();
    }

    void articleRetracted() {
        retracted.increment();
    }

    Timer extraction() {
        return extraction;
    }

    void signalUpdated(long ingestedAtMillis) {
        if (ingestedAtMillis > 0) {
            signalLatency.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - ingestedAtMillis)));
        }
    }

    void countUpdated(long ingestedAtMillis) {
        if (ingestedAtMillis > 0) {
            countLatency.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - ingestedAtMillis)));
        }
    }
}
