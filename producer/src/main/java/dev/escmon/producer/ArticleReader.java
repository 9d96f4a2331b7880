package dev.escmon.producer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escmon.avro.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders (recursively, in name order): {@code .md}/{@code .txt} with front
 * matter, {@code .json} (one object or an array) and {@code .jsonl}/{@code .ndjson}. Every record is handed
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
                || name.endsWith(".jsonl") || name.endsWith(".ndjson");
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

    /** Reads a stream (stdin): JSON lines if it starts with '{', else one front-matter document. */
    public void read(InputStream in, String location, Consumer<Parsed> sink) throws IOException {
        byte[] bytes = in.readAllBytes();
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
        String kind = start.startsWith("{") ? "stdin.jsonl" : start.startsWith("[") ? "stdin.json" : "stdin.md";
        read(location, kind, bytes, sink);
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
