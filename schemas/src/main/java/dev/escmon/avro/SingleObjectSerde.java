package dev.escmon.avro;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;

/**
 * Avro single-object encoding (2-byte marker C3 01, 8-byte little-endian CRC-64-AVRO fingerprint of the
 * writer schema, binary body): no registry needed. The decoder resolves every frozen version of the
 * schema, so records written with an older released version still decode; given a {@link SchemaStore}
 * (e.g. {@link TopicSchemaStore}), it also resolves writer schemas released after it was built, reading
 * them with its own schema (fields it does not know are skipped).
 */
public final class SingleObjectSerde<T> implements Serde<T> {
    private final Schema schema;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;
    private final boolean resolvesUnknownWriters;

    /** Generated classes of {@code schema}; reads the frozen versions of it. */
    public SingleObjectSerde(Schema schema) {
        this(schema, null);
    }

    /**
     * Generated classes of {@code schema}; reads the frozen versions of it, and writer schemas it does not
     * know that {@code writerSchemas} holds (null: none).
     */
    public SingleObjectSerde(Schema schema, SchemaStore writerSchemas) {
        this(specificModel(schema), schema, FrozenSchemas.versionsOf(schema.getName()), writerSchemas);
    }

    private static SpecificData specificModel(Schema schema) {
        AvroSecurity.trustGeneratedClasses();
        return SpecificData.getForSchema(schema);
    }

    /**
     * Any data model (e.g. {@link GenericData} for tools and tests that pin a reader to an older release):
     * reads {@code knownWriters} and what {@code writerSchemas} (nullable) resolves, as {@code schema}.
     */
    public SingleObjectSerde(GenericData model, Schema schema, List<Schema> knownWriters, SchemaStore writerSchemas) {
        AvroSecurity.trustGeneratedClasses();
        this.schema = schema;
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.resolvesUnknownWriters = writerSchemas != null;
        this.decoder = new BinaryMessageDecoder<>(model, schema,
                writerSchemas == null ? null : fingerprint -> readable(writerSchemas.findByFingerprint(fingerprint)));
        for (Schema old : knownWriters) {
            decoder.addSchema(old);
        }
    }

    /** A resolved writer schema this reader cannot read is refused here, naming why, not deep in the decoder. */
    private Schema readable(Schema writer) {
        if (writer == null) {
            return null;
        }
        SchemaCompatibility.SchemaPairCompatibility check =
                SchemaCompatibility.checkReaderWriterCompatibility(schema, writer);
        if (check.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new SerializationException("cannot decode " + schema.getName() + ": writer schema "
                    + fingerprintHex(SchemaNormalization.parsingFingerprint64(writer))
                    + " from the schema store is not readable as " + schema.getFullName() + " ("
                    + check.getResult().getIncompatibilities() + ")");
        }
        return writer;
    }

    public Schema schema() {
        return schema;
    }

    /** The fingerprint written into every record by this serde (CRC-64-AVRO, as in the header). */
    public long fingerprint() {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    public byte[] encode(T value) {
        if (value == null) {
            return null;
        }
        try {
            ByteBuffer buffer = encoder.encode(value);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("cannot encode " + schema.getName() + ": " + e.getMessage(), e);
        }
    }

    public T decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return decoder.decode(bytes);
        } catch (MissingSchemaException e) {
            throw new SerializationException("cannot decode " + schema.getName() + ": unknown writer schema fingerprint "
                    + fingerprintOf(bytes) + " (not a released version of " + schema.getFullName()
                    + (resolvesUnknownWriters ? ", nor published in the schema store)" : ")"), e);
        } catch (BadHeaderException e) {
            throw new SerializationException("cannot decode " + schema.getName()
                    + ": not Avro single-object encoding (expected marker C3 01, got " + headOf(bytes) + ")", e);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new SerializationException("cannot decode " + schema.getName() + ": corrupt body ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /**
     * A fingerprint as the hex of its 8 bytes in the order a record's header carries them (little-endian), as
     * error messages and the keys of the schemas topic show it.
     */
    public static String fingerprintHex(long fingerprint) {
        return HexFormat.of().formatHex(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(fingerprint).array());
    }

    private static String headOf(byte[] bytes) {
        int n = Math.min(bytes.length, 2);
        return n == 0 ? "an empty value" : HexFormat.of().withUpperCase().formatHex(bytes, 0, n);
    }

    private static String fingerprintOf(byte[] bytes) {
        if (bytes.length < 10) {
            return "(truncated header)";
        }
        return HexFormat.of().formatHex(bytes, 2, 10);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> decode(bytes);
    }
}
