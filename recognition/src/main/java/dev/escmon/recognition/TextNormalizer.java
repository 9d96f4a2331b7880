package dev.escmon.recognition;

import java.text.Normalizer;

/**
 * Normalises text for dictionary matching: Unicode decomposition with combining marks removed (so
 * {@code García} = {@code Garcia}), curly quotes and apostrophes unified, dots inside acronyms removed
 * ({@code C.I.A.} = {@code CIA}, {@code EE.UU.} = {@code EEUU}), and case folded. Every output character
 * keeps the index of the original character it came from.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                origin = ensure(origin, n + 1);
                out.append(c);
                origin[n++] = i;
                continue;
            }
            char mapped = mapPunctuation(c);
            if (mapped != 0) {
                origin = ensure(origin, n + 1);
                out.append(mapped);
                origin[n++] = i;
                continue;
            }
            if (Character.isSurrogate(c)) {
                origin = ensure(origin, n + 1);
                out.append(' ');
                origin[n++] = i;
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            for (int k = 0; k < decomposed.length(); k++) {
                char d = decomposed.charAt(k);
                int type = Character.getType(d);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK) {
                    continue;
                }
                origin = ensure(origin, n + 1);
                out.append(d);
                origin[n++] = i;
            }
        }
        int[] kept = new int[n];
        int length = removeAcronymDots(out, origin, kept);
        String cased = out.substring(0, length);
        int[] finalOrigin = java.util.Arrays.copyOf(kept, length);
        char[] folded = new char[length];
        for (int i = 0; i < length; i++) {
            folded[i] = Character.toLowerCase(cased.charAt(i));
        }
        return new NormalizedText(text, cased, new String(folded), finalOrigin);
    }

    /** Case-folds a dictionary phrase the same way text is folded. */
    public static String fold(String phrase) {
        return normalize(phrase.strip()).folded();
    }

    /** Normalises a dictionary phrase without folding case (for case-sensitive aliases). */
    public static String keepCase(String phrase) {
        return normalize(phrase.strip()).cased();
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

    private static int[] ensure(int[] array, int size) {
        return size <= array.length ? array : java.util.Arrays.copyOf(array, Math.max(size, array.length * 2));
    }

    /**
     * Removes the dots of acronyms written with dots: runs of one or two letters each followed by a dot,
     * at least two such groups, starting at a word boundary ({@code U.S.}, {@code C.I.A.}, {@code EE.UU.}).
     */
    private static int removeAcronymDots(StringBuilder text, int[] origin, int[] kept) {
        int length = text.length();
        int write = 0;
        int i = 0;
        while (i < length) {
            int end = acronymEnd(text, i);
            if (end > i) {
                for (int k = i; k < end; k++) {
                    char c = text.charAt(k);
                    if (c != '.') {
                        text.setCharAt(write, c);
                        kept[write++] = origin[k];
                    }
                }
                i = end;
            } else {
                text.setCharAt(write, text.charAt(i));
                kept[write++] = origin[i];
                i++;
            }
        }
        return write;
    }

    private static int acronymEnd(CharSequence text, int start) {
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return start;
        }
        int i = start;
        int groups = 0;
        while (true) {
            int letters = 0;
            while (i + letters < text.length() && Character.isLetter(text.charAt(i + letters)) && letters < 3) {
                letters++;
            }
            if (letters == 0 || letters > 2 || i + letters >= text.length() || text.charAt(i + letters) != '.') {
                break;
            }
            i += letters + 1;
            groups++;
        }
        return groups >= 2 ? i : start;
    }
}
