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
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128 ? !ASCII_WORD[c] : !isWordChar(text.codePointAt(i))) {
                i += c < 128 ? 1 : Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            while (i < n) {
                c = text.charAt(i);
                if (c < 128) {
                    if (!ASCII_WORD[c]) {
                        break;
                    }
                    i++;
                } else {
                    int cp = text.codePointAt(i);
                    if (!isWordChar(cp)) {
                        break;
                    }
                    i += Character.charCount(cp);
                }
            }
            if (2 * words + 2 > bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * words] = start;
            bounds[2 * words + 1] = i;
            words++;
        }
        // each bit's vote is +1 where a shingle's hash has it set, -1 where not: it is positive when the bit is set
        // in more than half the shingles. The set bits are counted eight at a time, one byte of the hash per
        // table lookup into eight one-byte counters, emptied into ones[] before a counter can overflow.
        int[] ones = new int[64];
        long[] lanes = new long[8];
        int shingles = 0;
        for (int w = 0; w + 2 < words; w++) {
            long h = hash(text, bounds, w, 3);
            for (int j = 0; j < 8; j++) {
                lanes[j] += SPREAD[(int) (h >>> (8 * j)) & 0xff];
            }
            shingles++;
            if (shingles % 255 == 0) {
                drain(lanes, ones);
            }
        }
        drain(lanes, ones);
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
            if (2 * ones[bit] > shingles) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** ASCII letters and digits: the ASCII characters {@link #isWordChar} accepts. */
    private static final boolean[] ASCII_WORD = new boolean[128];
    /** A byte spread over eight one-byte counters: bit k of the byte becomes 1 in byte k of the long. */
    private static final long[] SPREAD = new long[256];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_WORD[c] = isWordChar(c);
        }
        for (int b = 0; b < 256; b++) {
            long spread = 0;
            for (int k = 0; k < 8; k++) {
                if ((b >>> k & 1) == 1) {
                    spread |= 1L << (8 * k);
                }
            }
            SPREAD[b] = spread;
        }
    }

    private static void drain(long[] lanes, int[] ones) {
        for (int j = 0; j < 8; j++) {
            long lane = lanes[j];
            for (int k = 0; k < 8; k++) {
                ones[8 * j + k] += (int) (lane >>> (8 * k)) & 0xff;
            }
            lanes[j] = 0;
        }
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
