package dev.escmon.streams;

import dev.escmon.avro.ActorCount;
import dev.escmon.avro.Article;
import dev.escmon.avro.SingleObjectSerde;
import dev.escmon.avro.Topics;
import dev.escmon.avro.internal.ArticleContributions;
import dev.escmon.avro.internal.MentionAggregate;
import dev.escmon.avro.internal.MentionDelta;
import dev.escmon.avro.internal.StoryBucket;
import dev.escmon.avro.internal.SubjectArticle;
import dev.escmon.avro.internal.SubjectHead;
import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EscalationSignal;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.kstream.Branched;
import dev.escmon.recognition.Extractor;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The pure topology factory (no I/O): {@code articles → mentions (by actor) → rolling actor-counts}.
 * Every source, processor, repartition topic, store and sink is named; the names are a contract with the
 * state and internal topics of running deployments (pinned by a test).
 */
public final class EscalationTopology {
    public static final String ARTICLES_SOURCE = "articles-source";
    public static final String MENTIONS_EXTRACT = "mentions-extract-actors";
    public static final String MENTIONS_BY_ACTOR = "mentions-by-actor";
    public static final String COUNTS_ROLL = "counts-roll-windows";
    public static final String COUNTS_SINK = "counts-sink";
    /** The global store names its source "dictionary-source" and its processor "dictionary". */
    public static final String DICTIONARY_SOURCE = "dictionary";

    public static final String ARTICLE_CONTRIBUTIONS_STORE = "article-contributions-store";
    public static final String ACTOR_BUCKETS_STORE = "actor-buckets-store";
    public static final String ACTOR_TOTALS_STORE = "actor-totals-store";
    public static final String ACTOR_COUNTS_CLOCK_STORE = "actor-counts-clock-store";
    public static final String DICTIONARY_STORE = "dictionary-global-store";
    public static final String SIGNALS_SCORE = "signals-score-subjects";
    public static final String SIGNALS_SPLIT = "signals-split-";
    public static final String SIGNALS_SINK = "signals-sink";
    public static final String ALERTS_SINK = "alerts-sink";
    public static final String SIGNALS_HEAD_STORE = "signals-head-store";
    public static final String SIGNALS_BUCKETS_STORE = "signals-story-buckets-store";
    public static final String SIGNALS_ARTICLES_STORE = "signals-articles-store";
    public static final String SIGNALS_ACTIVE_STORE = "signals-active-store";
    public static final String SIGNALS_CLOCK_STORE = "signals-clock-store";
    // event-time reorder before scoring (docs/ESCALATION.md, "Ordering and replay")
    public static final String MENTIONS_STAMP_ORDER = "mentions-stamp-order";
    public static final String SIGNALS_REORDER = "signals-reorder-by-event-time";
    public static final String SIGNALS_REORDER_BUFFER_STORE = "signals-reorder-buffer-store";
    public static final String SIGNALS_REORDER_WATERMARK_STORE = "signals-reorder-watermark-store";
    public static final String COUNTS_SKIP_WATERMARKS = "counts-skip-watermarks";

    private EscalationTopology() {
    }

    /**
     * @param dictionary the dictionary in force: read per record by the processors, replaced when a new one
     *                   arrives on the {@code dictionary} topic (a global store, so every instance gets it)
     */
    public static Topology build(Topics topics, DictionaryHolder dictionary) {
        return build(topics, dictionary, PipelineMetrics.discarding(), EscalationConfig.defaults());
    }

    public static Topology build(Topics topics, DictionaryHolder dictionary, PipelineMetrics metrics,
                                 EscalationConfig escalation) {
        return build(topics, dictionary, metrics, escalation, ReorderConfig.defaults());
    }

