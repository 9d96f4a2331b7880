package dev.escmon.avro;

import org.apache.kafka.common.errors.RetriableException;

/**
 * The schema registry could not be reached (connection refused, timeout, a 5xx answer): the record is not at
 * fault, so it must not be dead-lettered; it can be read again once the registry answers.
 */
public final class SchemaRegistryUnavailableException extends RetriableException {
    public SchemaRegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
