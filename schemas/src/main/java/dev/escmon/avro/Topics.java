package dev.escmon.avro;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The project's public topics, each declared once with its serdes. Names take an optional prefix
 * ({@code topic.prefix}) so several deployments can share a cluster. Avro values are in Avro's single-object
 * encoding, or, with a schema registry configured ({@link RegistryConfig}), in the Confluent wire format through
 * the registry. The dictionary topic stays a JSON document either way, so a plain producer can publish one.
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
    private final RegistryConfig registry;
    private final Topic<String, Article> articles;
    private final Topic<String, ActorCount> actorCounts;
    private final Topic<String, byte[]> dictionary;
    private final Topic<String, EscalationSignal> signals;
    private final Topic<String, EscalationAlert> alerts;
    private final org.apache.avro.message.SchemaStore writerSchemas;

    /** Topics with values in Avro's single-object encoding, read in the frozen versions of their schemas only. */
    public Topics(String prefix) {
        this(prefix, null, null);
    }

    /**
     * Single-object encoding, resolving newer writers.
     *
     * @param writerSchemas where value serdes look up writer schemas newer than this build (the {@link #schemas()}
     *                      topic through {@link TopicSchemaStore}); null to read the frozen versions only
     */
    public Topics(String prefix, org.apache.avro.message.SchemaStore writerSchemas) {
        this(prefix, null, writerSchemas);
    }

    /** @param registry the schema registry, or null for Avro's single-object encoding */
    public Topics(String prefix, RegistryConfig registry) {
        this(prefix, registry, null);
    }

    /**
     * @param registry      the schema registry, or null for Avro's single-object encoding
     * @param writerSchemas where single-object serdes (every value without a registry; the internal topics'
     *                      values with one) resolve writer schemas newer than this build; null for frozen only
     */
    public Topics(String prefix, RegistryConfig registry, org.apache.avro.message.SchemaStore writerSchemas) {
        this.prefix = prefix == null ? "" : prefix;
        this.registry = registry;
        this.writerSchemas = writerSchemas;
        Serde<String> keys = Serdes.String();
        this.articles = new Topic<>(this.prefix + ARTICLES, keys, valueSerde(Article.getClassSchema()));
        this.actorCounts = new Topic<>(this.prefix + ACTOR_COUNTS, keys, valueSerde(ActorCount.getClassSchema()));
        this.dictionary = new Topic<>(this.prefix + DICTIONARY, keys, Serdes.ByteArray());
        this.signals = new Topic<>(this.prefix + ESCALATION_SIGNALS, keys,
                valueSerde(EscalationSignal.getClassSchema()));
        this.alerts = new Topic<>(this.prefix + ESCALATION_ALERTS, keys, valueSerde(EscalationAlert.getClassSchema()));
    }

    /** The topics an effective configuration describes: {@code topic.prefix} and {@code schema.registry.url}. */
    public static Topics from(Properties props) {
        return new Topics(props.getProperty("topic.prefix", ""), RegistryConfig.from(props).orElse(null), null);
    }

    /** The same topics, with serdes that resolve newer single-object writers from {@code store}. */
    public Topics withWriterSchemas(org.apache.avro.message.SchemaStore store) {
        return new Topics(prefix, registry, store);
    }

    private <V extends SpecificRecord> Serde<V> valueSerde(Schema schema) {
        return registry == null ? new SingleObjectSerde<>(schema, writerSchemas) : new RegistrySerde<>(schema, registry);
    }

    public String prefix() {
        return prefix;
    }

    /** The schema registry values go through, or null in single-object encoding. */
    public RegistryConfig registry() {
        return registry;
    }

    /**
     * The Avro value schema of every topic whose values are Avro, by topic name, in a stable order: what
     * {@code register-schemas} registers as {@code <topic>-value}.
     */
    public Map<String, Schema> valueSchemas() {
        Map<String, Schema> out = new LinkedHashMap<>();
        out.put(articles.name(), Article.getClassSchema());
        out.put(actorCounts.name(), ActorCount.getClassSchema());
        out.put(signals.name(), EscalationSignal.getClassSchema());
        out.put(alerts.name(), EscalationAlert.getClassSchema());
        return out;
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
