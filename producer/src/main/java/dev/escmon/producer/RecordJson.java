package dev.escmon.producer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Avro records as plain JSON for shell users: field names as in the schema, timestamps as ISO-8601. */
public final class RecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordJson() {
    }

    public static String toJson(String key, SpecificRecord value) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("key", key);
        root.put("value", value == null ? null : toMap(value));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> toMap(SpecificRecord record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Schema.Field field : record.getSchema().getFields()) {
            out.put(field.name(), plain(record.get(field.pos())));
        }
        return out;
    }

    private static Object plain(Object value) {
        if (value instanceof SpecificRecord r) {
            return toMap(r);
        }
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof CharSequence || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        return value;
    }
}
