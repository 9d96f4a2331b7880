package dev.escmon.recognition;

/**
 * Text prepared for matching, with a map back to the original. {@code cased} has accents stripped,
 * quotes and apostrophes unified and acronym dots removed; {@code folded} is the same text case-folded
 * character by character, so both share offsets. {@code origin[i]} is the index in the original text of
 * the character at {@code i}.
 */
public record NormalizedText(String original, String cased, String folded, char[] foldedChars, int[] origin) {

    public int originalOffset(int normalizedIndex) {
        if (normalizedIndex >= origin.length) {
            return original.length();
        }
        return origin[normalizedIndex];
    }

    /** The original text behind the normalised range {@code [start, end)}. */
    public String originalSlice(int start, int end) {
        if (start >= end) {
            return "";
        }
        int from = originalOffset(start);
        int to = end >= origin.length ? original.length() : origin[end - 1] + 1;
        return original.substring(from, Math.max(from, to));
    }
}
