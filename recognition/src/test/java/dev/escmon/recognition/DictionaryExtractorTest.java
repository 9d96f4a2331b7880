package dev.escmon.recognition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DictionaryExtractorTest {
    private static final Instant FEB_2025 = Instant.parse("2025-02-10T12:00:00Z");
    private static DictionaryExtractor extractor;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DictionaryExtractorTest.class.getResourceAsStream("/dictionary/test-dictionary.json")) {
            extractor = new DictionaryExtractor(DictionaryLoader.parse(in.readAllBytes(), "test-dictionary.json"));
        }
    }

    private static Extraction extract(String body, String lang) {
        return extractor.extract("", body, lang, FEB_2025);
    }

    private static List<String> actorIds(Extraction e) {
        return e.actors().stream().map(Extraction.ActorMention::actorId).toList();
    }

    @Test
    void shouldCountSurnameOnlyMentionsOnlyAfterTheFullName() {
        Extraction before = extract("Sheinbaum spoke first. Later Claudia Sheinbaum spoke again, and Sheinbaum left.", "en");
        assertThat(before.actor("claudia-sheinbaum").mentions()).isEqualTo(2);
        assertThat(extract("Sheinbaum spoke.", "en").actors()).isEmpty();
    }

    @Test
    void shouldPreferTheLongestMatchInTextsTooLongForPackedSortKeys() {
        // over 2^21 characters, overlapping hits are ordered by the boxed comparator instead of packed longs
        String sentence = "President Trump met with President Sheinbaum. Later Claudia Sheinbaum spoke and Sheinbaum left. ";
        int repeats = (1 << 21) / sentence.length() + 1;
        Extraction e = extract(sentence.repeat(repeats), "en");
        assertThat(e.actor("donald-trump").mentions()).isEqualTo(repeats);
        assertThat(e.actor("claudia-sheinbaum").mentions()).isEqualTo(3 * repeats);
    }

    @Test
    void shouldMatchOnWordBoundariesOnly() {
        Extraction e = extract("William Barr testified. Barry Lindqvist, a Barrister, disagreed with Barr.", "en");
        assertThat(e.actor("william-barr").mentions()).isEqualTo(2);
    }

    @Test
    void shouldMatchAcronymsWithDotsAndAccentsMissing() {
        Extraction e = extract("The C.I.A. and the Cartel Jalisco Nueva Generacion were named.", "en");
        assertThat(actorIds(e)).containsExactly("cia", "cjng");
    }

    @Test
    void shouldMatchCaseSensitiveAcronymsOnlyInUpperCase() {
        assertThat(actorIds(extract("The U.S. answered. Tell us more.", "en"))).containsExactly("usa");
        assertThat(extract("Tell us more.", "en").actors()).isEmpty();
    }

    @Test
    void shouldPreferTheLongestMatch() {
        Extraction e = extract("President Trump met with President Sheinbaum.", "en");
        assertThat(e.actor("donald-trump").mentions()).isEqualTo(1);
        assertThat(e.actor("claudia-sheinbaum").mentions()).isEqualTo(1);
    }

    @Test
    void shouldTreatTheSameActorInSpanishAndEnglishAsOne() {
        Extraction en = extract("Mexico and the United States met.", "en");
        Extraction es = extract("México y Estados Unidos se reunieron.", "es");
        assertThat(actorIds(en)).containsExactly("mex", "usa");
        assertThat(actorIds(es)).containsExactly("mex", "usa");
    }

    @Test
    void shouldTellActionsFromThreatsAndHypotheticals() {
        Extraction e = extract("The United States struck CJNG camps. Donald Trump threatened to impose tariffs on Mexico. "
                + "Washington did not rule out strikes. Strikes have not been authorized.", "en");
        assertThat(e.cues()).extracting(Extraction.CueMatch::code, Extraction.CueMatch::modality)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("18", Modality.ASSERTED),
                        org.assertj.core.groups.Tuple.tuple("13", Modality.ASSERTED),
                        org.assertj.core.groups.Tuple.tuple("X01", Modality.THREAT),
                        org.assertj.core.groups.Tuple.tuple("18", Modality.HYPOTHETICAL),
                        org.assertj.core.groups.Tuple.tuple("18", Modality.NEGATED));
        assertThat(e.cues().get(0).weight()).isEqualTo(9.0);
        assertThat(e.cues().get(3).weight()).isLessThan(e.cues().get(0).weight());
    }

    @Test
    void shouldDirectPairsFromSourceBeforeTheCueToTargetAfterIt() {
        Extraction e = extract("Donald Trump threatened to impose tariffs on Mexico.", "en");
        assertThat(e.pairs()).extracting(Extraction.Pair::sourceId, Extraction.Pair::targetId)
                .contains(org.assertj.core.groups.Tuple.tuple("donald-trump", "mex"));
    }

    @Test
    void shouldAttributeConflictWeightToActorsOfTheSentence() {
        Extraction e = extract("The United States struck CJNG camps. Mexico met with nobody.", "en");
        assertThat(e.actor("cjng").conflictWeight()).isEqualTo(9.0);
        assertThat(e.actor("mex").conflictWeight()).isZero();
        assertThat(e.actor("mex").cooperationWeight()).isEqualTo(1.0);
    }

    @Test
    void shouldUseOnlyCuesOfTheArticleLanguage() {
        Extraction e = extract("Estados Unidos amenazó con aranceles contra México.", "es");
        assertThat(e.cues()).extracting(Extraction.CueMatch::code).containsExactly("X01");
        assertThat(e.cues().get(0).modality()).isEqualTo(Modality.THREAT);
    }

    @Test
    void shouldGiveTheCodeOfTheRoleValidOnThePublicationDate() {
        Extraction old = extractor.extract("", "Claudia Sheinbaum spoke.", "en", Instant.parse("2020-05-01T00:00:00Z"));
        assertThat(old.actor("claudia-sheinbaum").code()).isEqualTo("MEXLOC");
        assertThat(extract("Claudia Sheinbaum spoke.", "en").actor("claudia-sheinbaum").code()).isEqualTo("MEXGOV");
    }

    @Test
    void shouldReportOriginalSentencesAndOffsets() {
        Extraction e = extractor.extract("Tariffs loom", "Donald Trump spoke in Washington.", "en", FEB_2025);
        assertThat(e.sentences()).containsExactly("Tariffs loom", "Donald Trump spoke in Washington.");
        assertThat(e.actor("donald-trump").firstOffset()).isEqualTo("Tariffs loom\n\n".length());
    }

    @Test
    void shouldNotMatchInsideABlockerPhrase() {
        assertThat(actorIds(extract("Leaders across Latin America met. America answered.", "en"))).containsExactly("usa");
        assertThat(extract("Estados Unidos, sin embargo, habló.", "es").cues()).isEmpty();
        assertThat(extract("Estados Unidos anunció un embargo.", "es").cues()).extracting(Extraction.CueMatch::code)
                .containsExactly("X01");
    }
}
