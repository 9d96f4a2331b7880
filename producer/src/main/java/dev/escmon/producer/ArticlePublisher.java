package dev.escmon.producer;

import dev.escmon.avro.Article;
import dev.escmon.avro.SingleObjectSerde;
import dev.escmon.avro.TopicSchemaStore;
import dev.escmon.avro.Topic;
import dev.escmon.avro.Topics;
import dev.escmon.config.Config;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Library API for publishing articles to the {@code articles} topic: keyed by article id, idempotent,
 * {@code acks=all}. Before its first write it publishes its writer schema to the {@code schemas} topic, so
 * readers built before this schema version can resolve it. A future completes when the broker confirmed the write; {@link #flush()} waits for all.
 *
 * <pre>{@code
 * Properties props = new Properties();
 * props.setProperty("bootstrap.servers", "localhost:9092");
 * try (ArticlePublisher publisher = new ArticlePublisher(props, new Topics(""))) {
 *     publisher.publish(article).join();
 * }
 * }</pre>
 */
public final class ArticlePublisher implements AutoCloseable {
    private final KafkaProducer<String, Article> producer;
    private final Topic<String, Article> topic;

    /**
     * @param clientProperties any Kafka producer settings (bootstrap.servers, SASL/TLS...); keys that are not
     *                         producer settings are ignored
     */
    public ArticlePublisher(Properties clientProperties, Topics topics) {
        this.topic = topics.articles();
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.remove("topic.prefix");
        props.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "escmon-publisher");
        if (topic.valueSerde() instanceof SingleObjectSerde<?> serde) {
            try (TopicSchemaStore store = new TopicSchemaStore(props, topics.schemas())) {
                store.publish(serde.schema());
            }
        }
        Properties known = Config.forClient(props, ProducerConfig.configNames());
        this.producer = new KafkaProducer<>(known, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    public String topicName() {
        return topic.name();
    }

    public CompletableFuture<RecordMetadata> publish(Article article) {
        return send(new ProducerRecord<>(topic.name(), article.getId(), article));
    }

    /** Publishes a tombstone: the article and everything derived from it are retracted. */
    public CompletableFuture<RecordMetadata> retract(String articleId) {
        return send(new ProducerRecord<>(topic.name(), articleId, null));
    }

    private CompletableFuture<RecordMetadata> send(ProducerRecord<String, Article> record) {
        CompletableFuture<RecordMetadata> done = new CompletableFuture<>();
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else {
                done.complete(metadata);
            }
        });
        return done;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
