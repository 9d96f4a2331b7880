package dev.escmon.producer;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTML pages and RSS/Atom feeds turned into the field maps {@link ArticleParser} validates: jsoup finds a
 * page's main text and metadata (Open Graph, {@code article:published_time}, {@code <time>}, canonical link,
 * {@code <html lang>}); ROME reads every feed dialect.
 */
final class WebFormats {

    private WebFormats() {
    }

    static boolean looksLikeFeed(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    /** One article from an HTML page. */
    static Map<String, String> fromHtml(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "title", meta(doc, "og:title"), doc.title());
        put(f, "outlet", meta(doc, "og:site_name"), meta(doc, "application-name"));
        Element canonical = doc.selectFirst("link[rel=canonical]");
        put(f, "url", canonical == null ? null : canonical.absUrl("href"), meta(doc, "og:url"), baseUri);
        Element time = doc.selectFirst("time[datetime]");
        put(f, "published", meta(doc, "article:published_time"), meta(doc, "date"),
                time == null ? null : time.attr("datetime"));
        String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
        put(f, "language", lang == null || lang.isBlank() ? null : lang.split("[-_]")[0]);
        put(f, "authors", meta(doc, "author"));
        put(f, "section", meta(doc, "article:section"));
        Element main = doc.selectFirst("article");
        if (main == null) {
            main = doc.selectFirst("main");
        }
        if (main == null) {
            main = doc.body();
        }
        put(f, "body", paragraphs(main));
        return f;
    }

    /** Every entry of an RSS or Atom feed, with its position for error messages. */
    static List<Map<String, String>> fromFeed(String xml) throws FeedException {
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(xml)));
        List<Map<String, String>> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            Map<String, String> f = new LinkedHashMap<>();
            put(f, "title", entry.getTitle());
            put(f, "outlet", feed.getTitle());
            put(f, "url", entry.getLink(), entry.getUri());
            if (entry.getPublishedDate() != null) {
                f.put("published", DateTimeFormatter.ISO_INSTANT.format(entry.getPublishedDate().toInstant()));
            } else if (entry.getUpdatedDate() != null) {
                f.put("published", DateTimeFormatter.ISO_INSTANT.format(entry.getUpdatedDate().toInstant()));
            }
            put(f, "language", feed.getLanguage() == null ? null : feed.getLanguage().split("[-_]")[0]);
            String html = null;
            for (SyndContent content : entry.getContents()) {
                if (content.getValue() != null && !content.getValue().isBlank()) {
                    html = content.getValue();
                    break;
                }
            }
            if (html == null && entry.getDescription() != null) {
                html = entry.getDescription().getValue();
            }
            put(f, "body", html == null ? null : paragraphs(Jsoup.parseBodyFragment(html).body()));
            // Atom <author> and RSS <dc:creator> are authors; Atom <contributor> has no role, so OTHER
            List<String> byline = new ArrayList<>();
            if (!entry.getAuthors().isEmpty()) {
                entry.getAuthors().forEach(a -> byline.add(a.getName()));
            } else if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
                byline.add(entry.getAuthor());
            }
            entry.getContributors().forEach(c -> byline.add(Bylines.entry(c.getName(), "contributor")));
            put(f, "authors", String.join(",", byline));
            items.add(f);
        }
        return items;
    }

    private static String paragraphs(Element root) {
        if (root == null) {
            return "";
        }
        Elements ps = root.select("p");
        if (ps.isEmpty()) {
            return root.text();
        }
        StringBuilder out = new StringBuilder();
        for (Element p : ps) {
            String text = p.text().strip();
            if (!text.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(text);
            }
        }
        return out.toString();
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static void put(Map<String, String> f, String key, String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                f.put(key, c.strip());
                return;
            }
        }
    }
}
