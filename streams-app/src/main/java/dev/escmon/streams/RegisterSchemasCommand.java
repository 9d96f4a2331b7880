package dev.escmon.streams;

import dev.escmon.avro.RegistryConfig;
import dev.escmon.avro.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "register-schemas", mixinStandardHelpOptions = true,
        description = "Registry mode: register every topic's value schema in Apicurio Registry as <topic>-value "
                + "(group default, type AVRO) with a compatibility rule. Idempotent: an unchanged schema keeps its "
                + "version; a changed one becomes a new version only if the rule allows it. Run it before `run`, "
                + "`publish` and `tail` in registry mode, and again after upgrading the schemas.")
public final class RegisterSchemasCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", description = "Properties with schema.registry.url, apicurio.registry.auth.*, topic.prefix.")
    Path configFile;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Registry base URL, e.g. http://localhost:8080 (or schema.registry.url / ESCMON_SCHEMA_REGISTRY_URL).")
    String registryUrl;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Prefix of every topic name.")
    String topicPrefix;

    @Option(names = "--compatibility", paramLabel = "LEVEL", defaultValue = "FULL_TRANSITIVE",
            description = "Compatibility rule of every artifact: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: "
                    + "a reader of any version reads records of every version, so the compacted topics replay from "
                    + "the start and producers, the app and consumers upgrade in any order).")
    SchemaRegistrar.Compatibility compatibility;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = System.out;
        Map<String, String> overrides = new HashMap<>();
        overrides.put(RegistryConfig.URL, registryUrl);
        overrides.put(AppSettings.TOPIC_PREFIX, topicPrefix);
        AppSettings settings = AppSettings.load(configFile, System.getenv(), overrides);
        Topics topics = settings.topics();
        if (topics.registry() == null) {
            System.err.println("error: no schema registry configured (--schema-registry-url, schema.registry.url or "
                    + "ESCMON_SCHEMA_REGISTRY_URL)");
            return 2;
        }
        SchemaRegistrar registrar = new SchemaRegistrar(topics.registry());
        out.println("registering value schemas in " + topics.registry().apiUrl() + " (group " + RegistryConfig.GROUP
                + ", compatibility " + compatibility + ")");
        try {
            for (Map.Entry<String, org.apache.avro.Schema> e : topics.valueSchemas().entrySet()) {
                String artifactId = SchemaRegistrar.valueArtifactId(e.getKey());
                SchemaRegistrar.Registered r = registrar.register(artifactId, e.getValue(), compatibility);
                out.printf("  %-34s %-32s version %-3s content id %d%n", r.artifactId(), e.getValue().getFullName(),
                        r.version(), r.contentId());
            }
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
