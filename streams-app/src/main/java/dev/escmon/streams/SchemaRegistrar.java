package dev.escmon.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escmon.avro.RegistryConfig;
import org.apache.avro.Schema;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Registers value schemas in Apicurio Registry (v3 REST API) the way Apicurio's serde finds them: artifact
 * {@code <topic>-value} of type AVRO in group {@code default}, content = the generated class's schema as Avro
 * prints it, which is what the serializer looks up by content when auto-registration is off. Each artifact gets a
 * compatibility rule, set before a new version is added so the new version is checked against it.
 */
final class SchemaRegistrar {
    /** Apicurio's compatibility levels (the same names as Confluent's). */
    enum Compatibility { NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE }

    /** One artifact after registration: the version holding this build's schema and its content id (the wire id). */
    record Registered(String artifactId, String version, long contentId, long globalId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String api;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    SchemaRegistrar(RegistryConfig config) {
        this.api = config.apiUrl();
        String user = config.passThrough().get("apicurio.registry.auth.username");
        String password = config.passThrough().get("apicurio.registry.auth.password");
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    }

    /** The artifact id Apicurio's default TopicIdStrategy (and Confluent's TopicNameStrategy) uses for values. */
    static String valueArtifactId(String topic) {
        return topic + "-value";
    }

    /** Registers every topic's value schema; the first failure stops with a message naming the artifact. */
    List<Registered> registerAll(Map<String, Schema> valueSchemas, Compatibility compatibility)
            throws IOException, InterruptedException {
        List<Registered> out = new ArrayList<>();
        for (Map.Entry<String, Schema> e : valueSchemas.entrySet()) {
            out.add(register(valueArtifactId(e.getKey()), e.getValue(), compatibility));
        }
        return out;
    }

    /**
     * Creates the artifact with this schema as its first version, or, if it exists, first sets the rule and then
     * adds the schema as a new version unless an identical one is there (FIND_OR_CREATE_VERSION).
     */
    Registered register(String artifactId, Schema schema, Compatibility compatibility)
            throws IOException, InterruptedException {
        boolean exists = send("GET", artifactPath(artifactId), null, 200, 404).statusCode() == 200;
        if (exists) {
            ensureCompatibility(artifactId, compatibility);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("artifactId", artifactId);
        body.put("artifactType", "AVRO");
        ObjectNode content = body.putObject("firstVersion").putObject("content");
        content.put("content", schema.toString());
        content.put("contentType", "application/json");
        HttpResponse<String> created = send("POST", groupPath() + "/artifacts?ifExists=FIND_OR_CREATE_VERSION",
                body, 200);
        if (!exists) {
            ensureCompatibility(artifactId, compatibility);
        }
        JsonNode version = JSON.readTree(created.body()).path("version");
        return new Registered(artifactId, version.path("version").asText(), version.path("contentId").asLong(),
                version.path("globalId").asLong());
    }

    /** Creates or updates the artifact's COMPATIBILITY rule. */
    void ensureCompatibility(String artifactId, Compatibility compatibility) throws IOException, InterruptedException {
        ObjectNode rule = JSON.createObjectNode();
        rule.put("ruleType", "COMPATIBILITY");
        rule.put("config", compatibility.name());
        String rules = artifactPath(artifactId) + "/rules";
        if (send("GET", rules + "/COMPATIBILITY", null, 200, 404).statusCode() == 200) {
            send("PUT", rules + "/COMPATIBILITY", rule, 200, 204);
        } else {
            send("POST", rules, rule, 200, 204);
        }
    }

    /** The artifact's COMPATIBILITY rule, or null if it has none. */
    String compatibilityOf(String artifactId) throws IOException, InterruptedException {
        HttpResponse<String> r = send("GET", artifactPath(artifactId) + "/rules/COMPATIBILITY", null, 200, 404);
        return r.statusCode() == 404 ? null : JSON.readTree(r.body()).path("config").asText();
    }

    /** The value artifacts among these topics that the registry does not have. */
    List<String> missingArtifacts(Iterable<String> topics) throws IOException, InterruptedException {
        List<String> missing = new ArrayList<>();
        for (String topic : topics) {
            String id = valueArtifactId(topic);
            if (send("GET", artifactPath(id), null, 200, 404).statusCode() == 404) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** True if the registry holds content with this id (the id in the Confluent wire format). */
    boolean knowsContentId(long contentId) throws IOException, InterruptedException {
        return send("GET", "/ids/contentIds/" + contentId, null, 200, 404).statusCode() == 200;
    }

    private String groupPath() {
        return "/groups/" + RegistryConfig.GROUP;
    }

    private String artifactPath(String artifactId) {
        return groupPath() + "/artifacts/" + URLEncoder.encode(artifactId, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String method, String path, JsonNode body, int... accepted)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("schema registry at " + api + " not reachable (" + method + " " + path + "): "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
        for (int ok : accepted) {
            if (response.statusCode() == ok) {
                return response;
            }
        }
        throw new IOException(method + " " + api + path + " answered HTTP " + response.statusCode() + ": "
                + problem(response.body()));
    }

    /** The title and detail of an RFC 7807 problem answer, else the body. */
    private static String problem(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            String title = node.path("title").asText("");
            String detail = node.path("detail").asText("");
            String text = (detail.startsWith(title) ? detail : title + (detail.isEmpty() ? "" : ": " + detail)).trim();
            return text.isEmpty() ? body : text;
        } catch (IOException notJson) {
            return body;
        }
    }
}
