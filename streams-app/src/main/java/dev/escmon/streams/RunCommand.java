package dev.escmon.streams;

import dev.escmon.recognition.DictionaryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the streams app against any Kafka cluster. Start more instances with the same",
                "application.id to scale out. Settings: bundled defaults < --config < ESCMON_* variables < options."})
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties: any Kafka Streams/client setting (bootstrap.servers, security.protocol, sasl.*, ssl.*) and app settings.")
    Path configFile;

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT[,...]", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--application-id", paramLabel = "ID", description = "Kafka Streams application.id (default: escmon).")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Local state folder.")
    Path stateDir;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Registry mode: topic values in the Confluent wire format through this Apicurio Registry (schema.registry.url).")
    String schemaRegistryUrl;

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("bootstrap.servers", bootstrapServers);
        overrides.put("application.id", applicationId);
        overrides.put("state.dir", stateDir == null ? null : stateDir.toString());
        overrides.put("schema.registry.url", schemaRegistryUrl);
        AppSettings settings = AppSettings.load(configFile, System.getenv(), overrides);
        System.out.println("escmon run: effective configuration\n" + settings.describe());
        DictionaryHolder dictionary = new DictionaryHolder(settings.dictionaryPath() == null
                ? DictionaryLoader.loadDefault() : DictionaryLoader.load(settings.dictionaryPath()));
        CountDownLatch stop = new CountDownLatch(1);
        try (StreamsApp app = new StreamsApp(settings, dictionary)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                app.close();
            }, "escmon-shutdown"));
            app.start();
            if (!app.awaitRunning(Duration.ofMinutes(5))) {
                System.err.println("escmon run: streams client did not reach RUNNING (state " + app.state() + ")");
            }
            stop.await();
        }
        return 0;
    }
}
