package dev.escmon.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escmon.avro.Topics;
import dev.escmon.producer.ArticlePublisher;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two app instances share the work; a query sent to either answers for every actor; health and metrics are real. */
class QueryApiIT {
    private static final Instant T0 = Instant.parse("2025-02-10T12:00:00Z");
    private static final Topics TOPICS = new Topics("q-");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KafkaTestSupport.Broker kafka;
    private static StreamsApp first;
    private static StreamsApp second;

    @TempDir
    static Path stateDir;

    private static StreamsApp start(String name) throws Exception {
        StreamsApp app = new StreamsApp(KafkaTestSupport.settings(kafka, "escmon-query-it", "q-", stateDir.resolve(name), 4),
                TestDictionary.holder());
        app.start();
        return app;
    }

    @BeforeAll
    static void startBoth() throws Exception {
        kafka = KafkaTestSupport.startBroker();
        first = start("first");
        second = start("second");
        await().atMost(Duration.ofSeconds(90)).until(() -> first.state() == KafkaStreams.State.RUNNING
                && second.state() == KafkaStreams.State.RUNNING
                && first.streams().metadataForAllStreamsClients().size() == 2);
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (StreamsApp app : new StreamsApp[] {first, second}) {
            if (app != null) {
                app.close();
            }
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static HttpResponse<String> get(StreamsApp app, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswerForEveryActorFromEitherInstance() throws Exception {
        Properties props = new Properties();
        props.setProperty("bootstrap.servers", kafka.bootstrapServers());
        try (ArticlePublisher publisher = new ArticlePublisher(props, TOPICS)) {
            publisher.publish(ActorCountsTopologyTest.article("a1", "Wire", T0, "Donald Trump spoke about Mexico.")).get(30, TimeUnit.SECONDS);
            publisher.publish(ActorCountsTopologyTest.article("a2", "Ledger", T0.plusSeconds(60),
                    "Claudia Sheinbaum and Donald Trump met with the CIA and the United States.")).get(30, TimeUnit.SECONDS);
        }
        Map<String, Long> expected = Map.of("donald-trump", 2L, "mex", 1L, "claudia-sheinbaum", 1L, "cia", 1L, "usa", 1L);
        Set<String> servers = new HashSet<>();
        StringBuilder allMetrics = new StringBuilder();
        for (StreamsApp app : List.of(first, second)) {
            for (Map.Entry<String, Long> e : expected.entrySet()) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    HttpResponse<String> response = get(app, "/api/actors/" + e.getKey());
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    JsonNode body = JSON.readTree(response.body());
                    assertThat(body.at("/counts/P1D/mentions").asLong()).isEqualTo(e.getValue());
                    servers.add(body.get("servedBy").asText());
                });
            }
            HttpResponse<String> top = get(app, "/api/actors/top?horizon=P7D&limit=10");
            assertThat(top.statusCode()).isEqualTo(200);
            JsonNode rows = JSON.readTree(top.body());
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0).get("actorId").asText()).isEqualTo("donald-trump");
            assertThat(get(app, "/health/ready").statusCode()).isEqualTo(200);
            assertThat(get(app, "/health/live").statusCode()).isEqualTo(200);
            String metrics = get(app, "/metrics").body();
            assertThat(metrics).contains("escmon_articles_processed_total", "kafka_stream_thread_process_total",
                    "escmon_subjects{level=\"WATCH\"", "escmon_mentions_total",
                    "jvm_memory_used_bytes", "escmon_count_latency_seconds_bucket", "escmon_signal_latency_seconds_bucket");
            assertThat(metrics).contains("escmon_top_actor_mentions{actor=");
            allMetrics.append(metrics);
            assertThat(get(app, "/api/actors/nobody").statusCode()).isEqualTo(404);
            // signals follow the counts by up to the reorder stage's max wait: two articles leave articles
            // partitions idle, so the deltas wait for the stage's input to go quiet
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                HttpResponse<String> signals = get(app, "/api/signals?level=NONE");
                assertThat(signals.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(signals.body()).findValuesAsText("subject"))
                        .contains("donald-trump", "donald-trump>cia", "cia");
            });
            assertThat(get(app, "/api/signals?level=LOUD").statusCode()).isEqualTo(400);
            assertThat(get(app, "/api/actors/top?horizon=P2D").statusCode()).isEqualTo(400);
        }
        // both instances own some actors: the answers above came from both
        assertThat(servers).hasSize(2);
        // each instance reports the top actors it owns; together, every actor
        assertThat(allMetrics.toString()).contains("escmon_top_actor_mentions{actor=\"Donald Trump\",horizon=\"P7D\"} 2.0");
    }
}
