package dev.escmon.avro;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * Avro single-object encoding (2-byte marker C3 01, 8-byte little-endian CRC-64-AVRO fingerprint of the
 * writer schema, binary body): no registry needed. The decoder resolves every frozen version of the
 * schema, so records written with an older released version still decode.
 */
public final class SingleObjectSerde<T extends SpecificRecord> implements Serde<T> {
    private final Schema schema;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    public SingleObjectSerde(Schema schema) {
        AvroSecurity.trustGeneratedClasses();
        this.schema = schema;
        SpecificData model = SpecificData.getForSchema(schema);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema);
        for (Schema old : FrozenSchemas.versionsOf(schema.getName())) {
            decoder.addSchema(old);
        }
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
                    + fingerprintOf(bytes) + " (not a released version of " + schema.getFullName() + ")", e);
        } catch (BadHeaderException e) {
            throw new SerializationException("cannot decode " + schema.getName()
                    + ": not Avro single-object encoding (expected marker C3 01, got " + headOf(bytes) + ")", e);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new SerializationException("cannot decode " + schema.getName() + ": corrupt body ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
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
