package dev.escmon.recognition;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * An Aho–Corasick automaton over words instead of characters. Every distinct word of the dictionary's
 * phrases gets a symbol; a phrase becomes the string of its words' symbols, and those strings are compiled
 * into the double-array Aho–Corasick automaton of {@code com.hankcs:aho-corasick-double-array-trie}. Text is
 * read once: each word (a maximal run of letters and digits) is looked up in an open-addressing table without
 * allocating, words the dictionary does not know collapse into one symbol, and the automaton then walks one
 * symbol per word instead of one state per character.
 * <p>
 * Why words: the automaton has about six times fewer states than a character automaton of the same phrases
 * (so a dictionary of 200,000 aliases builds in seconds, where the character automaton's construction did
 * not finish), the walk is about six times shorter, and matches fall on word boundaries by construction.
 * <p>
 * Separators: spaces, tabs, hyphens, apostrophes and the first line break between two words are soft and
 * dropped ({@code al-Qaeda} = {@code al Qaeda}, {@code Sheinbaum's} ends a match at {@code Sheinbaum}); every
 * other separator character (sentence punctuation, commas, quotes, {@code $}, a second line break) is a token
 * of its own, so a phrase never spans it unless the phrase has it there ({@code St. Louis}, {@code US$}).
 *
 * @param <E> the entries stored with each phrase
 */
final class WordAutomaton<E> {
    /** Symbol of a run of words the dictionary does not know. */
    private static final char UNKNOWN = 1;
    private static final int FIRST_WORD = 2;
    /** Word ids below this take one char; the others take two (a high char with this bit set, then a low one). */
    private static final int ONE_CHAR_LIMIT = 0x8000;
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }

    private final AhoCorasickDoubleArrayTrie<E[]> trie;
    private final Vocabulary vocabulary;

    /** Receives each match as a character range of the text. */
    interface Hits<E> {
        void hit(int begin, int end, E[] entries);
    }

    /**
     * @param phrases case-folded, normalised phrases and their entries; phrases that differ only in soft
     *                separators ({@code al-qaeda}, {@code al qaeda}) share one key and their entries are merged
     */
    WordAutomaton(Map<String, ? extends Collection<E>> phrases, IntFunction<E[]> arrays) {
        Vocabulary vocab = new Vocabulary(Math.max(16, phrases.size()));
        Map<String, List<E>> merged = new HashMap<>();
        StringBuilder key = new StringBuilder();
        for (Map.Entry<String, ? extends Collection<E>> phrase : phrases.entrySet()) {
            key.setLength(0);
            encodePhrase(phrase.getKey(), vocab, key);
            if (key.length() > 0) {
                List<E> entries = merged.computeIfAbsent(key.toString(), k -> new ArrayList<>(1));
                for (E entry : phrase.getValue()) {
                    if (!entries.contains(entry)) {
                        entries.add(entry);
                    }
                }
            }
        }
        this.vocabulary = vocab;
        if (merged.isEmpty()) {
            this.trie = null;
        } else {
            TreeMap<String, E[]> keys = new TreeMap<>();
            merged.forEach((k, v) -> keys.put(k, v.toArray(arrays.apply(0))));
            this.trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(keys);
        }
    }

    private static void encodePhrase(String phrase, Vocabulary vocab, StringBuilder key) {
        char[] chars = phrase.toCharArray();
        scan(chars, chars.length, (from, to, hash) -> appendSymbol(key, vocab.add(chars, from, to)));
    }

    /** Receives each token of a text: a word, or one separator character that is not a soft one. */
    @FunctionalInterface
    private interface Tokens {
        void token(int from, int to, int hash);
    }

    /**
     * Splits text into tokens: words (maximal runs of letters and digits) and every separator character
     * other than spaces, tabs, hyphens, apostrophes and the first line break of a gap.
     */
    private static void scan(char[] text, int n, Tokens tokens) {
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (isWordChar(c)) {
                int end = i;
                int hash = 0;
                while (end < n && isWordChar(text[end])) {
                    hash = 31 * hash + text[end];
                    end++;
                }
                tokens.token(i, end, hash);
                i = end;
                continue;
            }
            boolean lineBreak = false;
            while (i < n && !isWordChar(c = text[i])) {
                if (c == '\n' && !lineBreak) {
                    lineBreak = true;
                } else if (c != ' ' && c != '\t' && c != '\r' && c != '-' && c != '\'') {
                    tokens.token(i, i + 1, c);
                }
                i++;
            }
        }
    }

    private static void appendSymbol(StringBuilder key, int id) {
        if (id < ONE_CHAR_LIMIT) {
            key.append((char) id);
        } else {
            key.append((char) (ONE_CHAR_LIMIT | (id >>> 15))).append((char) (id & 0x7FFF));
        }
    }

    static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    int vocabularySize() {
        return vocabulary.size;
    }

    /** Finds every phrase in the first {@code length} characters of {@code text} (case-folded, normalised), overlapping ones included. */
    void match(char[] text, int length, Hits<E> hits) {
        if (trie == null) {
            return;
        }
        Symbols symbols = symbolsOf(text, length);
        int[] begins = symbols.begins;
        int[] ends = symbols.ends;
        trie.parseText(Arrays.copyOf(symbols.chars, symbols.count), (begin, end, entries) -> {
            // a match must start on a token's first symbol (not the low half of a two-char word)
            if (begins[begin] >= 0) {
                hits.hit(begins[begin], ends[end - 1], entries);
            }
        });
    }

    /**
     * The text as symbols: {@link #scan} written out in one loop, with the vocabulary lookup inline, because
     * this is the hot path of extraction (the callback-based scan stays for compiling phrases).
     */
    private Symbols symbolsOf(char[] text, int n) {
        Symbols symbols = new Symbols(n / 5 + 16);
        Vocabulary vocab = vocabulary;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (isWordChar(c)) {
                int end = i;
                int hash = 0;
                while (end < n && isWordChar(text[end])) {
                    hash = 31 * hash + text[end];
                    end++;
                }
                symbols.add(vocab.find(text, i, end, hash), i, end);
                i = end;
                continue;
            }
            boolean lineBreak = false;
            while (i < n && !isWordChar(c = text[i])) {
                if (c == '\n' && !lineBreak) {
                    lineBreak = true;
                } else if (c != ' ' && c != '\t' && c != '\r' && c != '-' && c != '\'') {
                    symbols.add(vocab.find(text, i, i + 1, c), i, i + 1);
                }
                i++;
            }
        }
        return symbols;
    }

    /** The text as symbols, with each symbol's character range; unknown tokens collapse into one symbol. */
    private static final class Symbols {
        char[] chars;
        int[] begins;
        int[] ends;
        int count;
        /** Whether the last symbol stands for unknown tokens (a low half of a word may equal UNKNOWN). */
        private boolean lastUnknown;

        Symbols(int capacity) {
            chars = new char[capacity];
            begins = new int[capacity];
            ends = new int[capacity];
        }

        void add(int id, int from, int to) {
            if (count + 2 > chars.length) {
                int size = chars.length * 2;
                chars = Arrays.copyOf(chars, size);
                begins = Arrays.copyOf(begins, size);
                ends = Arrays.copyOf(ends, size);
            }
            if (id < 0) {
                if (!lastUnknown) {
                    put(UNKNOWN, -1, -1);
                    lastUnknown = true;
                }
                return;
            }
            lastUnknown = false;
            if (id < ONE_CHAR_LIMIT) {
                put((char) id, from, to);
            } else {
                put((char) (ONE_CHAR_LIMIT | (id >>> 15)), from, -1);
                put((char) (id & 0x7FFF), -1, to);
            }
        }

        private void put(char symbol, int begin, int end) {
            chars[count] = symbol;
            begins[count] = begin;
            ends[count++] = end;
        }
    }

    /**
     * Distinct dictionary words and their ids, in an open-addressing table searched without allocation. Each
     * slot is four ints (hash, id, length, offset of the word in one shared character pool; id 0 = empty) in
     * one array, so a probe touches one cache line, a word of another length is rejected there, and the
     * characters are compared, in the contiguous pool, only when hash and length agree.
     */
    static final class Vocabulary {
        private static final int SLOT = 4;
        private char[] pool = new char[256];
        private int poolSize;
        private int[] table;
        private int mask;
        private int size;

        Vocabulary(int expected) {
            int slots = Integer.highestOneBit(Math.max(16, expected * 4));
            table = new int[slots * SLOT];
            mask = slots - 1;
        }

        int add(char[] text, int from, int to) {
            int hash = 0;
            for (int k = from; k < to; k++) {
                hash = 31 * hash + text[k];
            }
            int found = find(text, from, to, hash);
            if (found >= 0) {
                return found;
            }
            if ((size + 1) * 4 > mask + 1) {
                rehash((mask + 1) * 2);
            }
            int id = FIRST_WORD + size++;
            int length = to - from;
            if (poolSize + length > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
            }
            System.arraycopy(text, from, pool, poolSize, length);
            insert(hash, id, length, poolSize);
            poolSize += length;
            return id;
        }

        private void insert(int hash, int id, int length, int offset) {
            int slot = spread(hash) & mask;
            while (table[SLOT * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            int at = SLOT * slot;
            table[at] = hash;
            table[at + 1] = id;
            table[at + 2] = length;
            table[at + 3] = offset;
        }

        private void rehash(int slots) {
            int[] old = table;
            table = new int[slots * SLOT];
            mask = slots - 1;
            for (int k = 0; k < old.length; k += SLOT) {
                if (old[k + 1] != 0) {
                    insert(old[k], old[k + 1], old[k + 2], old[k + 3]);
                }
            }
        }

        /** The id of the word {@code text[from, to)} whose {@code 31}-polynomial hash is given, or -1. */
        int find(char[] text, int from, int to, int hash) {
            int[] t = table;
            int length = to - from;
            int slot = spread(hash) & mask;
            int id;
            while ((id = t[SLOT * slot + 1]) != 0) {
                int at = SLOT * slot;
                if (t[at] == hash && t[at + 2] == length && samePoolChars(t[at + 3], text, from, length)) {
                    return id;
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        /** A plain loop: words are short, where {@code Arrays.equals}' vectorised mismatch costs more. */
        private boolean samePoolChars(int offset, char[] text, int from, int length) {
            char[] p = pool;
            for (int k = 0; k < length; k++) {
                if (p[offset + k] != text[from + k]) {
                    return false;
                }
            }
            return true;
        }

        private static int spread(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
