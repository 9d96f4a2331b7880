package dev.escmon.avro;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Registry mode: with {@code schema.registry.url} set, every public topic's values are written in the Confluent
 * wire format (magic byte 0, 4-byte schema id, Avro binary) through Apicurio Registry's serde.
 *
 * <ul>
 *   <li>{@code schema.registry.url}: the registry's base URL ({@code http://registry:8080}); the REST API path
 *       {@code /apis/registry/v3} is added unless the URL already ends with it.</li>
 *   <li>{@code schema.registry.auto.register}: let writers register schemas they do not find (default
 *       {@code false}: schemas are registered, with their compatibility rules, by {@code register-schemas}).</li>
 *   <li>{@code apicurio.registry.*}: passed to the serde unchanged (authentication, TLS, caching, retries).</li>
 * </ul>
 */
public record RegistryConfig(String apiUrl, boolean autoRegister, Map<String, String> passThrough) {
    public static final String URL = "schema.registry.url";
    public static final String AUTO_REGISTER = "schema.registry.auto.register";
    public static final String PASS_THROUGH_PREFIX = "apicurio.registry.";
    /** Path of Apicurio Registry's v3 REST API, which the serde and {@code register-schemas} talk to. */
    public static final String API_PATH = "/apis/registry/v3";
    /** The group Apicurio's serde uses when the strategy names none (TopicIdStrategy: {@code <topic>-value}). */
    public static final String GROUP = "default";

    public RegistryConfig {
        passThrough = Map.copyOf(passThrough);
    }

    /** Registry mode if {@code schema.registry.url} is set and not blank; empty means single-object encoding. */
    public static Optional<RegistryConfig> from(Properties props) {
        String url = props.getProperty(URL, "").trim();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> passThrough = new TreeMap<>();
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith(PASS_THROUGH_PREFIX)) {
                passThrough.put(name, props.getProperty(name));
            }
        }
        boolean autoRegister = Boolean.parseBoolean(props.getProperty(AUTO_REGISTER, "false").trim()
                .toLowerCase(Locale.ROOT));
        return Optional.of(new RegistryConfig(apiUrlOf(url), autoRegister, passThrough));
    }

    static String apiUrlOf(String url) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return base.endsWith(API_PATH) ? base : base + API_PATH;
    }

    /** True if {@code key} is a registry-mode setting, not one for the Kafka clients. */
    public static boolean isRegistryKey(String key) {
        return key.equals(URL) || key.equals(AUTO_REGISTER) || key.startsWith(PASS_THROUGH_PREFIX);
    }
}
