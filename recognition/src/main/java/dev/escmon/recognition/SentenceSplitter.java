package dev.escmon.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence splitting for English and Spanish news text, run over normalised text (acronym dots
 * already removed). Splits after {@code . ! ?} (and closing quotes or brackets) when whitespace and a
 * sentence start follow, but not after honorifics, titles, month abbreviations or initials; a blank line
 * always ends a sentence.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr",
            "adm", "maj", "st", "jr", "sr", "sra", "srta", "lic", "ing", "dra", "gral", "pres", "sec", "atty",
            "vs", "inc", "corp", "ltd", "dept", "approx", "fig", "vol");

    /** Month abbreviations end no sentence when a day number follows ("Jan. 31"). */
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "ene", "abr", "ago", "dic", "no", "num");

    /** The abbreviations and months as {@link #asciiKey} values, so the common case allocates nothing. */
    private static final long[] ABBREVIATION_KEYS = keysOf(ABBREVIATIONS);
    private static final long[] MONTH_KEYS = keysOf(MONTHS);
    /** Longer words are none of the above (and would not fit eight bits a character in a long). */
    private static final int LONGEST = 6;

    /** A sentence as a half-open range of the normalised text. */
    public record Span(int start, int end) {
    }

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        return split(text.toCharArray(), text.length());
    }

    /** Splits the first {@code n} characters of {@code text}. */
    public static List<Span> split(char[] text, int n) {
        Marks marks = new Marks();
        for (int i = 0; i < n; i++) {
            marks.addIfMark(text[i], i);
        }
        return split(text, n, marks);
    }

    /**
     * The places a sentence may end: every {@code . ! ?} and line break of a text, in order. Whoever reads the
     * text anyway (the word automaton, for extraction) collects them, so that splitting looks at those
     * places only instead of reading every character again.
     */
    static final class Marks {
        private int[] at = new int[64];
        private int count;

        void clear() {
            count = 0;
        }

        /** The places recorded so far, in order. */
        List<Integer> positions() {
            List<Integer> positions = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                positions.add(at[k]);
            }
            return positions;
        }

        /** Records {@code i} when {@code c}, the character there, may end a sentence. */
        void addIfMark(char c, int i) {
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                if (count == at.length) {
                    at = java.util.Arrays.copyOf(at, count * 2);
                }
                at[count++] = i;
            }
        }
    }

    /** Splits the first {@code n} characters of {@code text}, given every place there a sentence may end. */
    static List<Span> split(char[] text, int n, Marks marks) {
        return split(text, n, marks, new Spans()).toList();
    }

    /**
     * Sentences as start and end offsets in two arrays that one thread reuses from text to text (extraction
     * splits every article and keeps only the offsets).
     */
    static final class Spans {
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int count;

        int size() {
            return count;
        }

        boolean isEmpty() {
            return count == 0;
        }

        int start(int k) {
            return starts[k];
        }

        int end(int k) {
            return ends[k];
        }

        private void clear() {
            if (starts.length > 4096) {
                starts = new int[64];
                ends = new int[64];
            }
            count = 0;
        }

        private void add(int start, int end) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count++] = end;
        }

        List<Span> toList() {
            List<Span> spans = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                spans.add(new Span(starts[k], ends[k]));
            }
            return spans;
        }
    }

    /** As {@link #split(char[], int, Marks)}, into {@code spans} (emptied first), which it returns. */
    static Spans split(char[] text, int n, Marks marks, Spans spans) {
        spans.clear();
        int start = skipSpace(text, n, 0);
        int i = start;
        int[] at = marks.at;
        for (int m = 0; m < marks.count; m++) {
            if (at[m] < i) {
                continue; // inside what the previous mark already read
            }
            i = at[m];
            if (i >= n) {
                break;
            }
            char c = text[i];
            if (c == '\n') {
                if (blankLineAt(text, n, i)) {
                    add(spans, text, start, i);
                    start = skipSpace(text, n, i);
                    i = start;
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isCloser(text[end])) {
                end++;
            }
            if (end >= n) {
                break;
            }
            if (Character.isWhitespace(text[end])) {
                int next = skipSpace(text, n, end);
                if (next < n && startsSentence(text[next]) && !(c == '.' && abbreviationBefore(text, i, text[next]))) {
                    add(spans, text, start, end);
                    start = next;
                    i = next;
                    continue;
                }
            }
            i = end;
        }
        add(spans, text, start, n);
        return spans;
    }

    private static boolean blankLineAt(char[] text, int n, int i) {
        int k = i + 1;
        while (k < n && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) {
            k++;
        }
        return k < n && text[k] == '\n';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '.' || c == '!' || c == '?';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '('
                || c == '\u00BF' || c == '\u00A1' || c == '-';
    }

    private static boolean abbreviationBefore(char[] text, int dot, char next) {
        int k = dot;
        while (k > 0 && Character.isLetter(text[k - 1])) {
            k--;
        }
        int length = dot - k;
        if (length == 0) {
            return false;
        }
        if (length == 1 && Character.isUpperCase(text[k])) {
            return true; // an initial: "Ronald D. Johnson"
        }
        if (length > LONGEST) {
            return false;
        }
        long key = asciiKey(text, k, length);
        if (key >= 0) {
            return contains(ABBREVIATION_KEYS, key) || (Character.isDigit(next) && contains(MONTH_KEYS, key));
        }
        String word = new String(text, k, length).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (Character.isDigit(next) && MONTHS.contains(word));
    }

    /**
     * The word {@code text[from, from + length)} lower-cased and packed eight bits a character, or -1 when it
     * has a character outside ASCII (then the word is lower-cased as a string, as before).
     */
    private static long asciiKey(char[] text, int from, int length) {
        long key = 0;
        for (int k = from; k < from + length; k++) {
            char c = text[k];
            if (c >= 0x80) {
                return -1;
            }
            key = key << 8 | (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return key;
    }

    private static long[] keysOf(Set<String> words) {
        long[] keys = new long[words.size()];
        int i = 0;
        for (String word : words) {
            keys[i++] = asciiKey(word.toCharArray(), 0, word.length());
        }
        return keys;
    }

    private static boolean contains(long[] keys, long key) {
        for (long k : keys) {
            if (k == key) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpace(char[] text, int n, int i) {
        while (i < n && Character.isWhitespace(text[i])) {
            i++;
        }
        return i;
    }

    private static void add(Spans spans, char[] text, int start, int end) {
        while (end > start && Character.isWhitespace(text[end - 1])) {
            end--;
        }
        if (end > start) {
            spans.add(start, end);
        }
    }
}