    public static Topology build(Topics topics, DictionaryHolder dictionary, PipelineMetrics metrics,
                                 EscalationConfig escalation, ReorderConfig reorder) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DICTIONARY_STORE), Serdes.String(),
                        Serdes.ByteArray()).withLoggingDisabled(),
                topics.dictionary().name(),
                Consumed.with(topics.dictionary().keySerde(), topics.dictionary().valueSerde()).withName(DICTIONARY_SOURCE),
                () -> new DictionaryInstallProcessor(DICTIONARY_STORE, dictionary));
        addCounts(builder, topics, dictionary, dictionary, metrics, escalation, reorder);
        return builder.build();
    }

    private static void addCounts(StreamsBuilder builder, Topics topics, Supplier<Extractor> extractor,
                                  ActorDirectory directory, PipelineMetrics metrics, EscalationConfig escalation,
                                  ReorderConfig reorder) {
        SingleObjectSerde<ArticleContributions> contributionsSerde =
                new SingleObjectSerde<>(ArticleContributions.getClassSchema(), topics.writerSchemas());
        SingleObjectSerde<MentionDelta> deltaSerde =
                new SingleObjectSerde<>(MentionDelta.getClassSchema(), topics.writerSchemas());
        SingleObjectSerde<MentionAggregate> aggregateSerde =
                new SingleObjectSerde<>(MentionAggregate.getClassSchema(), topics.writerSchemas());

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ARTICLE_CONTRIBUTIONS_STORE), Serdes.String(), contributionsSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ACTOR_BUCKETS_STORE), Serdes.Bytes(), aggregateSerde));
        builder.addStateStore(cached(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ACTOR_TOTALS_STORE), Serdes.String(), aggregateSerde)));
        builder.addStateStore(cached(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ACTOR_COUNTS_CLOCK_STORE), Serdes.String(), Serdes.Long())));

        KStream<String, Article> articles = builder.stream(topics.articles().name(),
                Consumed.with(topics.articles().keySerde(), topics.articles().valueSerde())
                        .withTimestampExtractor(new ArticleTimestampExtractor())
                        .withName(ARTICLES_SOURCE));

        builder.addStateStore(cached(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SIGNALS_HEAD_STORE),
                Serdes.String(), new SingleObjectSerde<>(SubjectHead.getClassSchema(), topics.writerSchemas()))));
        builder.addStateStore(cached(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SIGNALS_BUCKETS_STORE),
                Serdes.String(), new SingleObjectSerde<>(StoryBucket.getClassSchema(), topics.writerSchemas()))));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SIGNALS_ARTICLES_STORE),
                Serdes.String(), new SingleObjectSerde<>(SubjectArticle.getClassSchema(), topics.writerSchemas())));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SIGNALS_ACTIVE_STORE), Serdes.String(), Serdes.Integer()));
        builder.addStateStore(cached(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SIGNALS_CLOCK_STORE), Serdes.String(), Serdes.Long())));

        PipelineActivity activity = new PipelineActivity();
        KStream<String, MentionDelta> bySubject = articles
                .process(() -> new ArticleMentionsProcessor(ARTICLE_CONTRIBUTIONS_STORE, extractor, metrics),
                        Named.as(MENTIONS_EXTRACT), ARTICLE_CONTRIBUTIONS_STORE)
                // reorder, upstream half: stamp each delta with its place in its articles partition, add watermarks
                .process(() -> new OrderStampProcessor(reorder.upstreamPartitions(), activity),
                        Named.as(MENTIONS_STAMP_ORDER))
                .repartition(Repartitioned.<String, MentionDelta>as(MENTIONS_BY_ACTOR)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(deltaSerde)
                        .withStreamPartitioner(new OrderStampProcessor.MentionsPartitioner()));

        // reorder, downstream half: scoring sees each partition's deltas in one order that depends only on the input
        builder.addStateStore(cached(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SIGNALS_REORDER_BUFFER_STORE), Serdes.Bytes(), deltaSerde)));
        builder.addStateStore(cached(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SIGNALS_REORDER_WATERMARK_STORE), Serdes.Integer(), Serdes.Long())));
        KStream<String, MentionDelta> ordered = bySubject.process(() -> new ReorderProcessor(
                        SIGNALS_REORDER_BUFFER_STORE, SIGNALS_REORDER_WATERMARK_STORE, reorder.upstreamPartitions(),
                        reorder.maxWait(), reorder.maxHold(), metrics, activity),
                Named.as(SIGNALS_REORDER), SIGNALS_REORDER_BUFFER_STORE, SIGNALS_REORDER_WATERMARK_STORE);

        Map<String, KStream<String, SpecificRecord>> outputs = ordered
                .process(() -> new SignalProcessor(new SignalProcessor.Stores(SIGNALS_HEAD_STORE, SIGNALS_BUCKETS_STORE,
                                SIGNALS_ARTICLES_STORE, SIGNALS_ACTIVE_STORE, SIGNALS_CLOCK_STORE), escalation, directory,
                                metrics),
                        Named.as(SIGNALS_SCORE), SIGNALS_HEAD_STORE, SIGNALS_BUCKETS_STORE, SIGNALS_ARTICLES_STORE,
                        SIGNALS_ACTIVE_STORE, SIGNALS_CLOCK_STORE)
                .split(Named.as(SIGNALS_SPLIT))
                .branch((k, v) -> v == null || v instanceof EscalationSignal, Branched.as("signals"))
                .branch((k, v) -> v instanceof EscalationAlert, Branched.as("alerts"))
                .noDefaultBranch();
        outputs.get(SIGNALS_SPLIT + "signals")
                .mapValues(v -> (EscalationSignal) v, Named.as("signals-as-signal"))
                .to(topics.signals().name(), Produced.with(topics.signals().keySerde(), topics.signals().valueSerde())
                        .withName(SIGNALS_SINK));
        outputs.get(SIGNALS_SPLIT + "alerts")
                .mapValues(v -> (EscalationAlert) v, Named.as("alerts-as-alert"))
                .to(topics.alerts().name(), Produced.with(topics.alerts().keySerde(), topics.alerts().valueSerde())
                        .withName(ALERTS_SINK));

        // counts are sums, the same in any order: they read the deltas unordered, without the watermark records
        bySubject
                .filterNot((subject, delta) -> OrderStampProcessor.isWatermark(delta), Named.as(COUNTS_SKIP_WATERMARKS))
                .process(() -> new ActorCountsProcessor(ACTOR_BUCKETS_STORE, ACTOR_TOTALS_STORE,
                                ACTOR_COUNTS_CLOCK_STORE, directory, metrics),
                        Named.as(COUNTS_ROLL), ACTOR_BUCKETS_STORE, ACTOR_TOTALS_STORE, ACTOR_COUNTS_CLOCK_STORE)
                .to(topics.actorCounts().name(),
                        Produced.with(topics.actorCounts().keySerde(), topics.actorCounts().valueSerde())
                                .withName(COUNTS_SINK));
    }

    /**
     * A store behind Kafka Streams' record cache: the stores a hot subject or actor rewrites with nearly every
     * article (its head, its current hour of stories, its totals, the clocks), and the reorder buffer, whose
     * records on a live feed are often released in the commit interval they arrived in. Their writes reach
     * RocksDB and the changelog once per key and commit instead of once per update, and a buffered record
     * released before the commit is never written at all (nor its delete: {@code StoreCaches}). Reads see the
     * cache first, so nothing else changes.
     */
    private static <K, V> StoreBuilder<KeyValueStore<K, V>> cached(StoreBuilder<KeyValueStore<K, V>> store) {
        return store.withCachingEnabled();
    }

    /** The value schemas of the repartition topic and the stores' changelogs. */
    public static List<Schema> internalSchemas() {
        return List.of(ArticleContributions.getClassSchema(), MentionDelta.getClassSchema(),
                MentionAggregate.getClassSchema(), SubjectHead.getClassSchema(), StoryBucket.getClassSchema(),
                SubjectArticle.getClassSchema());
    }

    /** The serde of values on the actor-counts topic (for tests and tools). */
    public static SingleObjectSerde<ActorCount> actorCountSerde() {
        return new SingleObjectSerde<>(ActorCount.getClassSchema());
    }
}
