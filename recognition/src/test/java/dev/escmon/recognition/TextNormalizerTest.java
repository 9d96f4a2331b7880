package dev.escmon.recognition;

import org.junit.jupiter.api.Test;

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
}
