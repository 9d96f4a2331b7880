package dev.escmon.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.escmon.avro.Level;
import dev.escmon.avro.internal.MentionAggregate;
import dev.escmon.avro.internal.SubjectHead;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The app's HTTP endpoints (the JDK's server): {@code /metrics} (Prometheus), {@code /health/live},
 * {@code /health/ready} (200 only while Kafka Streams is RUNNING), and a JSON query API over the state stores
 * that answers for every key from any instance: {@code /api/actors/{id}} is forwarded to the instance that owns
 * the actor, {@code /api/actors/top?horizon=P1D&limit=10} and {@code /api/signals?level=WARNING} (subjects at
 * that level or above) merge the answers of all instances.
 */
public final class HttpApi implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HttpApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile KafkaStreams streams;
    private volatile HostInfo self;
    private volatile DictionaryHolder dictionary;
    private final PrometheusMeterRegistry registry;
    private final Runnable beforeScrape;

    public HttpApi(String bindHost, int port, PrometheusMeterRegistry registry, Runnable beforeScrape) throws IOException {
        this.registry = registry;
        this.beforeScrape = beforeScrape;
        this.server = HttpServer.create(new InetSocketAddress(bindHost, port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "escmon-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/metrics", this::metrics);
        server.createContext("/health/live", e -> send(e, 200, Map.of("status", "UP")));
        server.createContext("/health/ready", this::ready);
        server.createContext("/api/actors", this::actors);
        server.createContext("/api/signals", this::signals);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    void attach(KafkaStreams streams, HostInfo self, DictionaryHolder dictionary) {
        this.streams = streams;
        this.self = self;
        this.dictionary = dictionary;
    }

    private void metrics(HttpExchange e) throws IOException {
        byte[] body;
        try {
            beforeScrape.run();
            body = registry.scrape().getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException failure) {
            LOG.error("metrics scrape failed", failure);
            send(e, 500, Map.of("error", "scrape failed: " + failure.getMessage()));
            return;
        }
        e.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        e.sendResponseHeaders(200, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    private void ready(HttpExchange e) throws IOException {
        KafkaStreams s = streams;
        KafkaStreams.State state = s == null ? KafkaStreams.State.CREATED : s.state();
        send(e, state == KafkaStreams.State.RUNNING ? 200 : 503, Map.of("status",
                state == KafkaStreams.State.RUNNING ? "UP" : "DOWN", "streams", state.name()));
    }

    private void actors(HttpExchange e) throws IOException {
        try {
            String path = e.getRequestURI().getPath();
            Map<String, String> query = query(e.getRequestURI());
            boolean local = "true".equals(query.get("local"));
            if (streams == null || streams.state() != KafkaStreams.State.RUNNING) {
                send(e, 503, Map.of("error", "not ready: streams state " + (streams == null ? "CREATED" : streams.state())));
                return;
            }
            if (path.equals("/api/actors/top")) {
                Horizon horizon = Horizon.ofLabel(query.getOrDefault("horizon", "P1D"));
                int limit = Integer.parseInt(query.getOrDefault("limit", "10"));
                send(e, 200, local ? localTop(horizon, limit) : top(horizon, limit, e.getRequestURI()));
                return;
            }
            String id = URLDecoder.decode(path.substring("/api/actors/".length()), StandardCharsets.UTF_8);
            if (id.isBlank() || id.contains("/")) {
                send(e, 404, Map.of("error", "no such resource: " + path));
                return;
            }
            KeyQueryMetadata owner = streams.queryMetadataForKey(EscalationTopology.ACTOR_TOTALS_STORE, id,
                    Serdes.String().serializer());
            if (!local && owner != null && owner.activeHost() != null && !owner.activeHost().equals(self)
                    && owner.activeHost().port() > 0) {
                forward(e, owner.activeHost(), e.getRequestURI());
                return;
            }
            Map<String, Object> counts = localActor(id);
            send(e, counts == null ? 404 : 200, counts == null ? Map.of("error", "no counts for actor " + id) : counts);
        } catch (IllegalArgumentException bad) {
            send(e, 400, Map.of("error", bad.getMessage()));
        } catch (RuntimeException | InterruptedException failure) {
            send(e, 503, Map.of("error", failure.getClass().getSimpleName() + ": " + failure.getMessage()));
        }
    }

    /** {@code /api/signals?level=WARNING}: subjects at that level or above, from every instance. */
    private void signals(HttpExchange e) throws IOException {
        try {
            Map<String, String> query = query(e.getRequestURI());
            Level min = Level.valueOf(query.getOrDefault("level", "WATCH").toUpperCase(java.util.Locale.ROOT));
            if (streams == null || streams.state() != KafkaStreams.State.RUNNING) {
                send(e, 503, Map.of("error", "not ready"));
                return;
            }
            List<Map<String, Object>> rows = new ArrayList<>(localSignals(min));
            if (!"true".equals(query.get("local"))) {
                for (StreamsMetadata instance : streams.metadataForAllStreamsClients()) {
                    HostInfo host = instance.hostInfo();
                    if (host.equals(self) || host.port() <= 0) {
                        continue;
                    }
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://" + host.host()
                            + ":" + host.port() + "/api/signals?local=true&level=" + min.name()))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                    for (Object o : JSON.readValue(response.body(), List.class)) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> row = (Map<String, Object>) o;
                        rows.add(row);
                    }
                }
            }
            rows.sort(Comparator.comparingInt((Map<String, Object> r) -> Level.valueOf((String) r.get("level")).ordinal())
                    .reversed().thenComparing(r -> (String) r.get("subject")));
            send(e, 200, rows);
        } catch (IllegalArgumentException bad) {
            send(e, 400, Map.of("error", "level must be one of NONE, WATCH, WARNING, CRITICAL"));
        } catch (RuntimeException | InterruptedException failure) {
            send(e, 503, Map.of("error", failure.getClass().getSimpleName() + ": " + failure.getMessage()));
        }
    }

    private List<Map<String, Object>> localSignals(Level min) {
        ReadOnlyKeyValueStore<String, SubjectHead> store = streams.store(StoreQueryParameters.fromNameAndType(
                EscalationTopology.SIGNALS_HEAD_STORE, QueryableStoreTypes.<String, SubjectHead>keyValueStore()));
        List<Map<String, Object>> rows = new ArrayList<>();
        try (KeyValueIterator<String, SubjectHead> it = store.all()) {
            while (it.hasNext()) {
                SubjectHead state = it.next().value;
                if (state.getLevel().ordinal() >= min.ordinal()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("subject", state.getSubject());
                    row.put("kind", state.getKind());
                    row.put("level", state.getLevel().name());
                    row.put("stories", state.getStories().stream().mapToInt(Integer::intValue).sum());
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private ReadOnlyKeyValueStore<String, MentionAggregate> totals() {
        return streams.store(StoreQueryParameters.fromNameAndType(EscalationTopology.ACTOR_TOTALS_STORE,
                QueryableStoreTypes.<String, MentionAggregate>keyValueStore()));
    }

    private Map<String, Object> row(String actorId, Horizon horizon, MentionAggregate a) {
        ActorDirectory.ActorInfo info = dictionary.lookup(actorId);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("actorId", actorId);
        row.put("name", info == null ? actorId : info.name());
        row.put("code", info == null ? "" : info.code());
        row.put("horizon", horizon.label());
        row.put("mentions", a.getMentions());
        row.put("articles", a.getArticles());
        row.put("sources", a.getSources().size());
        row.put("conflictWeight", a.getConflictWeight());
        row.put("cooperationWeight", a.getCooperationWeight());
        return row;
    }

    private Map<String, Object> localActor(String id) {
        ReadOnlyKeyValueStore<String, MentionAggregate> store = totals();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("actorId", id);
        Map<String, Object> horizons = new LinkedHashMap<>();
        for (Horizon h : Horizon.values()) {
            MentionAggregate a = store.get(id + "|" + h.label());
            if (a != null) {
                horizons.put(h.label(), row(id, h, a));
            }
        }
        if (horizons.isEmpty()) {
            return null;
        }
        out.put("counts", horizons);
        out.put("servedBy", self == null ? null : self.host() + ":" + self.port());
        return out;
    }

    private List<Map<String, Object>> localTop(Horizon horizon, int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String suffix = "|" + horizon.label();
        try (KeyValueIterator<String, MentionAggregate> it = totals().all()) {
            while (it.hasNext()) {
                var kv = it.next();
                if (kv.key.endsWith(suffix) && kv.value.getMentions() > 0) {
                    rows.add(row(kv.key.substring(0, kv.key.length() - suffix.length()), horizon, kv.value));
                }
            }
        }
        return sortAndLimit(rows, limit);
    }

    private List<Map<String, Object>> top(Horizon horizon, int limit, URI uri) throws InterruptedException {
        List<Map<String, Object>> rows = new ArrayList<>(localTop(horizon, limit));
        for (StreamsMetadata instance : streams.metadataForAllStreamsClients()) {
            HostInfo host = instance.hostInfo();
            if (host.equals(self) || host.port() <= 0) {
                continue;
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://" + host.host()
                        + ":" + host.port() + "/api/actors/top?local=true&horizon=" + horizon.label() + "&limit=" + limit))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("instance " + host + " answered " + response.statusCode());
                }
                for (Object o : JSON.readValue(response.body(), List.class)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> row = (Map<String, Object>) o;
                    rows.add(row);
                }
            } catch (IOException ioe) {
                throw new IllegalStateException("instance " + host + " unreachable: " + ioe.getMessage(), ioe);
            }
        }
        return sortAndLimit(rows, limit);
    }

    private static List<Map<String, Object>> sortAndLimit(List<Map<String, Object>> rows, int limit) {
        rows.sort(Comparator.comparingLong((Map<String, Object> r) -> ((Number) r.get("mentions")).longValue()).reversed()
                .thenComparing(r -> (String) r.get("actorId")));
        return rows.size() > limit ? new ArrayList<>(rows.subList(0, limit)) : rows;
    }

    private void forward(HttpExchange e, HostInfo host, URI uri) throws IOException, InterruptedException {
        String target = "http://" + host.host() + ":" + host.port() + uri.getRawPath() + "?local=true";
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        e.getResponseHeaders().add("Content-Type", "application/json");
        e.sendResponseHeaders(response.statusCode(), response.body().length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(response.body());
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return out;
    }

    private static void send(HttpExchange e, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        e.getResponseHeaders().add("Content-Type", "application/json");
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
