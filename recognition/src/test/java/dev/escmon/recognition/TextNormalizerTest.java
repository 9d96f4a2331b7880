package dev.escmon.recognition;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void shouldStripAccentsAndFoldCase() {
        NormalizedText n = TextNormalizer.normalize("García Harfuch y el Cártel de Sinaloa");
        assertThat(n.folded()).isEqualTo("garcia harfuch y el cartel de sinaloa");
        assertThat(n.cased()).isEqualTo("Garcia Harfuch y el Cartel de Sinaloa");
    }

    @Test
    void shouldRemoveDotsInAcronyms() {
        assertThat(TextNormalizer.normalize("the C.I.A. and the U.S. Treasury").cased())
                .isEqualTo("the CIA and the US Treasury");
        assertThat(TextNormalizer.normalize("EE.UU. y la D.E.A.").cased()).isEqualTo("EEUU y la DEA");
    }

    @Test
    void shouldKeepOrdinaryDotsAndAbbreviations() {
        assertThat(TextNormalizer.normalize("On Jan. 31 Mr. Rubio spoke. Then he left.").cased())
                .isEqualTo("On Jan. 31 Mr. Rubio spoke. Then he left.");
    }

    @Test
    void shouldUnifyCurlyQuotesAndApostrophes() {
        assertThat(TextNormalizer.normalize("Sheinbaum\u2019s \u201Cno\u201D \u00ABsí\u00BB").cased())
                .isEqualTo("Sheinbaum's \"no\" \"si\"");
    }

    @Test
    void shouldMapEveryCharacterBackToTheOriginal() {
        String original = "La D.E.A. y García";
        NormalizedText n = TextNormalizer.normalize(original);
        int garcia = n.folded().indexOf("garcia");
        assertThat(n.originalSlice(garcia, garcia + "garcia".length())).isEqualTo("García");
        int dea = n.folded().indexOf("dea");
        assertThat(n.originalSlice(dea, dea + 3)).isEqualTo("D.E.A");
    }

    @Test
    void shouldMapBackThroughRemovedDotsAndCharactersThatBecomeNoneOrSeveral() {
        // ASCII and one-for-one replacements keep indexes (only removed dots are recorded); a lone combining
        // mark (replaced by nothing) switches to an index per character: both must give the same offsets
        String precomposed = "The U.S. and C.I.A. met Garc\u00eda in EE.UU. today";
        String decomposed = "The U.S. and C.I.A. met Garci\u0301a in EE.UU. today";
        for (String original : List.of(precomposed, decomposed)) {
            NormalizedText n = TextNormalizer.normalize(original);
            assertThat(n.cased()).isEqualTo("The US and CIA met Garcia in EEUU today");
            String garcia = original.substring(original.indexOf("Garc"), original.indexOf(" in EE"));
            List<String> words = List.of("The", "US", "CIA", "Garcia", "EEUU", "today");
            List<String> slices = List.of("The", "U.S", "C.I.A", garcia, "EE.UU", "today");
            for (int w = 0; w < words.size(); w++) {
                int at = n.cased().indexOf(words.get(w));
                assertThat(n.originalSlice(at, at + words.get(w).length())).isEqualTo(slices.get(w));
                assertThat(n.originalOffset(at)).isEqualTo(original.indexOf(slices.get(w)));
            }
        }
    }
}
