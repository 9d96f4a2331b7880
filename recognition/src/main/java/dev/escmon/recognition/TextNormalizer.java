package dev.escmon.recognition;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Normalises text for dictionary matching: Unicode decomposition with combining marks removed (so
 * {@code García} = {@code Garcia}), curly quotes and apostrophes unified, dots inside acronyms removed
 * ({@code C.I.A.} = {@code CIA}, {@code EE.UU.} = {@code EEUU}), and case folded. Every output character
 * keeps the index of the original character it came from. ASCII is copied as is and the Latin ranges come
 * from a table built once, so the common case costs a few operations per character.
 */
public final class TextNormalizer {
    /** Replacements for U+0080..U+2FFF: the Latin ranges, Greek, Cyrillic, general punctuation. */
    private static final int TABLE_END = 0x3000;
    private static final String[] TABLE = new String[TABLE_END];
    private static final char[] LOWER_ASCII = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            LOWER_ASCII[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        for (char c = 0x80; c < TABLE_END; c++) {
            TABLE[c] = replacementOf(c);
        }
    }

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String text) {
        return normalize(ArticleText.of(text), null);
    }

    /**
     * Arrays one thread reuses from text to text, so normalising an article allocates almost nothing: the
     * returned {@link NormalizedText} is then only valid until the same buffers normalise the next text.
     * Texts longer than {@link #KEPT} characters get arrays of their own, so one huge article does not stay
     * in memory.
     */
    static final class Buffers {
        static final int KEPT = 1 << 18;
        private char[] in = new char[0];
        private char[] out = new char[0];
        private int[] origin = new int[0];
        private Shifts shifts = new Shifts();

        private Shifts shifts() {
            if (shifts.at.length > 4096) {
                shifts = new Shifts();
            }
            shifts.count = 0;
            return shifts;
        }

        private char[] out(int size) {
            if (out.length < size) {
                out = new char[Math.min(KEPT + 8, Math.max(size, out.length * 2))];
            }
            return out;
        }

        private void ensureGeneral(int size) {
            if (in.length < size) {
                int grown = Math.min(KEPT + 8, Math.max(size, in.length * 2));
                in = new char[grown];
                origin = new int[grown];
            }
        }
    }

    /**
     * As {@link #normalize(String)}, for an article's joined text, in {@code buffers} when given (see {@link Buffers}).
     * <p>
     * The text is copied once into the output array and normalised in place while every character still
     * comes from the original character at the same index (ASCII, and characters replaced by exactly one
     * character, such as accented Latin letters): then no map back to the original is stored, and removing
     * acronym dots records only where characters were dropped. A character replaced by none or by several
     * (a lone combining mark, a ligature) switches to {@link #general}, which keeps an index per character.
     */
    static NormalizedText normalize(ArticleText text, Buffers buffers) {
        int n = text.length();
        boolean buffered = buffers != null && n <= Buffers.KEPT;
        char[] out = buffered ? buffers.out(n + 8) : new char[n + 8];
        text.getChars(0, n, out, 0);
        boolean acronyms = false;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            if (c < 0x80) {
                if (c == '.' && !acronyms) {
                    acronyms = mayEndAcronymGroup(out, i);
                }
                continue;
            }
            String replacement = c < TABLE_END ? TABLE[c] : replacementOf(c);
            if (replacement.length() != 1) {
                return general(text, i, out, buffered ? buffers : null, acronyms);
            }
            char d = replacement.charAt(0);
            if (d == '.' && !acronyms) {
                acronyms = mayEndAcronymGroup(out, i);
            }
            out[i] = d;
        }
        if (acronyms) {
            Shifts shifts = buffered ? buffers.shifts() : new Shifts();
            int len = removeAcronymDots(out, null, shifts, n);
            return new NormalizedText(text, out, null, shifts.at, shifts.shift, shifts.count, len);
        }
        return new NormalizedText(text, out, null, null, null, 0, n);
    }

    /**
     * Normalisation from input index {@code from} on, for text with a character that is replaced by none or
     * by several: {@code out[0, from)} is already normalised, one output character per input character.
     */
    private static NormalizedText general(ArticleText text, int from, char[] out, Buffers buffers, boolean acronyms) {
        int n = text.length();
        char[] in;
        int[] origin;
        if (buffers != null) {
            buffers.ensureGeneral(n + 8);
            in = buffers.in;
            origin = buffers.origin;
        } else {
            in = new char[n + 8];
            origin = new int[n + 8];
        }
        text.getChars(from, n, in, from);
        for (int k = 0; k < from; k++) {
            origin[k] = k;
        }
        int len = from;
        for (int i = from; i < n; i++) {
            char c = in[i];
            String replacement = c < 0x80 ? null : c < TABLE_END ? TABLE[c] : replacementOf(c);
            int r = replacement == null ? 1 : replacement.length();
            if (len + r > out.length) {
                out = Arrays.copyOf(out, (len + r) * 2);
                origin = Arrays.copyOf(origin, (len + r) * 2);
            }
            for (int k = 0; k < r; k++) {
                char d = replacement == null ? c : replacement.charAt(k);
                if (d == '.' && !acronyms) {
                    acronyms = mayEndAcronymGroup(out, len);
                }
                out[len] = d;
                origin[len++] = i;
            }
        }
        if (acronyms) {
            len = removeAcronymDots(out, origin, null, len);
        }
        return new NormalizedText(text, out, origin, null, null, 0, len);
    }

    /** The case-folded form of one normalised character, as {@link NormalizedText#folded()} has it. */
    static char fold(char c) {
        return c < 0x80 ? LOWER_ASCII[c] : Character.toLowerCase(c);
    }

    /**
     * Where acronym dots were removed from text that otherwise keeps its indexes: from normalised index
     * {@code at[k]} on, the original index is {@code shift[k]} more.
     */
    private static final class Shifts {
        int[] at = new int[16];
        int[] shift = new int[16];
        int count;

        void add(int index, int removed) {
            if (count == at.length) {
                at = Arrays.copyOf(at, count * 2);
                shift = Arrays.copyOf(shift, count * 2);
            }
            at[count] = index;
            shift[count++] = removed;
        }
    }

    /** Whether a dot written at {@code len} follows a word of one or two letters (a possible acronym group). */
    private static boolean mayEndAcronymGroup(char[] out, int len) {
        if (len == 0 || !Character.isLetter(out[len - 1])) {
            return false;
        }
        int start = len - 1;
        if (start > 0 && Character.isLetter(out[start - 1])) {
            start--;
        }
        return start == 0 || !Character.isLetterOrDigit(out[start - 1]);
    }

    /** Case-folds a dictionary phrase the same way text is folded. */
    public static String fold(String phrase) {
        return normalize(phrase.strip()).folded();
    }

    /** Normalises a dictionary phrase without folding case (for case-sensitive aliases). */
    public static String keepCase(String phrase) {
        return normalize(phrase.strip()).cased();
    }

    /** What one non-ASCII character becomes: unified punctuation, or its decomposition without marks. */
    private static String replacementOf(char c) {
        char mapped = mapPunctuation(c);
        if (mapped != 0) {
            return String.valueOf(mapped);
        }
        if (Character.isSurrogate(c)) {
            return " ";
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char d = decomposed.charAt(k);
            int type = Character.getType(d);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                kept.append(d);
            }
        }
        return kept.toString();
    }

    private static char mapPunctuation(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u00B4': case '\u02BC':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
                return '-';
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002': case '\u2003':
                return ' ';
            case '\u2026':
                return '.';
            default:
                return 0;
        }
    }

    /**
     * Removes the dots of acronyms written with dots: runs of one or two letters each followed by a dot,
     * at least two such groups, starting at a word boundary ({@code U.S.}, {@code C.I.A.}, {@code EE.UU.}).
     * Moves {@code origin} along when given, else records each removal in {@code shifts}. Returns the new
     * length.
     */
    private static int removeAcronymDots(char[] text, int[] origin, Shifts shifts, int length) {
        int write = 0;
        int i = 0;
        while (i < length) {
            int end = acronymEnd(text, length, i);
            if (end > i) {
                for (int k = i; k < end; k++) {
                    if (text[k] != '.') {
                        text[write] = text[k];
                        if (origin != null) {
                            origin[write] = origin[k];
                        }
                        write++;
                    } else if (shifts != null) {
                        shifts.add(write, k + 1 - write);
                    }
                }
                i = end;
            } else {
                // no acronym starts here: keep everything up to the next place one could start, in bulk
                int next = nextPossibleStart(text, length, i + 1);
                if (write != i) {
                    System.arraycopy(text, i, text, write, next - i);
                    if (origin != null) {
                        System.arraycopy(origin, i, origin, write, next - i);
                    }
                }
                write += next - i;
                i = next;
            }
        }
        return write;
    }

    /** The first index from {@code from} on that a dot follows within two characters (an acronym needs one), or {@code length}. */
    private static int nextPossibleStart(char[] text, int length, int from) {
        for (int d = from + 1; d < length; d++) {
            if (text[d] == '.') {
                return Math.max(from, d - 2);
            }
        }
        return length;
    }

    private static int acronymEnd(char[] text, int length, int start) {
        // cheap rejection: an acronym group is a letter followed by '.' within two characters
        if (start + 3 >= length || !(text[start + 1] == '.' || text[start + 2] == '.')
                || !Character.isLetter(text[start])
                || (start > 0 && Character.isLetterOrDigit(text[start - 1]))) {
            return start;
        }
        int i = start;
        int groups = 0;
        while (true) {
            int letters = 0;
            while (i + letters < length && letters < 3 && Character.isLetter(text[i + letters])) {
                letters++;
            }
            if (letters == 0 || letters > 2 || i + letters >= length || text[i + letters] != '.') {
                break;
            }
            i += letters + 1;
            groups++;
        }
        return groups >= 2 ? i : start;
    }
}
