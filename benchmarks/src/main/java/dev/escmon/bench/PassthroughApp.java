package dev.escmon.bench;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The ceiling of {@link PipelineBenchmark}: a Kafka Streams exactly-once passthrough that reads the articles and
 * writes them unchanged, as bytes. Runs in its own JVM, like the pipeline, with the same guarantee, commit interval
 * and thread count as the shipped defaults.
 * Arguments: bootstrap-servers application-id source-topic sink-topic state-dir.
 */
public final class PassthroughApp {
    private PassthroughApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 5) {
            System.err.println("usage: PassthroughApp BOOTSTRAP APPLICATION_ID SOURCE SINK STATE_DIR");
            System.exit(2);
        }
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(args[2], Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-source"))
                .to(args[3], Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-sink"));
        Properties props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, args[1]);
        props.put(StreamsConfig.STATE_DIR_CONFIG, args[4]);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        CountDownLatch stop = new CountDownLatch(1);
        try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                streams.close(Duration.ofSeconds(30));
                stop.countDown();
            }, "passthrough-shutdown"));
            streams.setStateListener((now, before) -> {
                if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                    stop.countDown();
                }
            });
            streams.start();
            stop.await();
        }
    }
}
