package dev.escmon.streams;

import dev.escmon.avro.SchemaNotRegisteredException;
import dev.escmon.avro.SchemaRegistryUnavailableException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Registry-mode failures that are not the record's fault stop the thread; bad records still go to the DLQ. */
class DeadLettersTest {
    private static final ConsumerRecord<byte[], byte[]> RECORD = new ConsumerRecord<>("articles", 0, 7L,
            "k".getBytes(), "v".getBytes());

    /** What Kafka Streams hands a handler about the failed record (a plain value object). */
    private record Context(String topic, int partition, long offset, Headers headers, String processorNodeId,
                           TaskId taskId, long timestamp, byte[] sourceRawKey, byte[] sourceRawValue)
            implements ErrorHandlerContext {
        Context() {
            this("articles", 0, 7L, new RecordHeaders(), "signals-sink", new TaskId(2, 0), 0L, "k".getBytes(),
                    "v".getBytes());
        }
    }

    private static Map<String, Object> dlq() {
        return Map.of("errors.dead.letter.queue.topic.name", "articles-dlq");
    }

    @Test
    void shouldFailInsteadOfDeadLetteringWhenTheRegistryIsUnreachable() {
        DeadLetters.Deserialization handler = new DeadLetters.Deserialization();
        handler.configure(dlq());
        DeserializationExceptionHandler.Response down = handler.handleError(new Context(), RECORD,
                new SchemaRegistryUnavailableException("registry not reachable", new ConnectException("refused")));
        assertThat(down.result()).isEqualTo(DeserializationExceptionHandler.Result.FAIL);
        assertThat(down.deadLetterQueueRecords()).isEmpty();

        DeserializationExceptionHandler.Response bad = handler.handleError(new Context(), RECORD,
                new SerializationException("not the Confluent wire format"));
        assertThat(bad.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(bad.deadLetterQueueRecords()).hasSize(1);
    }

    @Test
    void shouldFailInsteadOfDeadLetteringTheInputWhenAnOutputCannotBeWritten() {
        DeadLetters.Processing handler = new DeadLetters.Processing();
        handler.configure(dlq());
        Record<String, String> input = new Record<>("k", "v", 0L);
        Exception unregistered = new StreamsException("Unable to serialize record",
                new SchemaNotRegisteredException("no schema for escalation-signals-value", null));
        assertThat(handler.handleError(new Context(), input, unregistered).result())
                .isEqualTo(ProcessingExceptionHandler.Result.FAIL);
        Exception down = new StreamsException("Unable to serialize record",
                new SchemaRegistryUnavailableException("registry not reachable", null));
        assertThat(handler.handleError(new Context(), input, down).result())
                .isEqualTo(ProcessingExceptionHandler.Result.FAIL);
        assertThat(handler.handleError(new Context(), input, new InvalidArticleContentException("a1", "body", "empty"))
                .result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
    }
}
