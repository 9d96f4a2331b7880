package dev.escmon.avro;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Avro single-object encoding (2-byte marker C3 01, 8-byte little-endian CRC-64-AVRO fingerprint of the
 * writer schema, binary body): no registry needed. The decoder resolves every frozen version of the
 * schema, so records written with an older released version still decode; given a {@link SchemaStore}
 * (e.g. {@link TopicSchemaStore}), it also resolves writer schemas released after it was built, reading
 * them with its own schema (fields it does not know are skipped).
 */
public final class SingleObjectSerde<T> implements Serde<T> {
    private static final int HEADER_BYTES = 10;
    private final Schema schema;
    private final GenericData model;
    private final DatumWriter<T> writer;
    private final byte[] header;
    /** Readers by writer-schema fingerprint: the known versions, then what the schema store resolved. */
    private final Map<Long, DatumReader<T>> readers = new ConcurrentHashMap<>();
    private final SchemaStore writerSchemas;
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
        this.model = model;
        this.writer = datumWriter(model, schema);
        this.header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN)
                .put(MARKER_0).put(MARKER_1).putLong(SchemaNormalization.parsingFingerprint64(schema)).array();
        this.writerSchemas = writerSchemas;
        this.resolvesUnknownWriters = writerSchemas != null;
        readers.put(SchemaNormalization.parsingFingerprint64(schema), datumReader(model, schema, schema));
        for (Schema old : knownWriters) {
            readers.putIfAbsent(SchemaNormalization.parsingFingerprint64(old), datumReader(model, old, schema));
        }
    }

    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;

    @SuppressWarnings("unchecked")
    private static <T> DatumWriter<T> datumWriter(GenericData model, Schema schema) {
        return (DatumWriter<T>) model.createDatumWriter(schema);
    }

    @SuppressWarnings("unchecked")
    private static <T> DatumReader<T> datumReader(GenericData model, Schema writer, Schema reader) {
        return (DatumReader<T>) model.createDatumReader(writer, reader);
    }

    /**
     * The reader for a writer fingerprint. Avro's own {@code BinaryMessageDecoder} does the same lookup but then
     * reads through an unbuffered stream decoder; reading the byte array directly is several times faster, and
     * every store read in the pipeline goes through here (docs/PERFORMANCE.md).
     */
    private DatumReader<T> readerFor(long fingerprint) throws MissingSchemaException {
        DatumReader<T> reader = readers.get(fingerprint);
        if (reader != null) {
            return reader;
        }
        Schema found = writerSchemas == null ? null : readable(writerSchemas.findByFingerprint(fingerprint));
        if (found == null) {
            throw new MissingSchemaException("Cannot resolve schema for fingerprint: " + fingerprint);
        }
        reader = datumReader(model, found, schema);
        readers.put(fingerprint, reader);
        return reader;
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
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(header);
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writer.write(value, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("cannot encode " + schema.getName() + ": " + e.getMessage(), e);
        }
    }

    public T decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            if (bytes.length < HEADER_BYTES) {
                throw new BadHeaderException("Not enough header bytes");
            }
            if (bytes[0] != MARKER_0 || bytes[1] != MARKER_1) {
                throw new BadHeaderException("Unrecognized header bytes");
            }
            long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            BinaryDecoder body = DecoderFactory.get().binaryDecoder(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES, null);
            return readerFor(fingerprint).read(null, body);
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
