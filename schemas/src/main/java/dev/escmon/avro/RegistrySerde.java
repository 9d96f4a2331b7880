package dev.escmon.avro;

import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.kafka.config.KafkaSerdeConfig;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Avro in the Confluent wire format (magic byte 0, 4-byte big-endian schema id, Avro binary body) through
 * Apicurio Registry's serde: the schema id is the registry's content id of the artifact {@code <topic>-value}
 * (group {@code default}), which is also the id Apicurio's Confluent-compatible API ({@code /apis/ccompat/v7})
 * serves, so Confluent clients read these records too. Values decode into the generated class, resolving the
 * writer schema from the registry against this build's reader schema.
 *
 * <p>Errors are split so the app can act on them: a record that is not in the wire format, names a schema id the
 * registry does not know, or has a corrupt body throws {@link SerializationException} (the record goes to the
 * dead-letter topic); a registry that cannot be reached throws {@link SchemaRegistryUnavailableException}
 * (nothing is dead-lettered; the record is read again once the registry answers); a value whose schema the
 * registry does not hold cannot be written and throws {@link SchemaNotRegisteredException}.
 *
 * <p>The Apicurio clients are made on first use, so a {@link Topics} built only for its topic names opens no
 * connection, and again after {@link #close()}.
 */
public final class RegistrySerde<T extends SpecificRecord> implements Serde<T> {
    static final byte MAGIC_BYTE = 0;
    static final int HEADER_SIZE = 5;

    private final Schema schema;
    private final RegistryConfig config;
    private volatile AvroKafkaSerializer<T> serializer;
    private volatile AvroKafkaDeserializer<T> deserializer;

    public RegistrySerde(Schema schema, RegistryConfig config) {
        AvroSecurity.trustGeneratedClasses();
        this.schema = schema;
        this.config = config;
    }

    public Schema schema() {
        return schema;
    }

    /** The settings handed to Apicurio's serializer and deserializer. */
    Map<String, Object> apicurioConfig() {
        Map<String, Object> props = new HashMap<>(config.passThrough());
        props.put(SchemaResolverConfig.REGISTRY_URL, config.apiUrl());
        props.put(SchemaResolverConfig.AUTO_REGISTER_ARTIFACT, config.autoRegister());
        // our own readers decode into the generated classes (reader schema = this build's), not GenericRecord
        props.put(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
        // write and look up the whole schema, nested records and enums inline, as register-schemas registers it;
        // without this the serializer looks up a schema whose nested types are references to other artifacts
        props.put(SchemaResolverConfig.DEREFERENCE_SCHEMA, true);
        // the Confluent wire format: the id travels in the payload (not in headers), as a 4-byte content id
        props.putIfAbsent(KafkaSerdeConfig.ENABLE_HEADERS, false);
        return props;
    }

    public byte[] encode(String topic, T value) {
        if (value == null) {
            return null;
        }
        try {
            return apicurioSerializer().serialize(topic, value);
        } catch (RuntimeException e) {
            if (isUnavailable(e)) {
                throw new SchemaRegistryUnavailableException("cannot encode " + schema.getName() + " for " + topic
                        + ": schema registry at " + config.apiUrl() + " not reachable: " + rootMessage(e), e);
            }
            throw new SchemaNotRegisteredException("cannot encode " + schema.getName() + " for " + topic + ": no usable schema "
                    + "in the registry for artifact " + topic + "-value matching " + schema.getFullName()
                    + (config.autoRegister() ? "" : " (auto-registration is off: run `escmon register-schemas`)")
                    + ": " + rootMessage(e), e);
        }
    }

    public T decode(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length < HEADER_SIZE || bytes[0] != MAGIC_BYTE) {
            throw new SerializationException("cannot decode " + schema.getName() + " from " + topic
                    + ": not the Confluent wire format (expected magic byte 00 and a 4-byte schema id, got "
                    + headOf(bytes) + ")");
        }
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        try {
            return apicurioDeserializer().deserialize(topic, bytes);
        } catch (RuntimeException e) {
            if (isUnavailable(e)) {
                throw new SchemaRegistryUnavailableException("cannot decode " + schema.getName() + " from " + topic
                        + ": schema registry at " + config.apiUrl() + " not reachable: " + rootMessage(e), e);
            }
            throw new SerializationException("cannot decode " + schema.getName() + " from " + topic + " (schema id "
                    + id + "): " + e.getClass().getSimpleName() + ": " + rootMessage(e), e);
        }
    }

    /**
     * Connection refused or reset, unknown host, TLS failure, time-outs and 5xx answers: the registry, not the
     * record, is at fault. Not every IOException: a truncated Avro body is an EOFException, and that is the record.
     */
    static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.SocketException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.UnknownHostException || t instanceof java.net.http.HttpTimeoutException
                    || t instanceof javax.net.ssl.SSLException || t instanceof java.nio.channels.ClosedChannelException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (t instanceof com.microsoft.kiota.ApiException api && api.getResponseStatusCode() >= 500) {
                return true;
            }
            if (t.getClass().getName().startsWith("io.vertx.core.http.") && t.getClass().getSimpleName().contains("Closed")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (root instanceof com.microsoft.kiota.ApiException api) {
            message = "HTTP " + api.getResponseStatusCode() + (message == null ? "" : " " + message);
        }
        String text = root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        // Apicurio's messages can carry the whole schema: enough to recognise it, not a page of JSON
        return text.length() <= 240 ? text : text.substring(0, 239) + "…";
    }

    private static String headOf(byte[] bytes) {
        int n = Math.min(bytes.length, HEADER_SIZE);
        return n == 0 ? "an empty value" : HexFormat.of().withUpperCase().formatHex(bytes, 0, n);
    }

    private AvroKafkaSerializer<T> apicurioSerializer() {
        AvroKafkaSerializer<T> s = serializer;
        if (s == null) {
            synchronized (this) {
                s = serializer;
                if (s == null) {
                    s = new AvroKafkaSerializer<>();
                    s.configure(apicurioConfig(), false);
                    serializer = s;
                }
            }
        }
        return s;
    }

    private AvroKafkaDeserializer<T> apicurioDeserializer() {
        AvroKafkaDeserializer<T> d = deserializer;
        if (d == null) {
            synchronized (this) {
                d = deserializer;
                if (d == null) {
                    d = new AvroKafkaDeserializer<>();
                    d.configure(apicurioConfig(), false);
                    deserializer = d;
                }
            }
        }
        return d;
    }

    @Override
    public Serializer<T> serializer() {
        return new Serializer<>() {
            @Override
            public byte[] serialize(String topic, T value) {
                return encode(topic, value);
            }

            @Override
            public void close() {
                closeSerializer();
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return new Deserializer<>() {
            @Override
            public T deserialize(String topic, byte[] bytes) {
                return decode(topic, bytes);
            }

            @Override
            public void close() {
                closeDeserializer();
            }
        };
    }

    private synchronized void closeSerializer() {
        if (serializer != null) {
            serializer.close();
            serializer = null;
        }
    }

    private synchronized void closeDeserializer() {
        if (deserializer != null) {
            deserializer.close();
            deserializer = null;
        }
    }

    /** Closes the Apicurio clients; a later use makes new ones. */
    @Override
    public void close() {
        closeSerializer();
        closeDeserializer();
    }
}
