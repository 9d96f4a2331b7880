package dev.escmon.streams;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether this instance's pipeline has processed anything lately, shared by every task of one topology. The reorder
 * stage's max wait counts quiet input only while nothing here moves: a stream thread working through another task's
 * backlog does not poll, so a downstream task can go seconds without input while its upstream is busy.
 */
final class PipelineActivity {
    private final AtomicLong records = new AtomicLong();

    void touch() {
        records.incrementAndGet();
    }

    long records() {
        return records.get();
    }
}
