package dev.escmon.producer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escmon.avro.Article;

import com.rometools.rome.io.FeedException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders (recursively, in name order), http(s) URLs and streams:
 * {@code .md}/{@code .txt} with front matter, {@code .json} (one object or an array), {@code .jsonl}/{@code .ndjson},
 * {@code .html} pages and RSS/Atom feeds ({@code .rss}, {@code .atom}, {@code .xml}). Every record is handed
 * over as a {@link Parsed}: an article, or the reason it was rejected with its location.
 */
public final class ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One input record: exactly one of article and error is set. */
    public record Parsed(String location, Article article, InvalidArticleException error) {
        public boolean ok() {
            return article != null;
        }
    }

    private final ArticleParser parser;
    private final Clock clock;

    public ArticleReader(ArticleParser parser, Clock clock) {
        this.parser = parser;
        this.clock = clock;
    }

    public ArticleReader() {
        this(new ArticleParser(), Clock.systemUTC());
    }

    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt") || name.endsWith(".json")
                || name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml");
    }

    /** Reads a file, or every article file under a folder. */
    public void read(Path path, Consumer<Parsed> sink) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
            }
            for (Path file : files) {
                readFile(file, sink);
            }
        } else {
            readFile(path, sink);
        }
    }

    public void readFile(Path file, Consumer<Parsed> sink) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        read(file.toString(), name, Files.readAllBytes(file), sink);
    }

    /** Reads a stream (stdin), recognising its format from its first characters. */
    public void read(InputStream in, String location, Consumer<Parsed> sink) throws IOException {
        byte[] bytes = in.readAllBytes();
        read(location, sniff(bytes, "stdin"), bytes, sink);
    }

    /** Fetches an http(s) URL: a feed, an HTML page, or any file format, by content type or content. */
    public void read(URI url, Consumer<Parsed> sink) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("User-Agent", "escmon-publisher").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            sink.accept(new Parsed(url.toString(), null,
                    new InvalidArticleException(url.toString(), null, "HTTP status " + response.statusCode())));
            return;
        }
        String type = response.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
        String kind = type.contains("json") ? (type.contains("ndjson") || type.contains("jsonl") ? "url.jsonl" : "url.json")
                : type.contains("rss") || type.contains("atom") || type.contains("xml") ? "url.xml"
                : type.contains("html") ? "url.html" : sniff(response.body(), "url");
        read(url.toString(), kind, response.body(), sink);
    }

    private static String sniff(byte[] bytes, String name) {
        String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("{")) {
            return name + ".jsonl";
        }
        if (start.startsWith("[")) {
            return name + ".json";
        }
        if (start.startsWith("<")) {
            return WebFormats.looksLikeFeed(start) ? name + ".xml" : name + ".html";
        }
        return name + ".md";
    }

    /** Reads the bytes of one named input; the format follows the name's extension. */
    public void read(String location, byte[] bytes, Consumer<Parsed> sink) {
        read(location, location.toLowerCase(Locale.ROOT), bytes, sink);
    }

    private void read(String location, String kind, byte[] bytes, Consumer<Parsed> sink) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            sink.accept(new Parsed(location, null, new InvalidArticleException(location, null, "invalid UTF-8")));
            return;
        }
        if (kind.endsWith(".jsonl") || kind.endsWith(".ndjson")) {
            readJsonLines(location, text, sink);
        } else if (kind.endsWith(".json")) {
            readJson(location, text, sink);
        } else if (kind.endsWith(".html") || kind.endsWith(".htm")) {
            String base = location.startsWith("http") ? location : null;
            sink.accept(parse(location, () -> parser.fromFields(WebFormats.fromHtml(text, base), location, clock.instant())));
        } else if (kind.endsWith(".xml") || kind.endsWith(".rss") || kind.endsWith(".atom")) {
            readFeed(location, text, sink);
        } else {
            sink.accept(parse(location, () -> parser.fromFrontMatter(text, location, clock.instant())));
        }
    }

    private void readJsonLines(String location, String text, Consumer<Parsed> sink) {
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = location + ":" + number;
                String json = line;
                sink.accept(parse(where, () -> parser.fromJson(readTree(json, where), where, clock.instant())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreachable: reading a string", e);
        }
    }

    private void readFeed(String location, String text, Consumer<Parsed> sink) {
        List<Map<String, String>> items;
        try {
            items = WebFormats.fromFeed(text);
        } catch (FeedException | RuntimeException e) {
            sink.accept(new Parsed(location, null, new InvalidArticleException(location, null,
                    "not a readable RSS/Atom feed: " + e.getMessage())));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String where = location + "#item-" + (i + 1);
            Map<String, String> item = items.get(i);
            sink.accept(parse(where, () -> parser.fromFields(item, where, clock.instant())));
        }
    }

    private void readJson(String location, String text, Consumer<Parsed> sink) {
        JsonNode root;
        try {
            root = readTree(text, location);
        } catch (InvalidArticleException e) {
            sink.accept(new Parsed(location, null, e));
            return;
        }
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                String where = location + "[" + i + "]";
                JsonNode node = root.get(i);
                sink.accept(parse(where, () -> parser.fromJson(node, where, clock.instant())));
            }
        } else {
            sink.accept(parse(location, () -> parser.fromJson(root, location, clock.instant())));
        }
    }

    private static JsonNode readTree(String json, String where) throws InvalidArticleException {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(where, null, "invalid JSON: " + e.getOriginalMessage());
        }
    }

    private interface ParseStep {
        Article run() throws InvalidArticleException;
    }

    private static Parsed parse(String location, ParseStep step) {
        try {
            return new Parsed(location, step.run(), null);
        } catch (InvalidArticleException e) {
            return new Parsed(location, null, e);
        }
    }
}
