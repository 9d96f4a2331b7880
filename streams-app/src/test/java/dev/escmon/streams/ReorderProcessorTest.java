package dev.escmon.streams;

import dev.escmon.avro.SingleObjectSerde;
import dev.escmon.avro.internal.MentionDelta;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reorder stage on its own, fed stamped deltas as two upstream partitions would interleave them on one
 * repartition partition: what comes out is in {@code (orderTime, upstream partition, offset, index)} order,
 * released once every other upstream partition has passed it, or after the max wait when one stays idle.
 */
class ReorderProcessorTest {
    private static final Duration MAX_WAIT = Duration.ofSeconds(2);
    private static final Duration MAX_HOLD = Duration.ofSeconds(10);
    /** How often the stage checks the wall clock: a quarter of the max wait. */
    private static final Duration TICK = MAX_WAIT.dividedBy(4);
    private static final long T0 = Instant.parse("2025-03-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, MentionDelta> in;
    private TestOutputTopic<String, MentionDelta> out;

    private void start(int upstreamPartitions) {
        start(upstreamPartitions, false);
    }

    /** @param cached whether the buffer store has the record cache in front of it, as in the app's topology */
    private void start(int upstreamPartitions, boolean cached) {
        start(upstreamPartitions, cached, ReorderProcessor.RELEASE_BUDGET);
    }

    /** @param releaseBudget how long one call may release for: zero releases one record a call */
    private void start(int upstreamPartitions, boolean cached, Duration releaseBudget) {
        SingleObjectSerde<MentionDelta> serde = new SingleObjectSerde<>(MentionDelta.getClassSchema());
        Topology topology = new Topology();
        topology.addSource("in-source", Serdes.String().deserializer(), serde.deserializer(), "in");
        topology.addProcessor("reorder", () -> new ReorderProcessor("buffer", "watermarks", upstreamPartitions,
                MAX_WAIT, MAX_HOLD, PipelineMetrics.discarding(), new PipelineActivity(), releaseBudget),
                "in-source");
        var buffer = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("buffer"), Serdes.Bytes(), serde);
        topology.addStateStore(cached ? buffer.withCachingEnabled() : buffer, "reorder");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("watermarks"),
                Serdes.Integer(), Serdes.Long()), "reorder");
        topology.addSink("out-sink", "out", Serdes.String().serializer(), serde.serializer(), "reorder");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "reorder-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(topology, props, Instant.ofEpochMilli(T0));
        in = driver.createInputTopic("in", Serdes.String().serializer(), serde.serializer());
        out = driver.createOutputTopic("out", Serdes.String().deserializer(), serde.deserializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void shouldReleaseDeltasOfTwoUpstreamPartitionsInEventTimeOrderWhateverTheirInterleaving() {
        start(2);
        // partition 1 runs ahead: its articles at minutes 2 and 5 arrive before partition 0's at 1, 3, 4
        send("x", "b2", 1, 10, 0, 2, +1);
        send("x", "b5", 1, 11, 0, 5, +1);
        assertThat(out.readValuesToList()).as("nothing is final before partition 0 is heard from").isEmpty();
        send("x", "a1", 0, 20, 0, 1, +1);
        assertThat(articles(out.readValuesToList())).as("minute 1 is final: partition 1 is already at 5")
                .containsExactly("a1");
        // an update of a3: the old version withdrawn (-1) then the new one added (+1), same article and subject
        send("x", "a3", 0, 21, 0, 3, -1);
        send("x", "a3", 0, 21, 1, 3, +1);
        send("y", "a4", 0, 22, 0, 4, +1);
        assertThat(out.readValuesToList()).extracting(d -> d.getArticleId() + (d.getSign() < 0 ? "-" : "+"))
                .as("partition 0 passed minute 2: b2, then partition 0 up to minute 4, the update's -1 before its +1")
                .containsExactly("b2+", "a3-", "a3+", "a4+");
        watermark(0, 5);
        assertThat(out.readValuesToList()).as("a tie at minute 5: partition 0 could still send one before b5")
                .isEmpty();
        watermark(0, 6);
        assertThat(articles(out.readValuesToList())).containsExactly("b5");
    }

    @Test
    void shouldReleaseInOrderAfterTheMaxWaitWhenAnUpstreamPartitionIsIdleAndInputStops() {
        start(2);
        watermark(1, 1);
        send("x", "a3", 0, 5, 0, 3, +1);
        send("x", "a2", 0, 6, 0, 2, +1);
        send("y", "a4", 0, 7, 0, 4, +1);
        assertThat(out.readValuesToList()).as("partition 1 is still at minute 1").isEmpty();
        // the first check finds the input above, the next three find none: quiet for three ticks, not four
        for (int i = 0; i < 4; i++) {
            driver.advanceWallClockTime(TICK);
        }
        assertThat(out.readValuesToList()).as("input quiet for less than the max wait").isEmpty();
        driver.advanceWallClockTime(TICK);
        // a2 is stamped with its partition's watermark when it came (minute 3): after a3, as it arrived
        assertThat(articles(out.readValuesToList())).containsExactly("a3", "a2", "a4");
    }

    @Test
    void shouldHoldDeltasWhileInputKeepsComingUntilTheMaxHold() {
        start(2);
        watermark(1, 1);
        send("x", "a3", 0, 5, 0, 3, +1);
        // partition 0 keeps sending (watermarks of later articles), partition 1 stays silent
        for (int i = 0; i < 19; i++) {
            watermark(0, 4 + i);
            driver.advanceWallClockTime(TICK);
        }
        assertThat(out.readValuesToList()).as("input never quiet, held less than the max hold").isEmpty();
        watermark(0, 30);
        driver.advanceWallClockTime(TICK);
        assertThat(articles(out.readValuesToList())).containsExactly("a3");
    }

    @Test
    void shouldWaitTheMaxHoldNotTheMaxWaitForAnUpstreamPartitionNeverHeardFrom() {
        start(2);
        send("x", "a3", 0, 5, 0, 3, +1);
        // quiet input, but partition 1 has not said anything yet: a task still starting, as in a replay's first seconds
        for (int i = 0; i < 19; i++) {
            driver.advanceWallClockTime(TICK);
        }
        assertThat(out.readValuesToList()).as("quiet, but partition 1 never heard from").isEmpty();
        driver.advanceWallClockTime(TICK);
        assertThat(articles(out.readValuesToList())).as("after the max hold").containsExactly("a3");
    }

    @Test
    void shouldPassDeltasStraightThroughWithOneUpstreamPartition() {
        start(1);
        send("x", "a3", 0, 1, 0, 3, +1);
        send("x", "a2", 0, 2, 0, 2, +1);
        assertThat(articles(out.readValuesToList())).containsExactly("a3", "a2");
        assertThat(driver.<org.apache.kafka.common.utils.Bytes, MentionDelta>getKeyValueStore("buffer").approximateNumEntries())
                .isZero();
    }

    @Test
    void shouldWriteNothingToTheChangelogForADeltaBufferedAndReleasedBeforeTheCommit() {
        start(2, true);
        // a1 (minute 1, partition 1) waits for partition 0; b1 (minute 1, partition 0) sorts before it, is buffered
        // behind it and is final at once (partition 1 is at minute 1 and after it), so it is released in the same
        // step: put and deleted before any commit
        send("x", "a1", 1, 10, 0, 1, +1);
        send("x", "b1", 0, 20, 0, 1, +1);
        assertThat(articles(out.readValuesToList())).containsExactly("b1");
        SingleObjectSerde<MentionDelta> serde = new SingleObjectSerde<>(MentionDelta.getClassSchema());
        TestOutputTopic<Bytes, MentionDelta> changelog = driver.createOutputTopic("reorder-test-buffer-changelog",
                Serdes.Bytes().deserializer(), serde.deserializer());
        List<KeyValue<Bytes, MentionDelta>> logged = changelog.readKeyValuesToList();
        assertThat(logged).as("a1, still buffered, is logged when the driver commits")
                .anySatisfy(kv -> assertThat(ReorderProcessor.upstreamPartition(kv.key)).isEqualTo(1));
        assertThat(logged).as("b1 never reached the store: no put and no tombstone")
                .noneSatisfy(kv -> assertThat(ReorderProcessor.upstreamPartition(kv.key)).isZero());
    }

    @Test
    void shouldSpreadAReleaseThatOutlastsTheBudgetOverTheNextCallsInTheSameOrder() {
        start(2, false, Duration.ZERO);
        send("x", "a1", 0, 20, 0, 1, +1);
        send("y", "a2", 0, 21, 0, 2, +1);
        send("x", "a3", 0, 22, 0, 3, +1);
        send("y", "a4", 0, 23, 0, 4, +1);
        assertThat(out.readValuesToList()).as("partition 1 not heard from yet").isEmpty();
        watermark(1, 10);
        assertThat(articles(out.readValuesToList())).as("all four final, one released per call with no budget")
                .containsExactly("a1");
        driver.advanceWallClockTime(TICK);
        assertThat(articles(out.readValuesToList())).as("a punctuation goes on without new input")
                .containsExactly("a2");
        driver.advanceWallClockTime(TICK);
        assertThat(articles(out.readValuesToList())).containsExactly("a3");
        // a new record: its partition's watermark moves (one call), then it is buffered behind a4 (another)
        send("x", "a5", 0, 24, 0, 5, +1);
        assertThat(articles(out.readValuesToList())).as("still in order, the new record after the owed one")
                .containsExactly("a4", "a5");
        assertThat(driver.<Bytes, MentionDelta>getKeyValueStore("buffer").approximateNumEntries()).isZero();
    }

    @Test
    void shouldFinishAForcedReleaseThatOutlastsTheBudgetAtTheNextPunctuations() {
        start(2, false, Duration.ZERO);
        watermark(1, 1);
        send("x", "a3", 0, 5, 0, 3, +1);
        send("x", "a2", 0, 6, 0, 2, +1);
        send("y", "a4", 0, 7, 0, 4, +1);
        for (int i = 0; i < 5; i++) {
            driver.advanceWallClockTime(TICK);
        }
        assertThat(articles(out.readValuesToList())).as("quiet for the max wait: the first of the three")
                .containsExactly("a3");
        driver.advanceWallClockTime(TICK);
        assertThat(articles(out.readValuesToList())).as("owed, not waiting for another quiet max wait")
                .containsExactly("a2");
        driver.advanceWallClockTime(TICK);
        assertThat(articles(out.readValuesToList())).containsExactly("a4");
    }

    private static List<String> articles(List<MentionDelta> deltas) {
        return deltas.stream().map(MentionDelta::getArticleId).toList();
    }

    /**
     * A delta as {@link OrderStampProcessor} stamps it: its order time is its partition's watermark, the latest
     * publication minute so far in that partition.
     */
    private final long[] partitionTime = {Long.MIN_VALUE, Long.MIN_VALUE};

    private void send(String subject, String article, int partition, long offset, int index, int minute, int sign) {
        long eventTime = T0 + minute * MINUTE;
        partitionTime[partition] = Math.max(partitionTime[partition], eventTime);
        MentionDelta delta = MentionDelta.newBuilder().setActorId(subject).setArticleId(article).setOutlet("o")
                .setEventTime(eventTime).setSign(sign).setMentions(1).setConflictWeight(1).setCooperationWeight(0)
                .setIngestedAt(0).setDictionaryVersion("v").setOrderTime(partitionTime[partition])
                .setUpstreamPartition(partition).setUpstreamOffset(offset).setUpstreamIndex(index).build();
        in.pipeInput(subject, delta, eventTime);
    }

    private void watermark(int partition, int minute) {
        long t = T0 + minute * MINUTE;
        partitionTime[partition] = Math.max(partitionTime[partition], t);
        in.pipeInput(OrderStampProcessor.WATERMARK_KEY, OrderStampProcessor.watermark(partition, t), t);
    }
}
