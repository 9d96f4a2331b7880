package dev.escmon.streams;

import dev.escmon.avro.Article;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time is the article's publication time; a tombstone keeps the time Kafka gave it. A publication time
 * Kafka cannot carry (before 1970, or beyond the brokers' one-hour limit on future timestamps) is not used:
 * the record keeps its Kafka time so that it reaches validation and goes to the dead-letter topic with the
 * reason, instead of being skipped by Kafka Streams with only a log line.
 */
public final class ArticleTimestampExtractor implements TimestampExtractor {
    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof Article article && article.getPublishedAt() != null) {
            long published = article.getPublishedAt().toEpochMilli();
            if (published >= 0 && published <= System.currentTimeMillis() + ArticleMentionsProcessor.FUTURE_TOLERANCE_MS) {
                return published;
            }
        }
        return record.timestamp() >= 0 ? record.timestamp() : Math.max(0, partitionTime);
    }
}
