package dev.escmon.producer;

import dev.escmon.config.Config;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Options every client command shares: where the cluster is and how to reach it. */
public final class ClientOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with Kafka client settings (bootstrap.servers, security.protocol, sasl.*, ssl.*) and topic.prefix.")
    Path configFile;

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (default: localhost:9092, or bootstrap.servers from --config / ESCMON_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Prefix of every topic name.")
    String topicPrefix;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Registry mode: values in the Confluent wire format through this Apicurio Registry (or schema.registry.url from --config / ESCMON_SCHEMA_REGISTRY_URL).")
    String schemaRegistryUrl;

    /** Bundled defaults, then --config, then ESCMON_* environment variables, then these options. */
    public Properties properties() {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("bootstrap.servers", bootstrapServers);
        overrides.put("topic.prefix", topicPrefix);
        overrides.put("schema.registry.url", schemaRegistryUrl);
        return Config.build("/producer-defaults.properties", configFile, System.getenv(), overrides);
    }
}
