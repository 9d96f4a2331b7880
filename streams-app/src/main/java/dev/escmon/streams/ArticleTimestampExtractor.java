package dev.escmon.streams;

import dev.escmon.avro.Article;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/** Event time is the article's publication time; a tombstone keeps the time Kafka gave it. */
public final class ArticleTimestampExtractor implements TimestampExtractor {
    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof Article article && article.getPublishedAt() != null) {
            return article.getPublishedAt().toEpochMilli();
        }
        return record.timestamp() >= 0 ? record.timestamp() : Math.max(0, partitionTime);
    }
}
