package dev.escmon.streams;

import dev.escmon.recognition.TextNormalizer;

/**
 * 64-bit SimHash of an article body over word 3-shingles of the normalised text: copies of one wire story
 * with a changed headline, an added intro line or a reordered sentence stay within a few bits of each other,
 * while different stories differ in about half the bits.
 */
public final class StoryFingerprint {

    private StoryFingerprint() {
    }

    public static long of(String body) {
        String text = TextNormalizer.normalize(body == null ? "" : body).folded();
        // words: maximal runs of letters and digits (start, end pairs), as String.split on [^\p{L}\p{N}]+ would
        // give them, without the regex and the strings (this runs for every article)
        int[] bounds = new int[64];
        int words = 0;
        boolean leadingEmpty = !text.isEmpty() && !isWordChar(text.codePointAt(0));
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            if (2 * words + 2 > bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * words] = start;
            bounds[2 * words + 1] = i;
            words++;
        }
        int[] votes = new int[64];
        int shingles = 0;
        for (int w = 0; w + 2 < words; w++) {
            long h = hash(text, bounds, w, 3);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
            shingles++;
        }
        if (shingles == 0) {
            // fewer than three words: the hash of the words joined by spaces, then two empty parts
            long h = OFFSET;
            if (leadingEmpty && words > 0) {
                h = step(h, ' ');
            }
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    h = step(h, ' ');
                }
                for (int c = bounds[2 * w]; c < bounds[2 * w + 1]; c++) {
                    h = step(h, text.charAt(c));
                }
            }
            return avalanche(step(step(step(h, ' '), ' '), ' '));
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static final long OFFSET = 0xcbf29ce484222325L;

    private static long step(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    /** FNV-1a over {@code n} words from word {@code first}, each followed by a space, then avalanched. */
    private static long hash(String text, int[] bounds, int first, int n) {
        long h = OFFSET;
        for (int w = first; w < first + n; w++) {
            for (int c = bounds[2 * w]; c < bounds[2 * w + 1]; c++) {
                h = step(h, text.charAt(c));
            }
            h = step(h, ' ');
        }
        return avalanche(h);
    }

    /** Final avalanche (splitmix64), so every bit depends on every character. */
    private static long avalanche(long h) {
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }
}
