package dev.escmon.streams;

import dev.escmon.recognition.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprint's word splitting is hand-written for speed; it must give exactly what the definition (split on
 * runs of non-letters and non-digits) gives, or stored story hashes would stop matching new copies.
 */
class StoryFingerprintTest {

    @Test
    void shouldEqualTheRegexDefinitionOnEdgeCasesAndRandomText() {
        List<String> cases = new java.util.ArrayList<>(List.of("", " ", "!!!", "one", " one", "one two", "  one two ",
                "one two three", "¡Hola, señor! ¿Qué tal?", "Sheinbaum’s team met U.S. officials in 2025: 3½ hours.",
                "x\uD835\uDFCE y z", "Ⅻ legions marched ² times"));
        Random random = new Random(3);
        String alphabet = "ab Zé,.!?0919½Ⅻ-’\n\t\uD835\uDFCE";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            cases.add(sb.toString());
        }
        // long texts: more shingles than the fingerprint's one-byte counters hold before they are emptied
        String[] vocabulary = {"cartel", "navy", "drone", "strike", "tariff", "señor", "Ⅻ", "2025", "over", "the"};
        for (int n = 0; n < 40; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 200 + random.nextInt(3000);
            for (int i = 0; i < len; i++) {
                sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
            }
            cases.add(sb.toString());
        }
        for (String text : cases) {
            assertThat(StoryFingerprint.of(text)).as("fingerprint of [%s]", text).isEqualTo(reference(text));
        }
    }

    @Test
    void shouldKeepCopiesOfOneStoryCloseAndDifferentStoriesApart() {
        String story = "The navy said on Tuesday that its patrol boats intercepted two vessels carrying precursor "
                + "chemicals off the coast of Sinaloa, and that the crews were handed to federal prosecutors.";
        String copy = "UPDATE: " + story.replace("Tuesday", "Tuesday morning");
        String other = "Trade ministers from both countries agreed to meet again next month to review tariffs on "
                + "steel and aluminium, a spokesperson for the economy ministry said.";
        assertThat(StoryFingerprint.distance(StoryFingerprint.of(story), StoryFingerprint.of(copy))).isLessThanOrEqualTo(18);
        assertThat(StoryFingerprint.distance(StoryFingerprint.of(story), StoryFingerprint.of(other))).isGreaterThan(18);
    }

    /** The definition: the regex split and per-shingle FNV-1a of the words each followed by a space. */
    private static long reference(String body) {
        String[] words = TextNormalizer.normalize(body).folded().split("[^\\p{L}\\p{N}]+");
        int[] votes = new int[64];
        int shingles = 0;
        for (int i = 0; i + 2 < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            long h = hash(words[i], words[i + 1], words[i + 2]);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
            shingles++;
        }
        if (shingles == 0) {
            return hash(String.join(" ", words), "", "");
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    private static long hash(String a, String b, String c) {
        long h = 0xcbf29ce484222325L;
        for (String part : new String[] {a, b, c}) {
            for (int i = 0; i < part.length(); i++) {
                h ^= part.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= ' ';
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }
}
