package dev.escmon.avro;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Registry mode: a value cannot be written because the registry holds no matching schema for its topic
 * (auto-registration is off and {@code register-schemas} was not run for this version). A deployment error, not
 * bad input: the app stops rather than dead-letter the record that produced the value.
 */
public final class SchemaNotRegisteredException extends SerializationException {
    public SchemaNotRegisteredException(String message, Throwable cause) {
        super(message, cause);
    }
}
