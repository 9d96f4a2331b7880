package dev.escmon.streams;

import dev.escmon.avro.Topics;
import dev.escmon.config.Config;
import dev.escmon.producer.ClientOptions;
import dev.escmon.recognition.Dictionary;
import dev.escmon.recognition.DictionaryLoader;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

@Command(name = "publish-dictionary", mixinStandardHelpOptions = true,
        description = {"Validate a dictionary file and publish it to the dictionary topic: every running instance",
                "switches to it without a restart, and derived records carry its version from then on."})
public final class DictionaryCommand implements Callable<Integer> {
    static final String KEY = "current";

    @Parameters(index = "0", paramLabel = "FILE", description = "Dictionary JSON, in the format of the bundled one.")
    Path file;

    @Mixin
    ClientOptions client = new ClientOptions();

    @Override
    public Integer call() throws Exception {
        byte[] json = Files.readAllBytes(file);
        Dictionary dictionary;
        try {
            dictionary = DictionaryLoader.parse(json, file.toString());
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        Properties props = client.properties();
        Topics topics = Topics.from(props);
        Properties producerProps = Config.forClient(props, ProducerConfig.configNames());
        producerProps.setProperty(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Math.max(1 << 20, json.length + 4096)));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.dictionary().name(), KEY, json)).get(60, TimeUnit.SECONDS);
        }
        System.out.printf("published dictionary %s (%d actors, %d cues) to %s%n", dictionary.version(),
                dictionary.actors().size(), dictionary.cues().size(), topics.dictionary().name());
        return 0;
    }
}
