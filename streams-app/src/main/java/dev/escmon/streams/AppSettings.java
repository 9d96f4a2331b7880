package dev.escmon.streams;

import dev.escmon.avro.RegistryConfig;
import dev.escmon.avro.Topics;
import dev.escmon.config.Config;
import org.apache.kafka.streams.StreamsConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The app's effective configuration: bundled {@code streams-defaults.properties}, then {@code --config},
 * then {@code ESCMON_*} environment variables, then command-line overrides. App keys are kept apart from
 * what is handed to Kafka.
 */
public final class AppSettings {
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String TOPICS_PARTITIONS = "topics.partitions";
    public static final String TOPICS_REPLICATION = "topics.replication.factor";
    public static final String HTTP_PORT = "http.port";
    public static final String HTTP_BIND_HOST = "http.bind.host";
    public static final String HTTP_ADVERTISED_HOST = "http.advertised.host";
    public static final String DICTIONARY_PATH = "dictionary.path";
    private static final Set<String> APP_KEYS = Set.of(TOPIC_PREFIX, TOPICS_PARTITIONS, TOPICS_REPLICATION, HTTP_PORT,
            HTTP_BIND_HOST, HTTP_ADVERTISED_HOST, DICTIONARY_PATH);

    private final Properties all;

    public AppSettings(Properties all) {
        this.all = all;
    }

    public static AppSettings load(Path configFile, Map<String, String> env, Map<String, String> overrides) {
        return new AppSettings(Config.build("/streams-defaults.properties", configFile, env, overrides));
    }

    public Properties all() {
        Properties copy = new Properties();
        copy.putAll(all);
        return copy;
    }

    public String get(String key) {
        return all.getProperty(key);
    }

    /** The topics, in registry mode when {@code schema.registry.url} is set. */
    public Topics topics() {
        return Topics.from(all);
    }

    public int partitions() {
        return Integer.parseInt(all.getProperty(TOPICS_PARTITIONS, "3"));
    }

    public short replicationFactor() {
        return Short.parseShort(all.getProperty(TOPICS_REPLICATION, "-1"));
    }

    public int httpPort() {
        return Integer.parseInt(all.getProperty(HTTP_PORT, "7070"));
    }

    /** Interface the HTTP server listens on (default 0.0.0.0). */
    public String httpBindHost() {
        return all.getProperty(HTTP_BIND_HOST, "0.0.0.0");
    }

    /** Host name other instances use to reach this one (becomes application.server with the port). */
    public String httpAdvertisedHost() {
        return all.getProperty(HTTP_ADVERTISED_HOST, "localhost");
    }

    public Path dictionaryPath() {
        String p = all.getProperty(DICTIONARY_PATH, "");
        return p.isBlank() ? null : Path.of(p);
    }

    /** Everything Kafka Streams (and its clients) should see, with the dead-letter topic filled in. */
    public Properties streamsProperties() {
        Properties props = new Properties();
        for (String name : all.stringPropertyNames()) {
            if (!APP_KEYS.contains(name) && !name.startsWith("escalation.") && !RegistryConfig.isRegistryKey(name)) {
                props.setProperty(name, all.getProperty(name));
            }
        }
        Topics topics = topics();
        props.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG,
                topics.deadLetter(topics.articles().name()));
        return props;
    }

    /** Client settings (bootstrap, security) for admin, producer and consumer clients the app makes. */
    public Properties clientProperties() {
        return streamsProperties();
    }

    public String describe() {
        Properties shown = all();
        shown.putAll(streamsProperties());
        return Config.describe(shown);
    }
}
