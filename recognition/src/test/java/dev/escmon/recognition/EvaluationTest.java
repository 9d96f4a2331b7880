package dev.escmon.recognition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Recognition quality on the bundled annotated corpus, per language, against the published targets. */
class EvaluationTest {
    private static Map<String, Evaluation.LanguageResult> results;

    @BeforeAll
    static void evaluate() {
        results = Evaluation.run(new DictionaryExtractor(DictionaryLoader.loadDefault()), Evaluation.loadDefault());
        System.out.println(Evaluation.table(results));
    }

    @Test
    void shouldCoverBothLanguagesWithEnoughText() {
        assertThat(results).containsKeys("en", "es");
        int articles = results.values().stream().mapToInt(Evaluation.LanguageResult::articles).sum();
        int sentences = results.values().stream().mapToInt(Evaluation.LanguageResult::sentences).sum();
        assertThat(articles >= 60 || sentences >= 400).isTrue();
        assertThat(results.get("es").articles() * 4).isGreaterThanOrEqualTo(articles);
    }

    @Test
    void shouldRecogniseActorsWithHighPrecisionAndRecallInEachLanguage() {
        for (Evaluation.LanguageResult r : results.values()) {
            assertThat(r.actors().precision()).as("actor precision, %s", r.language()).isGreaterThanOrEqualTo(0.97);
            assertThat(r.actors().recall()).as("actor recall, %s", r.language()).isGreaterThanOrEqualTo(0.93);
        }
    }

    @Test
    void shouldCodeCuesWithHighPrecisionAndRecallInEachLanguage() {
        for (Evaluation.LanguageResult r : results.values()) {
            assertThat(r.cues().precision()).as("cue precision, %s", r.language()).isGreaterThanOrEqualTo(0.85);
            assertThat(r.cues().recall()).as("cue recall, %s", r.language()).isGreaterThanOrEqualTo(0.75);
        }
    }

    /** The held-out corpus was never used for tuning: actor targets must hold on it too. */
    @Test
    void shouldRecogniseActorsOnHeldOutTextWithTheSameTargets() throws Exception {
        Map<String, Evaluation.LanguageResult> heldOut;
        try (InputStream in = EvaluationTest.class.getResourceAsStream("/evaluation/heldout.jsonl")) {
            heldOut = Evaluation.run(new DictionaryExtractor(DictionaryLoader.loadDefault()), Evaluation.parse(in));
        }
        System.out.println("held out:\n" + Evaluation.table(heldOut));
        assertThat(heldOut).containsKeys("en", "es");
        for (Evaluation.LanguageResult r : heldOut.values()) {
            assertThat(r.actors().precision()).as("held-out actor precision, %s", r.language()).isGreaterThanOrEqualTo(0.97);
            assertThat(r.actors().recall()).as("held-out actor recall, %s", r.language()).isGreaterThanOrEqualTo(0.93);
        }
    }
}
