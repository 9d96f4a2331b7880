package dev.escmon.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one place configuration is assembled: bundled defaults, then a {@code --config} properties file, then
 * environment variables ({@code ESCMON_BOOTSTRAP_SERVERS=host:9092} sets {@code bootstrap.servers};
 * {@code _} becomes {@code .}, {@code __} becomes {@code _}, {@code ___} becomes {@code -}), then explicit
 * overrides (command-line options). Every Kafka client setting (SASL, TLS...) passes through unchanged.
 */
public final class Config {
    public static final String ENV_PREFIX = "ESCMON_";
    private static final String[] SECRET_MARKERS = {"password", "secret", "jaas", "token", "credential", "key"};

    private Config() {
    }

    /**
     * @param defaultsResource classpath resource with the bundled defaults (may be null)
     * @param configFile       optional user file
     * @param env              environment (System.getenv() in production)
     * @param overrides        highest priority, e.g. from command-line options
     */
    public static Properties build(String defaultsResource, Path configFile, Map<String, String> env,
                                   Map<String, String> overrides) {
        Properties result = new Properties();
        if (defaultsResource != null) {
            try (InputStream in = Config.class.getResourceAsStream(defaultsResource)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled defaults " + defaultsResource);
                }
                result.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (configFile != null) {
            try (Reader in = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                Properties file = new Properties();
                file.load(in);
                result.putAll(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read config file " + configFile + ": " + e.getMessage(), e);
            }
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                result.setProperty(envToKey(name.substring(ENV_PREFIX.length())), value);
            }
        });
        overrides.forEach((k, v) -> {
            if (v != null) {
                result.setProperty(k, v);
            }
        });
        return result;
    }

    static String envToKey(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace("___", "\u0001").replace("__", "\u0002").replace('_', '.')
                .replace('\u0001', '-').replace('\u0002', '_');
    }

    /** The keys starting with {@code prefix}, with the prefix removed. */
    public static Properties subset(Properties props, String prefix) {
        Properties out = new Properties();
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                out.setProperty(name.substring(prefix.length()), props.getProperty(name));
            }
        }
        return out;
    }

    /**
     * The settings a Kafka client of one kind accepts ({@code ProducerConfig.configNames()} and so on), plus every
     * {@code security.*}, {@code sasl.*} and {@code ssl.*} setting, so security passes through to every client.
     */
    public static Properties forClient(Properties props, java.util.Set<String> clientConfigNames) {
        Properties out = new Properties();
        for (String name : props.stringPropertyNames()) {
            if (clientConfigNames.contains(name) || name.startsWith("sasl.") || name.startsWith("ssl.")
                    || name.startsWith("security.")) {
                out.setProperty(name, props.getProperty(name));
            }
        }
        return out;
    }

    /** Sorted {@code key=value} lines with secrets masked, for printing at start-up. */
    public static String describe(Properties props) {
        Map<String, String> sorted = new TreeMap<>();
        for (String name : props.stringPropertyNames()) {
            sorted.put(name, isSecret(name) ? "[hidden]" : props.getProperty(name));
        }
        StringBuilder out = new StringBuilder();
        sorted.forEach((k, v) -> out.append("  ").append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".location") || lower.endsWith(".type") || lower.endsWith("serializer")
                || lower.endsWith("serde")) {
            return false;
        }
        for (String marker : SECRET_MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
