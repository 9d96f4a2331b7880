package dev.escmon.producer;

import com.sun.net.httpserver.HttpServer;
import dev.escmon.avro.Contributor;
import dev.escmon.avro.ContributorRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebFormatsTest {
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private final ArticleReader reader = new ArticleReader(new ArticleParser(1 << 20, ZoneOffset.UTC),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }

    private List<ArticleReader.Parsed> read(Path path) throws IOException {
        List<ArticleReader.Parsed> out = new ArrayList<>();
        reader.read(path, out::add);
        return out;
    }

    @Test
    void shouldReadEveryItemOfAnRssFeedAndNameTheBadOne() throws IOException {
        List<ArticleReader.Parsed> parsed = read(fixture("border-desk.rss"));
        assertThat(parsed).hasSize(3);
        assertThat(parsed.get(0).article().getTitle()).isEqualTo("Talks on border security resume in Mexico City");
        assertThat(parsed.get(0).article().getOutlet()).isEqualTo("Border Desk");
        assertThat(parsed.get(0).article().getLanguage()).isEqualTo("en");
        assertThat(parsed.get(0).article().getBody())
                .isEqualTo("Delegations from both governments met again on Sunday.\n\nThey agreed to meet monthly.");
        assertThat(parsed.get(0).article().getPublishedAt()).isEqualTo(Instant.parse("2025-03-02T18:00:00Z"));
        assertThat(parsed.get(0).article().getAuthors()).containsExactly("Desk Staff");
        assertThat(parsed.get(0).article().getSection()).isNull();
        assertThat(parsed.get(1).error().getMessage()).endsWith("border-desk.rss#item-2: published: missing");
        assertThat(parsed.get(2).article().getPublishedAt()).isEqualTo(Instant.parse("2025-03-06T19:00:00Z"));
    }

    @Test
    void shouldReadAnAtomFeed() throws IOException {
        List<ArticleReader.Parsed> parsed = read(fixture("gulf-ledger.atom"));
        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0).article().getLanguage()).isEqualTo("es");
        assertThat(parsed.get(0).article().getOutlet()).isEqualTo("Diario del Golfo");
        assertThat(parsed.get(0).article().getUrl()).isEqualTo("https://golfo.example/2025/02/20/marina-vigilancia");
        assertThat(parsed.get(0).article().getBody()).isEqualTo("La Secretaría de Marina desplegó dos buques más frente a Tamaulipas.");
        assertThat(parsed.get(0).article().getPublishedAt()).isEqualTo(Instant.parse("2025-02-20T15:00:00Z"));
        assertThat(parsed.get(0).article().getAuthors()).containsExactly("Redacción", "Luz Marina Ortega");
        assertThat(parsed.get(0).article().getContributors()).containsExactly(
                new Contributor("Redacción", ContributorRole.AUTHOR),
                new Contributor("Luz Marina Ortega", ContributorRole.OTHER));
        assertThat(parsed.get(1).error().getMessage()).endsWith("gulf-ledger.atom#item-2: title: missing");
    }

    @Test
    void shouldExtractTheMainTextAndMetadataOfAnHtmlPage() throws IOException {
        List<ArticleReader.Parsed> parsed = read(fixture("page.html"));
        assertThat(parsed).singleElement().satisfies(p -> {
            assertThat(p.article().getTitle()).isEqualTo("Drone flights over northern Mexico draw protest");
            assertThat(p.article().getOutlet()).isEqualTo("Lakeshore Courier");
            assertThat(p.article().getUrl()).isEqualTo("https://lakeshore.example/2025/02/17/drone-flights");
            assertThat(p.article().getLanguage()).isEqualTo("en");
            assertThat(p.article().getSection()).isEqualTo("Americas");
            assertThat(p.article().getContributors()).containsExactly(new Contributor("A. Reporter", ContributorRole.AUTHOR));
            assertThat(p.article().getBody()).isEqualTo("Mexico's foreign ministry said on Monday it had asked for an "
                    + "explanation of the surveillance flights.\n\nOfficials in Washington declined to comment.");
        });
    }

    @Test
    void shouldFetchAFeedFromAUrl() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", exchange -> {
            byte[] body;
            try (InputStream in = java.nio.file.Files.newInputStream(fixture("border-desk.rss"))) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            List<ArticleReader.Parsed> parsed = new ArrayList<>();
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed");
            reader.read(url, parsed::add);
            assertThat(parsed).hasSize(3);
            assertThat(parsed).filteredOn(ArticleReader.Parsed::ok).hasSize(2);
            assertThat(parsed.get(1).location()).isEqualTo(url + "#item-2");

            List<ArticleReader.Parsed> missing = new ArrayList<>();
            reader.read(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/nothing"), missing::add);
            assertThat(missing).singleElement().satisfies(p -> assertThat(p.error().getMessage()).endsWith("HTTP status 404"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldRecogniseAFeedOnStandardInput() throws IOException {
        List<ArticleReader.Parsed> parsed = new ArrayList<>();
        try (InputStream in = java.nio.file.Files.newInputStream(fixture("gulf-ledger.atom"))) {
            reader.read(in, "stdin", parsed::add);
        }
        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0).location()).isEqualTo("stdin#item-1");
    }
}
