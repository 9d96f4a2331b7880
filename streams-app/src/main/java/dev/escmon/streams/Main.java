package dev.escmon.streams;

import dev.escmon.producer.PublishCommand;
import dev.escmon.producer.TailCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** The {@code escmon} command: local, run, publish, tail, extract, evaluate, register-schemas... */
@Command(name = "escmon", mixinStandardHelpOptions = true, version = "escmon 0.1.0",
        subcommands = {LocalCommand.class, RunCommand.class, PublishCommand.class, TailCommand.class,
                ExtractCommand.class, EvaluateCommand.class, DictionaryCommand.class, GenerateCommand.class,
                RegisterSchemasCommand.class},
        description = "Event-sourced escalation monitor on Kafka Streams.")
public final class Main implements Runnable {

    public static void main(String[] args) {
        configureLogging(args);
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /** `local` logs to a file in its data folder so the console shows only the live table; others to stderr. */
    static void configureLogging(String[] args) {
        if (args.length > 0 && args[0].equals("local") && System.getProperty("log4j2.configurationFile") == null) {
            String dataDir = "escmon-data";
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--data-dir") && i + 1 < args.length) {
                    dataDir = args[i + 1];
                } else if (args[i].startsWith("--data-dir=")) {
                    dataDir = args[i].substring("--data-dir=".length());
                }
            }
            System.setProperty("escmon.log.dir", Path.of(dataDir, "logs").toAbsolutePath().toString());
            System.setProperty("log4j2.configurationFile", "log4j2-local.xml");
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
