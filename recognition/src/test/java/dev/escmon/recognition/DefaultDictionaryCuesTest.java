package dev.escmon.recognition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default dictionary's generated cue phrases: inflected forms of a cue verb code like the form the
 * hand-written lists had, and ambiguous words do not fire outside their sense.
 */
class DefaultDictionaryCuesTest {
    private static final Instant WHEN = Instant.parse("2025-06-01T00:00:00Z");
    private static DictionaryExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new DictionaryExtractor(DictionaryLoader.loadDefault());
    }

    private static List<String> codes(String sentence, String lang) {
        return extractor.extract("", sentence, lang, WHEN).cues().stream().map(Extraction.CueMatch::code).toList();
    }

    private static Modality modality(String sentence, String lang, String code) {
        return extractor.extract("", sentence, lang, WHEN).cues().stream().filter(c -> c.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no cue " + code + " in: " + sentence)).modality();
    }

    @Test
    void shouldCodeEveryTenseOfAnEnglishCueVerb() {
        assertThat(codes("The two ministers hold talks in Ottawa.", "en")).containsExactly("04");
        assertThat(codes("The two ministers are holding talks in Ottawa.", "en")).containsExactly("04");
        assertThat(codes("The two ministers held talks in Ottawa.", "en")).containsExactly("04");
        assertThat(codes("Police have rounded up dozens of suspects.", "en")).containsExactly("17");
        assertThat(codes("The navy shelled the port overnight.", "en")).containsExactly("19");
        assertThat(codes("The government severs ties with the regime.", "en")).containsExactly("16");
    }

    @Test
    void shouldCodeEverySpanishTenseAndParticipleOfACueVerb() {
        assertThat(codes("El canciller se reunirá con su homólogo.", "es")).containsExactly("04");
        assertThat(codes("El canciller se ha reunido con su homólogo.", "es")).containsExactly("04");
        assertThat(codes("Las autoridades han capturado a tres sospechosos.", "es")).containsExactly("17");
        assertThat(codes("Las sospechosas fueron capturadas en Sonora.", "es")).containsExactly("17");
        assertThat(codes("El gobierno extraditaría al acusado.", "es")).contains("X04");
        assertThat(codes("Los transportistas bloquearon la autopista.", "es")).containsExactly("14");
    }

    @Test
    void shouldNotFireAmbiguousWordsOutsideTheirSense() {
        assertThat(codes("Doña Rosa sells tamales, thanks to her mother's recipe.", "en")).isEmpty();
        assertThat(codes("Doña Rosa vende tamales en el mercado.", "es")).isEmpty();
        assertThat(codes("El nuevo programa ya está en marcha.", "es")).isEmpty();
        assertThat(codes("Riot police stood by while shell companies moved money.", "en")).isEmpty();
        assertThat(codes("El acusado compareció ante el juez.", "es")).isEmpty();
    }

    @Test
    void shouldReadGeneratedModifiers() {
        assertThat(modality("Officials said they had no plans to send troops to the border.", "en", "15"))
                .isEqualTo(Modality.NEGATED);
        assertThat(modality("Ningún ataque ha sido autorizado.", "es", "19")).isEqualTo(Modality.NEGATED);
        assertThat(modality("La próxima reunión se realizará en Monterrey.", "es", "04")).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(codes("He would not rule out strikes on the labs.", "en")).doesNotContain("12");
    }
}
