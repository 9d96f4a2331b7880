package dev.escmon.bench;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The ceiling of {@link PipelineBenchmark}: a Kafka Streams exactly-once passthrough that reads the articles and
 * writes them unchanged, as bytes. Runs in its own JVM, like the pipeline, with the same guarantee, commit interval
 * and thread count as the shipped defaults.
 * Arguments: bootstrap-servers application-id source-topic sink-topic state-dir [fan-out record-bytes].
 * <p>
 * With a fan-out, each article is written as that many records of {@code record-bytes} (its key with the record's
 * number, the first bytes of its value) instead of once: the cost Kafka Streams and the broker alone put on an
 * application that writes that many small records per article, with no analysis at all.
 */
public final class PassthroughApp {
    private PassthroughApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 5 && args.length != 7) {
            System.err.println("usage: PassthroughApp BOOTSTRAP APPLICATION_ID SOURCE SINK STATE_DIR [FAN_OUT RECORD_BYTES]");
            System.exit(2);
        }
        int fanOut = args.length == 7 ? Integer.parseInt(args[5]) : 1;
        int recordBytes = args.length == 7 ? Integer.parseInt(args[6]) : Integer.MAX_VALUE;
        StreamsBuilder builder = new StreamsBuilder();
        KStream<byte[], byte[]> articles = builder.stream(args[2],
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-source"));
        if (fanOut > 1) {
            articles = articles.flatMap((key, value) -> {
                List<KeyValue<byte[], byte[]>> out = new ArrayList<>(fanOut);
                byte[] part = Arrays.copyOf(value, Math.min(value.length, recordBytes));
                byte[] base = key == null ? new byte[0] : key;
                for (int i = 0; i < fanOut; i++) {
                    byte[] k = Arrays.copyOf(base, base.length + 4);
                    ByteBuffer.wrap(k, base.length, 4).putInt(i);
                    out.add(KeyValue.pair(k, part));
                }
                return out;
            }, Named.as("passthrough-fan-out"));
        }
        articles.to(args[3], Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-sink"));
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
