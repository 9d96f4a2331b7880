package dev.escmon.avro;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The project's public topics, each declared once with its serdes. Names take an optional prefix
 * ({@code topic.prefix}) so several deployments can share a cluster.
 */
public final class Topics {
    public static final String ARTICLES = "articles";
    public static final String ACTOR_COUNTS = "actor-counts";
    public static final String DICTIONARY = "dictionary";
    public static final String ESCALATION_SIGNALS = "escalation-signals";
    public static final String ESCALATION_ALERTS = "escalation-alerts";
    /** Writer schemas of the single-object encoded topics, for readers built before them (TopicSchemaStore). */
    public static final String SCHEMAS = "schemas";
    public static final String DLQ_SUFFIX = "-dlq";

    private final String prefix;
    private final Topic<String, Article> articles;
    private final Topic<String, ActorCount> actorCounts;
    private final Topic<String, byte[]> dictionary;
    private final Topic<String, EscalationSignal> signals;
    private final Topic<String, EscalationAlert> alerts;
    private final org.apache.avro.message.SchemaStore writerSchemas;

    /** Values read in the frozen versions of their schemas only. */
    public Topics(String prefix) {
        this(prefix, null);
    }

    /**
     * @param writerSchemas where value serdes look up writer schemas newer than this build (the {@link #schemas()}
     *                      topic through {@link TopicSchemaStore}); null to read the frozen versions only
     */
    public Topics(String prefix, org.apache.avro.message.SchemaStore writerSchemas) {
        this.prefix = prefix == null ? "" : prefix;
        this.writerSchemas = writerSchemas;
        Serde<String> keys = Serdes.String();
        this.articles = new Topic<>(this.prefix + ARTICLES, keys,
                new SingleObjectSerde<>(Article.getClassSchema(), writerSchemas));
        this.actorCounts = new Topic<>(this.prefix + ACTOR_COUNTS, keys,
                new SingleObjectSerde<>(ActorCount.getClassSchema(), writerSchemas));
        this.dictionary = new Topic<>(this.prefix + DICTIONARY, keys, Serdes.ByteArray());
        this.signals = new Topic<>(this.prefix + ESCALATION_SIGNALS, keys,
                new SingleObjectSerde<>(EscalationSignal.getClassSchema(), writerSchemas));
        this.alerts = new Topic<>(this.prefix + ESCALATION_ALERTS, keys,
                new SingleObjectSerde<>(EscalationAlert.getClassSchema(), writerSchemas));
    }

    public String prefix() {
        return prefix;
    }

    public Topic<String, Article> articles() {
        return articles;
    }

    public Topic<String, ActorCount> actorCounts() {
        return actorCounts;
    }

    /** Current escalation state per subject: compacted. */
    public Topic<String, EscalationSignal> signals() {
        return signals;
    }

    /** One record per level change: append-only. */
    public Topic<String, EscalationAlert> alerts() {
        return alerts;
    }

    /**
     * The dictionary in force: compacted, one key ({@code current}), the value the dictionary's JSON document
     * (the same format as the bundled file), so {@code kcat -P} can publish one too.
     */
    public Topic<String, byte[]> dictionary() {
        return dictionary;
    }

    /** Where serdes resolve writer schemas newer than this build; null when they read frozen versions only. */
    public org.apache.avro.message.SchemaStore writerSchemas() {
        return writerSchemas;
    }

    /** The compacted topic of writer schemas (key: fingerprint hex, value: schema JSON); see {@link TopicSchemaStore}. */
    public String schemas() {
        return prefix + SCHEMAS;
    }

    /** Dead-letter topic for records that arrived on {@code topicName} and could not be read. */
    public String deadLetter(String topicName) {
        return topicName + DLQ_SUFFIX;
    }
}
