package dev.escmon.streams;

import dev.escmon.avro.SchemaNotRegisteredException;
import dev.escmon.avro.SchemaRegistryUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The app's exception handlers: Kafka Streams' own log-and-continue handlers, which also write the record to
 * the dead-letter topic (errors.dead.letter.queue.topic.name), plus a counter
 * {@code escmon_dead_letters_total{reason}} whose reason is the stage and the exception's class: a bounded set.
 * Kafka Streams instantiates handlers from their class names, so the registry is handed over statically.
 */
public final class DeadLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    private static volatile MeterRegistry registry = new SimpleMeterRegistry();

    private DeadLetters() {
    }

    /** The expected reasons, registered at zero so rate() and increase() see the first dead letter too. */
    private static final String[] KNOWN_REASONS = {"deserialization:SerializationException",
            "processing:InvalidArticleContentException"};

    static void useRegistry(MeterRegistry meterRegistry) {
        registry = meterRegistry;
        for (String reason : KNOWN_REASONS) {
            counter(reason);
        }
    }

    static void count(String stage, Exception exception) {
        counter(stage + ":" + exception.getClass().getSimpleName()).increment();
    }

    private static Counter counter(String reason) {
        return Counter.builder("escmon.dead.letters").description("Records sent to the dead-letter topic, by reason")
                .tag("reason", reason).register(registry);
    }

    /**
     * Records that cannot be deserialised go to the dead-letter topic. In registry mode a registry that cannot be
     * reached is not the record's fault: the stream thread fails instead (no dead letter, no commit), and is
     * replaced by the app's uncaught-exception policy, which reads the record again.
     */
    public static final class Deserialization extends LogAndContinueExceptionHandler {
        @Override
        public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                    ConsumerRecord<byte[], byte[]> record, Exception exception) {
            if (registryUnavailable(exception)) {
                LOG.error("schema registry unreachable while reading {}-{}@{}; failing the stream thread, not dead-lettering",
                        record.topic(), record.partition(), record.offset(), exception);
                return DeserializationExceptionHandler.Response.fail();
            }
            count("deserialization", exception);
            return DeserializationExceptionHandler.Response.resume(
                    fitting(super.handleError(context, record, exception).deadLetterQueueRecords()));
        }
    }

    /**
     * Dead letters that fit the dead-letter topic. Under exactly-once a send that fails (a record larger than
     * the topic or the producer takes) puts the transaction in error: the stream thread dies and the record
     * is read again and fails again, which would stop the pipeline for good. A dead letter over
     * {@link TopicAdmin#DEAD_LETTER_MAX_BYTES} keeps its key and headers and the first bytes of its value, with
     * headers saying it was truncated and how large it was.
     */
    static List<ProducerRecord<byte[], byte[]>> fitting(List<ProducerRecord<byte[], byte[]>> records) {
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>(records.size());
        for (ProducerRecord<byte[], byte[]> r : records) {
            int keep = TopicAdmin.DEAD_LETTER_MAX_BYTES - DEAD_LETTER_OVERHEAD - (r.key() == null ? 0 : r.key().length);
            if (r.value() == null || r.value().length <= keep) {
                out.add(r);
                continue;
            }
            Headers headers = new RecordHeaders(r.headers().toArray());
            headers.add(TRUNCATED_HEADER, String.valueOf(r.value().length).getBytes(StandardCharsets.UTF_8));
            LOG.warn("dead letter for {} truncated from {} to {} bytes", r.topic(), r.value().length, keep);
            out.add(new ProducerRecord<>(r.topic(), r.partition(), r.timestamp(), r.key(),
                    Arrays.copyOf(r.value(), keep), headers));
        }
        return out;
    }

    /** Header on a dead letter whose value was cut to fit: the original value's size in bytes. */
    static final String TRUNCATED_HEADER = "escmon.dead.letter.truncated.from.bytes";
    /** Room kept for headers (error message, stack trace, coordinates) and the record's framing. */
    private static final int DEAD_LETTER_OVERHEAD = 256 * 1024;

    static boolean registryUnavailable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SchemaRegistryUnavailableException) {
                return true;
            }
        }
        return false;
    }

    /** An output that cannot be written for want of its registered schema: a deployment error, not bad input. */
    static boolean schemaNotRegistered(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SchemaNotRegisteredException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records whose processing failed, e.g. {@link InvalidArticleContentException}. In registry mode, writing an
     * output can fail because the registry is unreachable or lacks the schema; the input is not at fault, so the
     * stream thread fails instead of dead-lettering it.
     */
    public static final class Processing extends LogAndContinueProcessingExceptionHandler {
        @Override
        public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                               Exception exception) {
            if (registryUnavailable(exception) || schemaNotRegistered(exception)) {
                LOG.error("cannot write an output of {} in registry mode; failing the stream thread, not dead-lettering",
                        context.processorNodeId(), exception);
                return ProcessingExceptionHandler.Response.fail();
            }
            count("processing", exception);
            return ProcessingExceptionHandler.Response.resume(
                    fitting(super.handleError(context, record, exception).deadLetterQueueRecords()));
        }
    }

    /**
     * Records that cannot be written. For an output this is Kafka Streams' default (fail the thread, which the
     * uncaught-exception policy replaces; the output is not written and the input is read again). For a dead letter
     * that cannot be written the default would try to dead-letter the dead letter, recursively, until the stack
     * overflows; here it is logged with the original record's coordinates and counted as
     * {@code dead-letter-lost} instead. (Oversized dead letters are truncated before they are sent, see
     * {@link #fitting}; under exactly-once a failed send fails the transaction whatever a handler answers.)
     */
    public static final class Production extends DefaultProductionExceptionHandler {
        private String deadLetterTopic;

        @Override
        public void configure(Map<String, ?> configs) {
            super.configure(configs);
            Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
            deadLetterTopic = topic == null ? null : topic.toString();
        }

        @Override
        public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                               ProducerRecord<byte[], byte[]> record, Exception exception) {
            if (record != null && record.topic().equals(deadLetterTopic)) {
                LOG.error("the dead letter of {}-{}@{} ({} bytes) could not be written to {}: {}; dropped",
                        context.topic(), context.partition(), context.offset(),
                        record.value() == null ? 0 : record.value().length, deadLetterTopic, exception.toString());
                count("dead-letter-lost", exception);
                return ProductionExceptionHandler.Response.resume();
            }
            return super.handleError(context, record, exception);
        }
    }
}
