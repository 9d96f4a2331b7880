package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.recognition.DictionaryExtractor;
import dev.escmon.recognition.DictionaryLoader;
import dev.escmon.recognition.Extraction;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleGeneratorTest {
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private static ArticleGenerator generator(ArticleGenerator.Scenario scenario, long seed) {
        return new ArticleGenerator(DictionaryLoader.loadDefault(), scenario, seed, 2000, 8000, START, Duration.ofMinutes(1));
    }

    @Test
    void shouldGenerateTheSameArticlesForTheSameSeed() {
        ArticleGenerator a = generator(ArticleGenerator.Scenario.CALM, 42);
        ArticleGenerator b = generator(ArticleGenerator.Scenario.CALM, 42);
        for (int i = 0; i < 20; i++) {
            Article x = a.next(i, 20);
            Article y = b.next(i, 20);
            assertThat(x.getBody()).isEqualTo(y.getBody());
            assertThat(x.getId()).isEqualTo("gen-42-" + i).isEqualTo(y.getId());
            assertThat(x.getPublishedAt()).isEqualTo(START.plus(Duration.ofMinutes(i)));
            int bytes = x.getBody().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).isBetween(2000, 8000 + 400);
        }
        assertThat(generator(ArticleGenerator.Scenario.CALM, 43).next(0, 20).getBody())
                .isNotEqualTo(generator(ArticleGenerator.Scenario.CALM, 42).next(0, 20).getBody());
    }

    @Test
    void shouldRaiseTheShareOfConflictAcrossARisingScenario() {
        DictionaryExtractor extractor = new DictionaryExtractor(DictionaryLoader.loadDefault());
        ArticleGenerator g = generator(ArticleGenerator.Scenario.RISING, 7);
        int total = 200;
        double early = 0;
        double late = 0;
        for (int i = 0; i < total; i++) {
            Article a = g.next(i, total);
            Extraction e = extractor.extract(a.getTitle(), a.getBody(), a.getLanguage(), a.getPublishedAt());
            long conflict = e.cues().stream().filter(Extraction.CueMatch::isConflict).count();
            double share = e.cues().isEmpty() ? 0 : (double) conflict / e.cues().size();
            if (i < 40) {
                early += share / 40;
            } else if (i >= total - 40) {
                late += share / 40;
            }
            assertThat(e.actors()).as("generated article %d names actors the engine finds", i).isNotEmpty();
        }
        assertThat(late).isGreaterThan(early + 0.3);
    }
}
