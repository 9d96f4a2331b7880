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
        String[] words = TextNormalizer.normalize(body == null ? "" : body).folded().split("[^\\p{L}\\p{N}]+");
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

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
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
        // final avalanche (splitmix64), so every bit depends on every character
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }
}
