package dev.escmon.avro;

import org.apache.avro.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Released versions of each schema, frozen as resources {@code dev/escmon/avro/frozen/<Name>-v<N>.avsc}.
 * Decoders learn them so that records written by older producers stay readable.
 */
public final class FrozenSchemas {
    private static final String FOLDER = "/dev/escmon/avro/frozen/";

    private FrozenSchemas() {
    }

    /** Every frozen version of the record named {@code simpleName}, oldest first. */
    public static List<Schema> versionsOf(String simpleName) {
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            String path = FOLDER + simpleName + "-v" + v + ".avsc";
            try (InputStream in = FrozenSchemas.class.getResourceAsStream(path)) {
                if (in == null) {
                    return versions;
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read frozen schema " + path, e);
            }
        }
    }
}
