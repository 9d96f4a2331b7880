package dev.escmon.producer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Stable article ids, so publishing the same article twice is an upsert: the given id, else a hash of the
 * canonical URL, else a hash of outlet + title + publication time.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String idFor(String givenId, String url, String outlet, String title, Instant published) {
        if (givenId != null && !givenId.isBlank()) {
            return givenId.strip();
        }
        if (url != null && !url.isBlank()) {
            return "u-" + hash(canonicalUrl(url));
        }
        return "t-" + hash(outlet.strip().toLowerCase(Locale.ROOT) + "\n" + title.strip() + "\n" + published);
    }

    /**
     * Lower-cased scheme and host, no fragment, no default port, no tracking parameters ({@code utm_*},
     * {@code fbclid}, {@code gclid}), no trailing slash.
     */
    public static String canonicalUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http"))
                    || (port == 443 && scheme.equals("https"));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            List<String> params = new ArrayList<>();
            if (uri.getRawQuery() != null) {
                for (String p : uri.getRawQuery().split("&")) {
                    String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (!p.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
                        params.add(p);
                    }
                }
            }
            params.sort(null);
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                    + (params.isEmpty() ? "" : "?" + String.join("&", params));
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
