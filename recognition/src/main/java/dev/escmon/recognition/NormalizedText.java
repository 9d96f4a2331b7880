package dev.escmon.recognition;

/**
 * Text prepared for matching, with a map back to the original. {@link #cased()} has accents stripped,
 * quotes and apostrophes unified and acronym dots removed; {@link #folded()} is the same text case-folded
 * character by character, so both share offsets. {@code origin[i]} is the index in the original text of
 * the character at {@code i}. The character arrays are the primary form (matching reads them directly); the
 * strings are made on first request.
 */
public final class NormalizedText {
    private final String original;
    private final char[] casedChars;
    private final char[] foldedChars;
    private final int[] origin;
    private final int length;
    private String cased;
    private String folded;

    NormalizedText(String original, char[] casedChars, char[] foldedChars, int[] origin, int length) {
        this.original = original;
        this.casedChars = casedChars;
        this.foldedChars = foldedChars;
        this.origin = origin;
        this.length = length;
    }

    public String original() {
        return original;
    }

    /** Number of normalised characters; the arrays may be longer. */
    public int length() {
        return length;
    }

    public String cased() {
        if (cased == null) {
            cased = new String(casedChars, 0, length);
        }
        return cased;
    }

    public String folded() {
        if (folded == null) {
            folded = new String(foldedChars, 0, length);
        }
        return folded;
    }

    /** The case-folded characters; only the first {@link #length()} are the text. Do not modify. */
    char[] foldedChars() {
        return foldedChars;
    }

    /** The cased characters; only the first {@link #length()} are the text. Do not modify. */
    char[] casedChars() {
        return casedChars;
    }

    public int originalOffset(int normalizedIndex) {
        if (normalizedIndex >= length) {
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
        int to = end >= length ? original.length() : origin[end - 1] + 1;
        return original.substring(from, Math.max(from, to));
    }
}
