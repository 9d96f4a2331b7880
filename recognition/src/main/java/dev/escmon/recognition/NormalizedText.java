package dev.escmon.recognition;

/**
 * Text prepared for matching, with a map back to the original. {@link #cased()} has accents stripped,
 * quotes and apostrophes unified and acronym dots removed; {@link #folded()} is the same text case-folded
 * character by character ({@link TextNormalizer#fold}), so both share offsets. The cased characters are the
 * primary form (matching reads them directly and folds as it goes); the strings are made on first request.
 * <p>
 * The map back to the original is either an index per character ({@code origin}) or, for text whose
 * characters each came from the original character at the same index, the places where acronym dots were
 * removed: from normalised index {@code shiftAt[k]} on, the original index is {@code shift[k]} more.
 */
public final class NormalizedText {
    private final ArticleText original;
    private final char[] casedChars;
    private final int[] origin;
    private final int[] shiftAt;
    private final int[] shift;
    private final int shifts;
    private final int length;
    private String cased;
    private String folded;

    NormalizedText(ArticleText original, char[] casedChars, int[] origin, int[] shiftAt, int[] shift, int shifts,
                   int length) {
        this.original = original;
        this.casedChars = casedChars;
        this.origin = origin;
        this.shiftAt = shiftAt;
        this.shift = shift;
        this.shifts = shifts;
        this.length = length;
    }

    public String original() {
        return original.toString();
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
            char[] chars = new char[length];
            for (int k = 0; k < length; k++) {
                chars[k] = TextNormalizer.fold(casedChars[k]);
            }
            folded = new String(chars);
        }
        return folded;
    }

    /** The cased characters; only the first {@link #length()} are the text. Do not modify. */
    char[] casedChars() {
        return casedChars;
    }

    public int originalOffset(int normalizedIndex) {
        return offsets().originalOffset(normalizedIndex);
    }

    /** A reader of original offsets for indexes asked in increasing order (see {@link Offsets}). */
    Offsets offsets() {
        return new Offsets();
    }

    /**
     * {@link #originalOffset} and {@link #originalSlice} for indexes asked in increasing order, as extraction
     * asks them (sentences, cues, first mentions): each goes on from where the last one left the acronym dots
     * removed before it, instead of searching them all again. The first index, and one below the last, are
     * placed by a binary search.
     */
    final class Offsets {
        /** The number of removals at or before the last index asked; -1 before the first. */
        private int removals = -1;

        int originalOffset(int normalizedIndex) {
            if (normalizedIndex >= length) {
                return original.length();
            }
            if (origin != null) {
                return origin[normalizedIndex];
            }
            if (removals < 0 || (removals > 0 && shiftAt[removals - 1] > normalizedIndex)) {
                removals = removalsAtOrBefore(normalizedIndex);
            }
            while (removals < shifts && shiftAt[removals] <= normalizedIndex) {
                removals++;
            }
            return normalizedIndex + (removals == 0 ? 0 : shift[removals - 1]);
        }

        String originalSlice(int start, int end) {
            if (start >= end) {
                return "";
            }
            int from = originalOffset(start);
            int to = end >= length ? original.length() : originalOffset(end - 1) + 1;
            return original.substring(from, Math.max(from, to));
        }

        private int removalsAtOrBefore(int normalizedIndex) {
            int lo = 0;
            int hi = shifts;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (shiftAt[mid] <= normalizedIndex) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** The original text behind the normalised range {@code [start, end)}. */
    public String originalSlice(int start, int end) {
        return offsets().originalSlice(start, end);
    }
}
