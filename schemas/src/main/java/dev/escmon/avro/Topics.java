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
    public static final String DLQ_SUFFIX = "-dlq";

    private final String prefix;
    private final Topic<String, Article> articles;
    private final Topic<String, ActorCount> actorCounts;
    private final Topic<String, byte[]> dictionary;
    private final Topic<String, EscalationSignal> signals;
    private final Topic<String, EscalationAlert> alerts;

    public Topics(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
        Serde<String> keys = Serdes.String();
        this.articles = new Topic<>(this.prefix + ARTICLES, keys, new SingleObjectSerde<>(Article.getClassSchema()));
        this.actorCounts = new Topic<>(this.prefix + ACTOR_COUNTS, keys,
                new SingleObjectSerde<>(ActorCount.getClassSchema()));
        this.dictionary = new Topic<>(this.prefix + DICTIONARY, keys, Serdes.ByteArray());
        this.signals = new Topic<>(this.prefix + ESCALATION_SIGNALS, keys,
                new SingleObjectSerde<>(EscalationSignal.getClassSchema()));
        this.alerts = new Topic<>(this.prefix + ESCALATION_ALERTS, keys,
                new SingleObjectSerde<>(EscalationAlert.getClassSchema()));
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

    /** Dead-letter topic for records that arrived on {@code topicName} and could not be read. */
    public String deadLetter(String topicName) {
        return topicName + DLQ_SUFFIX;
    }
}
