package dev.escmon.streams;

import dev.escmon.avro.internal.MentionDelta;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Upstream half of the event-time reorder (see {@link ReorderProcessor} and docs/ESCALATION.md, "Ordering and
 * replay"). Stamps every mention delta with its place in its articles partition's order: the task's stream time
 * (the latest publication time of the partition so far, this article included, restored with the committed
 * offsets), the partition, the article's offset and the delta's index among the article's deltas. When the stream
 * time has moved since the last watermark record this task sent, it also sends one watermark record to every
 * partition of the repartition topic ({@link MentionsPartitioner}), so partitions that got no delta of this
 * article still learn that this upstream partition has moved on.
 *
 * <p>Nothing here depends on the wall clock: the stamps are a function of the articles partition's contents.
 * When watermark records are sent only changes how soon records are released downstream, never their order.
 */
final class OrderStampProcessor implements Processor<String, MentionDelta, String, MentionDelta> {
    static final String WATERMARK_KIND = "watermark";
    /** A key no subject can have (subject ids never contain NUL); the partitioner ignores it. */
    static final String WATERMARK_KEY = "\u0000watermark";

    /** How soon a running task announces itself with a first watermark record, if no article has done it. */
    static final Duration HELLO_AFTER = Duration.ofMillis(500);
    private final int upstreamPartitions;
    private final PipelineActivity activity;
    private ProcessorContext<String, MentionDelta> context;
    private long lastOffset = -1;
    private int index;
    private long lastWatermarkSent = Long.MIN_VALUE;
    private Cancellable hello;

    /** @param upstreamPartitions partitions of the articles topic; with one, no watermark record is needed */
    OrderStampProcessor(int upstreamPartitions, PipelineActivity activity) {
        this.upstreamPartitions = upstreamPartitions;
        this.activity = activity;
    }

    @Override
    public void init(ProcessorContext<String, MentionDelta> context) {
        this.context = context;
        if (upstreamPartitions > 1) {
            // an empty articles partition would otherwise never be heard from downstream, where a partition never
            // heard from (as likely a task still starting) holds records for the max hold, not the max wait; what
            // this first watermark says (the stream time, -1 if none yet) is a valid lower bound whenever it is sent
            hello = context.schedule(HELLO_AFTER, PunctuationType.WALL_CLOCK_TIME, now -> {
                if (lastWatermarkSent == Long.MIN_VALUE) {
                    long watermark = context.currentStreamTimeMs();
                    lastWatermarkSent = watermark;
                    context.forward(new Record<>(WATERMARK_KEY, watermark(context.taskId().partition(), watermark),
                            Math.max(0, watermark)));
                }
                hello.cancel();
            });
        }
    }

    @Override
    public void process(Record<String, MentionDelta> record) {
        activity.touch();
        RecordMetadata source = context.recordMetadata()
                .orElseThrow(() -> new IllegalStateException("mention delta without its source article's metadata"));
        if (source.offset() != lastOffset) {
            lastOffset = source.offset();
            index = 0;
        }
        long watermark = context.currentStreamTimeMs();
        int partition = source.partition();
        // stamped in place, not copied: the extraction built this delta for this one forward
        MentionDelta delta = record.value();
        delta.setOrderTime(watermark);
        delta.setUpstreamPartition(partition);
        delta.setUpstreamOffset(source.offset());
        delta.setUpstreamIndex(index++);
        context.forward(record);
        if (upstreamPartitions > 1 && watermark > lastWatermarkSent) {
            lastWatermarkSent = watermark;
            context.forward(new Record<>(WATERMARK_KEY, watermark(partition, watermark), watermark));
        }
    }

    static MentionDelta watermark(int upstreamPartition, long watermark) {
        return MentionDelta.newBuilder().setActorId("").setArticleId("").setOutlet("").setEventTime(watermark)
                .setSign(0).setMentions(0).setConflictWeight(0).setCooperationWeight(0).setIngestedAt(0)
                .setDictionaryVersion("").setKind(WATERMARK_KIND).setOrderTime(watermark)
                .setUpstreamPartition(upstreamPartition).build();
    }

    static boolean isWatermark(MentionDelta value) {
        return value != null && WATERMARK_KIND.equals(value.getKind());
    }

    /**
     * Partitions the repartition topic: a watermark record goes to every partition, a delta where Kafka would put
     * it by default (the producer's hash of the key), so subjects stay on the partitions (and state) they had.
     */
    static final class MentionsPartitioner implements StreamPartitioner<String, MentionDelta> {
        @Override
        public Optional<Set<Integer>> partitions(String topic, String key, MentionDelta value, int numPartitions) {
            if (!isWatermark(value)) {
                return Optional.empty();
            }
            return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toSet()));
        }
    }
}
