package dev.escmon.producer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escmon.avro.Article;
import dev.escmon.avro.Contributor;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one input record (a front-matter document or a JSON object) into a validated {@link Article}.
 * Field names accepted: id, url/link, outlet/source, title, body/text/content, language/lang,
 * published/publishedAt/published_at/date, authors/author (entries {@code Name} or {@code Name (role)}), tags,
 * section.
 */
public final class ArticleParser {
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** Kafka timestamps start in 1970; every record derived from an article carries its publication time. */
    private static final Instant EARLIEST = Instant.EPOCH;
    /** Brokers refuse record timestamps more than an hour ahead (log.message.timestamp.after.max.ms). */
    private static final java.time.Duration FUTURE_TOLERANCE = java.time.Duration.ofHours(1);

    private final int maxBodyBytes;
    private final ZoneId defaultZone;
    private final String defaultLanguage;

    /**
     * @param defaultLanguage language of records that declare none and are not recognised; null to reject them
     */
    public ArticleParser(int maxBodyBytes, ZoneId defaultZone, String defaultLanguage) {
        this.maxBodyBytes = maxBodyBytes;
        this.defaultZone = defaultZone;
        this.defaultLanguage = defaultLanguage;
    }

    public ArticleParser(int maxBodyBytes, ZoneId defaultZone) {
        this(maxBodyBytes, defaultZone, null);
    }

    public ArticleParser() {
        this(DEFAULT_MAX_BODY_BYTES, java.time.ZoneOffset.UTC);
    }

    /** A document with a {@code ---} delimited header of {@code key: value} lines, then the body. */
    public Article fromFrontMatter(String document, String location, Instant ingestedAt) throws InvalidArticleException {
        String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new InvalidArticleException(location, null, "no front-matter header (first line must be ---)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 1;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("---")) {
                break;
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InvalidArticleException(location + ":" + (i + 1), null,
                        "front-matter line is not 'key: value': " + line.strip());
            }
            fields.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                    unquote(line.substring(colon + 1).strip()));
        }
        if (i >= lines.length) {
            throw new InvalidArticleException(location, null, "front-matter header is not closed by ---");
        }
        StringBuilder body = new StringBuilder();
        for (int k = i + 1; k < lines.length; k++) {
            body.append(lines[k]).append('\n');
        }
        fields.put("body", body.toString().strip());
        return build(fields, location, ingestedAt);
    }

    public Article fromJson(JsonNode node, String location, Instant ingestedAt) throws InvalidArticleException {
        if (node == null || !node.isObject()) {
            throw new InvalidArticleException(location, null, "expected a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            String key = e.getKey().toLowerCase(java.util.Locale.ROOT);
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                // a byline entry may be an object with a name and a role
                v.forEach(x -> items.add(x.isObject() ? Bylines.entry(x.path("name").asText(), x.path("role").asText(null))
                        : x.asText()));
                fields.put(key, String.join(",", items));
            } else if (!v.isNull()) {
                fields.put(key, v.asText());
            }
        });
        return build(fields, location, ingestedAt);
    }

    /** An article from already extracted fields (HTML pages, feed entries). */
    public Article fromFields(Map<String, String> fields, String location, Instant ingestedAt)
            throws InvalidArticleException {
        return build(fields, location, ingestedAt);
    }

    private Article build(Map<String, String> f, String location, Instant ingestedAt) throws InvalidArticleException {
        String title = first(f, "title", "headline");
        String body = first(f, "body", "text", "content");
        String outlet = first(f, "outlet", "source", "publisher");
        String url = first(f, "url", "link");
        String language = first(f, "language", "lang");
        String published = first(f, "published", "publishedat", "published_at", "date", "pubdate");
        require(title, location, "title");
        require(outlet, location, "outlet");
        if (body == null) {
            throw new InvalidArticleException(location, "body", "missing");
        }
        if (body.isBlank()) {
            throw new InvalidArticleException(location, "body", "empty");
        }
        int bodyBytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bodyBytes > maxBodyBytes) {
            throw new InvalidArticleException(location, "body",
                    bodyBytes + " bytes is over the limit of " + maxBodyBytes + " bytes");
        }
        require(published, location, "published");
        Instant publishedAt;
        try {
            publishedAt = Dates.parse(published, defaultZone);
        } catch (DateTimeException e) {
            throw new InvalidArticleException(location, "published", e.getMessage());
        }
        if (publishedAt.isBefore(EARLIEST) || publishedAt.isAfter(ingestedAt.plus(FUTURE_TOLERANCE))) {
            throw new InvalidArticleException(location, "published",
                    publishedAt + " is outside the accepted range (1970 to one hour after ingestion)");
        }
        if (language == null || language.isBlank()) {
            language = LanguageGuess.guess(title + " " + body);
            if (language == null) {
                language = defaultLanguage;
            }
            if (language == null) {
                throw new InvalidArticleException(location, "language", "missing and not recognisable from the text");
            }
        }
        String id = ArticleIds.idFor(f.get("id"), url, outlet, title, publishedAt);
        List<Contributor> contributors = Bylines.parse(first(f, "authors", "author"));
        String section = f.get("section");
        return Article.newBuilder()
                .setId(id)
                .setUrl(url == null || url.isBlank() ? null : url.strip())
                .setOutlet(outlet.strip())
                .setTitle(title.strip())
                .setBody(body)
                .setLanguage(language.strip().toLowerCase(java.util.Locale.ROOT))
                .setPublishedAt(publishedAt)
                .setIngestedAt(ingestedAt)
                .setAuthors(contributors.stream().map(Contributor::getName).toList())
                .setTags(list(f.get("tags")))
                .setSection(section == null || section.isBlank() ? null : section.strip())
                .setContributors(contributors)
                .build();
    }

    private static void require(String value, String location, String field) throws InvalidArticleException {
        if (value == null || value.isBlank()) {
            throw new InvalidArticleException(location, field, "missing");
        }
    }

    private static String first(Map<String, String> fields, String... names) {
        for (String name : names) {
            String v = fields.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static List<String> list(String csv) {
        List<String> out = new ArrayList<>();
        if (csv != null) {
            for (String part : csv.replace("[", "").replace("]", "").split(",")) {
                if (!part.isBlank()) {
                    out.add(unquote(part.strip()));
                }
            }
        }
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
