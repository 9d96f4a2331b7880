package dev.escmon.recognition;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        String cased = TextNormalizer.normalize(text).cased();
        return SentenceSplitter.split(cased).stream().map(s -> cased.substring(s.start(), s.end())).toList();
    }

    @Test
    void shouldNotSplitAfterTitlesInitialsOrMonthAbbreviations() {
        assertThat(sentences("Gen. Trevilla met Mr. Johnson on Jan. 31 in the capital. Ronald D. Johnson left."))
                .containsExactly("Gen. Trevilla met Mr. Johnson on Jan. 31 in the capital.", "Ronald D. Johnson left.");
    }

    @Test
    void shouldSplitAfterQuotedSpeech() {
        assertThat(sentences("\u201CWe will act,\u201D she said. \u201CNot now.\u201D The meeting ended."))
                .containsExactly("\"We will act,\" she said.", "\"Not now.\"", "The meeting ended.");
    }

    @Test
    void shouldSplitSpanishQuestionsAndExclamations() {
        assertThat(sentences("¿Habrá ataques? ¡No lo sabemos! La presidenta habló."))
                .containsExactly("¿Habra ataques?", "¡No lo sabemos!", "La presidenta hablo.");
    }

    @Test
    void shouldKeepUsAcronymInsideTheSentence() {
        assertThat(sentences("The U.S. Treasury imposed sanctions. Mexico replied."))
                .containsExactly("The US Treasury imposed sanctions.", "Mexico replied.");
    }

    @Test
    void shouldEndASentenceAtABlankLine() {
        assertThat(sentences("Headline without a stop\n\nBody starts here."))
                .containsExactly("Headline without a stop", "Body starts here.");
    }
}
