package dev.escmon.recognition;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WordAutomatonTest {

    private static List<String> matches(WordAutomaton<String> automaton, String text) {
        List<String> found = new ArrayList<>();
        automaton.match(text.toCharArray(), text.length(), (begin, end, entries) -> {
            for (String e : entries) {
                found.add(e + "@" + text.substring(begin, end));
            }
        });
        return found;
    }

    private static WordAutomaton<String> automaton(String... phrases) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String p : phrases) {
            map.computeIfAbsent(p, k -> new ArrayList<>()).add(p);
        }
        return new WordAutomaton<>(map, String[]::new);
    }

    @Test
    void shouldMatchWholeWordsOnly() {
        WordAutomaton<String> a = automaton("barr", "us");
        assertThat(matches(a, "barry met barr in the us, thus")).containsExactly("barr@barr", "us@us");
    }

    @Test
    void shouldTreatSpacesHyphensApostrophesAndOneLineBreakAsTheSameSoftGap() {
        WordAutomaton<String> a = automaton("al qaeda", "united states");
        assertThat(matches(a, "al-qaeda and al  qaeda; the united\nstates' and the united\n\nstates"))
                .containsExactly("al qaeda@al-qaeda", "al qaeda@al  qaeda", "united states@united\nstates");
    }

    @Test
    void shouldNotLetAPhraseSpanPunctuationUnlessThePhraseHasIt() {
        WordAutomaton<String> a = automaton("mexico city", "st. louis", "us$");
        assertThat(matches(a, "in mexico. city hall; st. louis and st louis cost us$ 5"))
                .containsExactly("st. louis@st. louis", "us$@us$");
    }

    @Test
    void shouldReportOverlappingPhrasesAndMergeEntriesOfPhrasesThatDifferOnlyInSoftGaps() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("cartel de sinaloa", List.of("actor"));
        map.put("sinaloa", List.of("state"));
        map.put("cartel-de-sinaloa", List.of("alias"));
        WordAutomaton<String> a = new WordAutomaton<>(map, String[]::new);
        assertThat(matches(a, "el cartel de sinaloa"))
                .containsExactlyInAnyOrder("actor@cartel de sinaloa", "alias@cartel de sinaloa", "state@sinaloa");
    }

    @Test
    void shouldFindPhrasesAroundWordsThatOnlyBeginLongerPhrasesAndAreTakenBack() {
        // "drone" begins a longer phrase only, so the walk skips it when the next word does not continue it;
        // "strike" is a phrase by itself as well as the end of one; "ley" continues "una" only in "una ley de"
        WordAutomaton<String> a = automaton("drone strike", "strike", "drone flights over", "una ley de amnistia");
        assertThat(matches(a, "a drone was seen, drone drone strike; drone flights over sinaloa; drone flights, "
                + "una ley; una ley de amnistia; drone\nstrike"))
                .containsExactly("strike@strike", "drone strike@drone strike", "drone flights over@drone flights over",
                        "una ley de amnistia@una ley de amnistia", "strike@strike", "drone strike@drone\nstrike");
    }

    @Test
    void shouldMatchWordsBeyondTheOneCharSymbolRange() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < 70_000; i++) {
            map.put("w" + i + " x" + i, List.of("p" + i));
        }
        WordAutomaton<String> a = new WordAutomaton<>(map, String[]::new);
        assertThat(a.vocabularySize()).isEqualTo(140_000);
        assertThat(matches(a, "w69999 x69999 and w5 x5 but not w5 x6 nor x69999"))
                .containsExactly("p69999@w69999 x69999", "p5@w5 x5");
    }

    @Test
    void shouldTellWordsApartWhetherTheyAreConfirmedInTheSlotOrInThePool() {
        // seven characters or fewer below U+0100 are compared as a packed key; longer or wider words in the pool
        WordAutomaton<String> a = automaton("abcdefg", "abcdefgh", "bcdefgh", "a", "\u00e9t\u00e9", "\u043c\u0438\u0440",
                "\u043c\u0438\u0440\u043e\u0432\u043e\u0439 \u0441\u0443\u0434");
        assertThat(matches(a, "abcdefg abcdefgh bcdefgh xabcdefg abcdefghx a aa \u00e9t\u00e9 \u00e9t\u00e8 "
                + "\u043c\u0438\u0440 \u043c\u0438\u0440\u0430 \u043c\u0438\u0440\u043e\u0432\u043e\u0439 \u0441\u0443\u0434"))
                .containsExactly("abcdefg@abcdefg", "abcdefgh@abcdefgh", "bcdefgh@bcdefgh", "a@a", "\u00e9t\u00e9@\u00e9t\u00e9",
                        "\u043c\u0438\u0440@\u043c\u0438\u0440",
                        "\u043c\u0438\u0440\u043e\u0432\u043e\u0439 \u0441\u0443\u0434@\u043c\u0438\u0440\u043e\u0432\u043e\u0439 \u0441\u0443\u0434");
    }

    @Test
    void shouldDropOnlyTheWordsThatCannotLeaveTheRoot() {
        // "states" and "grande" begin no phrase: read after an unknown word they are skipped, inside a phrase not
        WordAutomaton<String> a = automaton("united states", "rio grande", "mexico");
        assertThat(matches(a, "states united states, united zz states; rio grande grande rio grande mexico"))
                .containsExactly("united states@united states", "rio grande@rio grande", "rio grande@rio grande",
                        "mexico@mexico");
    }

    @Test
    void shouldKeepAWordThatBeginsNoPhraseWhereItContinuesOne() {
        // "states" follows "united" and "city" follows "mexico" in a phrase; elsewhere both are skipped
        WordAutomaton<String> a = automaton("united states", "mexico city", "new mexico city hall");
        assertThat(matches(a, "mexico states, united city states; united states mexico city new mexico city hall"))
                .containsExactly("united states@united states", "mexico city@mexico city", "mexico city@mexico city",
                        "new mexico city hall@new mexico city hall");
    }

    @Test
    void shouldFoldTheTextAsItReadsIt() {
        // the text is given in its own case; long words, short words and words beyond Latin-1 are all folded
        WordAutomaton<String> a = automaton("united states", "sheinbaum", "\u043c\u0438\u0440");
        assertThat(matches(a, "The UNITED States and SHEINBAUM met in \u041c\u0418\u0420."))
                .containsExactly("united states@UNITED States", "sheinbaum@SHEINBAUM",
                        "\u043c\u0438\u0440@\u041c\u0418\u0420");
    }

    @Test
    void shouldNoteEveryPlaceASentenceMayEndWhileMatching() {
        // the splitter reads only these places, so the automaton must note each one, in order, phrase or not
        String text = "U.S. forces?! \"No.\"\nThen:\n\n(see p. 4)... done\n";
        SentenceSplitter.Marks marks = new SentenceSplitter.Marks();
        automaton("us forces", "no").match(text.toCharArray(), text.length(), (b, e, x) -> { }, marks);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (".!?\n".indexOf(text.charAt(i)) >= 0) {
                expected.add(i);
            }
        }
        assertThat(marks.positions()).containsExactlyElementsOf(expected);
        assertThat(SentenceSplitter.split(text.toCharArray(), text.length(), marks))
                .isEqualTo(SentenceSplitter.split(text));
    }
}
