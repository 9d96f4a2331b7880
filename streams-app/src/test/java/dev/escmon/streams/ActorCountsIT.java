package dev.escmon.streams;

import dev.escmon.avro.ActorCount;
import dev.escmon.avro.Article;
import dev.escmon.avro.Topics;
import dev.escmon.producer.ArticlePublisher;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole path on a real broker: publisher → articles → streams app (exactly-once) → actor-counts. */
class ActorCountsIT {
    private static final Instant T0 = Instant.parse("2025-02-10T12:00:00Z");
    private static KafkaTestSupport.Broker kafka;
    private static StreamsApp app;
    private static final Topics TOPICS = new Topics("it-");

    @TempDir
    static Path stateDir;

    @BeforeAll
    static void start() throws Exception {
        kafka = KafkaTestSupport.startBroker();
        AppSettings settings = KafkaTestSupport.settings(kafka, "escmon-it", "it-", stateDir, 3);
        app = new StreamsApp(settings, TestDictionary.holder());
        app.start();
        assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static Article article(String id, String outlet, Instant published, String body) {
        return ActorCountsTopologyTest.article(id, outlet, published, body);
    }

    @Test
    void shouldProduceExactCountsPerActorAndHorizonOnARealBroker() throws Exception {
        Properties producerProps = new Properties();
        producerProps.setProperty("bootstrap.servers", kafka.bootstrapServers());
        try (ArticlePublisher publisher = new ArticlePublisher(producerProps, TOPICS)) {
            publisher.publish(article("a1", "Wire", T0, "Donald Trump spoke about Mexico.")).get(30, TimeUnit.SECONDS);
            publisher.publish(article("a2", "Ledger", T0.plus(Duration.ofMinutes(30)),
                    "Donald Trump and Claudia Sheinbaum met with officials. President Trump left.")).get(30, TimeUnit.SECONDS);
            publisher.publish(article("a3", "Diario", T0.plus(Duration.ofHours(2)),
                    "México y Estados Unidos se reunieron.")).get(30, TimeUnit.SECONDS);
            // republishing a1 unchanged is an upsert: nothing may be counted twice
            publisher.publish(article("a1", "Wire", T0, "Donald Trump spoke about Mexico.")).get(30, TimeUnit.SECONDS);
        }

        Map<String, ActorCount> expected = new HashMap<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Map<String, ActorCount> c = readAll(kafka, TOPICS.actorCounts().name());
            // Trump: a1 (1) + a2 (2) in the day and week; the hour window at 14:00 holds neither
            assertThat(c).containsKeys("donald-trump|P1D", "donald-trump|P7D", "claudia-sheinbaum|P7D", "mex|P7D",
                    "usa|P1D");
            assertThat(c.get("donald-trump|P1D").getMentions()).isEqualTo(3);
            assertThat(c.get("donald-trump|P1D").getArticles()).isEqualTo(2);
            assertThat(c.get("donald-trump|P1D").getSources()).isEqualTo(2);
            assertThat(c.get("donald-trump|P7D").getMentions()).isEqualTo(3);
            assertThat(c.get("claudia-sheinbaum|P7D").getMentions()).isEqualTo(1);
            // Mexico: a1 (English) and a3 (Spanish) are one actor
            assertThat(c.get("mex|P7D").getMentions()).isEqualTo(2);
            assertThat(c.get("mex|P7D").getSources()).isEqualTo(2);
            assertThat(c.get("usa|P1D").getMentions()).isEqualTo(1);
            expected.putAll(c);
        });
        // the actor-counts topic is compacted, one key per actor and horizon
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPICS.actorCounts().name());
            Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            ConfigResource articles = new ConfigResource(ConfigResource.Type.TOPIC, TOPICS.articles().name());
            assertThat(admin.describeConfigs(List.of(articles)).all().get(30, TimeUnit.SECONDS).get(articles)
                    .get("cleanup.policy").value()).isEqualTo("compact");
        }
        assertThat(expected.keySet()).contains("donald-trump|PT1H", "donald-trump|P1D", "donald-trump|P7D");
    }

    static Map<String, ActorCount> readAll(KafkaTestSupport.Broker kafka, String topic) {
        Map<String, ActorCount> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(kafka, topic)) {
            latest.put(r.key(), new Topics("").actorCounts().valueSerde().deserializer().deserialize(topic, r.value()));
        }
        return latest;
    }
}
