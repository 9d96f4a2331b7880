package dev.escmon.streams;

import dev.escmon.avro.SchemaNotRegisteredException;
import dev.escmon.avro.SchemaRegistryUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
            return super.handleError(context, record, exception);
        }
    }

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
            return super.handleError(context, record, exception);
        }
    }
}
