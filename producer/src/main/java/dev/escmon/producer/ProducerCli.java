package dev.escmon.producer;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the producer jar: {@code publish} and {@code tail}. */
@Command(name = "escmon-producer", mixinStandardHelpOptions = true, version = "escmon 0.1.0",
        subcommands = {PublishCommand.class, TailCommand.class},
        description = "Publish articles to Kafka and read the monitor's output topics.")
public final class ProducerCli implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ProducerCli()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
