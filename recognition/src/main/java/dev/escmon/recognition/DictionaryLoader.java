package dev.escmon.recognition;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and validates dictionaries. A broken dictionary fails loudly, naming the entry. */
public final class DictionaryLoader {
    /** The bundled default dictionary (US–Mexico security theatre plus every country). */
    public static final String DEFAULT_RESOURCE = "/dictionary/default-dictionary.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DictionaryLoader() {
    }

    public static Dictionary loadDefault() {
        try (InputStream in = DictionaryLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default dictionary " + DEFAULT_RESOURCE + " is not on the classpath");
            }
            return validate(MAPPER.readValue(in, Dictionary.class), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read default dictionary: " + e.getMessage(), e);
        }
    }

    public static Dictionary load(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return validate(MAPPER.readValue(in, Dictionary.class), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + path + ": " + e.getMessage(), e);
        }
    }

    public static Dictionary parse(byte[] json, String origin) {
        try {
            return validate(MAPPER.readValue(json, Dictionary.class), origin);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse dictionary " + origin + ": " + e.getMessage(), e);
        }
    }

    public static byte[] toJson(Dictionary dictionary) {
        try {
            return MAPPER.writeValueAsBytes(dictionary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Structural checks; returns the dictionary or throws naming every problem found. */
    public static Dictionary validate(Dictionary d, String origin) {
        List<String> problems = new ArrayList<>();
        if (d.version() == null || d.version().isBlank()) {
            problems.add("missing version");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < d.actors().size(); i++) {
            Dictionary.Actor a = d.actors().get(i);
            String where = "actors[" + i + "]" + (a.id() == null ? "" : " (" + a.id() + ")");
            if (a.id() == null || a.id().isBlank()) {
                problems.add(where + ": missing id");
            } else if (!ids.add(a.id())) {
                problems.add(where + ": duplicate id");
            }
            if (a.name() == null || a.name().isBlank()) {
                problems.add(where + ": missing name");
            }
            if (a.code() == null || a.code().isBlank()) {
                problems.add(where + ": missing code");
            }
            if (a.type() == null) {
                problems.add(where + ": missing type");
            }
        }
        for (int i = 0; i < d.cues().size(); i++) {
            Dictionary.Cue c = d.cues().get(i);
            if (c.phrase() == null || c.phrase().isBlank()) {
                problems.add("cues[" + i + "]: missing phrase");
            }
            if (c.code() == null || !d.cueCodes().containsKey(c.code())) {
                problems.add("cues[" + i + "] (" + c.phrase() + "): unknown code " + c.code());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid dictionary " + origin + ": " + String.join("; ",
                    problems.subList(0, Math.min(problems.size(), 20)))
                    + (problems.size() > 20 ? " (and " + (problems.size() - 20) + " more)" : ""));
        }
        return d;
    }
}
