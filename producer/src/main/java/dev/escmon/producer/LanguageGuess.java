package dev.escmon.producer;

import java.util.Locale;
import java.util.Set;

/** A small stop-word vote between English and Spanish, for records that do not declare their language. */
final class LanguageGuess {
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on",
            "with", "was", "said", "by", "from", "has", "have", "it", "at", "an", "be", "are", "would");
    private static final Set<String> SPANISH = Set.of("el", "la", "los", "las", "de", "del", "y", "que", "en", "un",
            "una", "por", "para", "con", "se", "su", "al", "es", "dijo", "lo", "como", "sus");

    private LanguageGuess() {
    }

    /** "en", "es", or null when the text gives no clear answer. */
    static String guess(String text) {
        int en = 0;
        int es = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ENGLISH.contains(word)) {
                en++;
            }
            if (SPANISH.contains(word)) {
                es++;
            }
        }
        if (en + es < 5) {
            return null;
        }
        if (en >= 2 * es) {
            return "en";
        }
        if (es >= 2 * en) {
            return "es";
        }
        return null;
    }
}
