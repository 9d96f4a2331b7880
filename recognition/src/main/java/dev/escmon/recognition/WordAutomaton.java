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
    /** An ASCII character case-folded when it is a letter or digit, else 0. */
    private static final char[] ASCII_WORD_FOLDED = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            ASCII_WORD_FOLDED[c] = ASCII_WORD[c] ? TextNormalizer.fold(c) : 0;
        }
    }

    /** Each thread's symbol arrays, reused from text to text (a match never runs inside another). */
    private static final ThreadLocal<Symbols> SYMBOLS = ThreadLocal.withInitial(() -> new Symbols(1024));
    private final AhoCorasickDoubleArrayTrie<E[]> trie;
    private final Vocabulary vocabulary;
    /** By word id: 0 if no phrase begins with the word, else {@link #BEGINS_LONGER} or {@link #WHOLE_PHRASE}. */
    private final byte[] startsPhrase;
    /** {@link #startsPhrase} of a word that only begins longer phrases, and of one that is a phrase by itself. */
    private static final byte BEGINS_LONGER = 1;
    private static final byte WHOLE_PHRASE = 2;
    /** Every pair of word ids that follow each other in some phrase. */
    private final PairSet follows = new PairSet();
    /**
     * Bits of one-bit-per-hash filters (for a theatre's dictionary small enough to stay in the first-level
     * cache; they grow with the dictionary, see {@link #filterBits}): by a word's hash, whether
     * it may begin a phrase ({@link #startBit}), and by a word id and the next word's hash, whether that word
     * may follow it in a phrase ({@link #followBit}). A word that may do neither is surely dropped into the
     * unknown run (see {@link #symbolsOf}), so it is not looked up at all: about half the words of news text.
     */
    private final long[] mayStart;
    private final long[] mayFollow;
    /** How far a mixed hash is shifted to give a bit of each filter: 32 minus the filter's bits. */
    private final int startShift;
    private final int followShift;

    /** Receives each match as a character range of the text. */
    interface Hits<E> {
        void hit(int begin, int end, E[] entries);
    }

    /**
     * @param phrases case-folded, normalised phrases and their entries; phrases that differ only in soft
     *                separators ({@code al-qaeda}, {@code al qaeda}) share one key and their entries are merged
     */
    WordAutomaton(Map<String, ? extends Collection<E>> phrases, IntFunction<E[]> arrays) {
        Vocabulary vocab = new Vocabulary();
        addByFrequency(phrases.keySet(), vocab);
        Map<String, List<E>> merged = new HashMap<>();
        java.util.BitSet starters = new java.util.BitSet();
        java.util.BitSet wholes = new java.util.BitSet();
        StringBuilder key = new StringBuilder();
        for (Map.Entry<String, ? extends Collection<E>> phrase : phrases.entrySet()) {
            key.setLength(0);
            encodePhrase(phrase.getKey(), vocab, key);
            if (key.length() > 0) {
                int previous = -1;
                for (int k = 0; k < key.length(); k++) {
                    char symbol = key.charAt(k);
                    int id = symbol < ONE_CHAR_LIMIT ? symbol : (symbol & 0x7FFF) << 15 | key.charAt(++k);
                    if (previous < 0) {
                        starters.set(id);
                    } else {
                        follows.add(previous, id);
                    }
                    previous = id;
                }
                if (key.length() == (previous < ONE_CHAR_LIMIT ? 1 : 2)) {
                    wholes.set(previous);
                }
                List<E> entries = merged.computeIfAbsent(key.toString(), k -> new ArrayList<>(1));
                for (E entry : phrase.getValue()) {
                    if (!entries.contains(entry)) {
                        entries.add(entry);
                    }
                }
            }
        }
        this.vocabulary = vocab;
        // at least 8 bits per word or pair (2^16 and 2^17 bits at the least, the few hundred aliases of a
        // theatre's dictionary; at most 2^22, half a megabyte, for dictionaries of hundreds of thousands)
        int startBits = filterBits(starters.cardinality(), 16);
        int followBits = filterBits(follows.size(), 17);
        this.startShift = 32 - startBits;
        this.followShift = 32 - followBits;
        this.mayStart = new long[(1 << startBits) / 64];
        this.mayFollow = new long[(1 << followBits) / 64];
        starters.stream().forEach(id -> {
            int bit = startBit(vocab.hashOf(id), startShift);
            mayStart[bit >>> 6] |= 1L << bit;
        });
        follows.forEach((first, second) -> {
            int bit = followBit(first, vocab.hashOf(second), followShift);
            mayFollow[bit >>> 6] |= 1L << bit;
        });
        this.startsPhrase = new byte[FIRST_WORD + vocab.size];
        starters.stream().forEach(id -> startsPhrase[id] = BEGINS_LONGER);
        wholes.stream().forEach(id -> startsPhrase[id] = WHOLE_PHRASE);
        if (merged.isEmpty()) {
            this.trie = null;
        } else {
            TreeMap<String, E[]> keys = new TreeMap<>();
            merged.forEach((k, v) -> keys.put(k, v.toArray(arrays.apply(0))));
            this.trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(keys);
        }
    }

    /**
     * Gives the words of the phrases their ids, the words found in most phrases first: those are the words the walk
     * reads most, so their transitions out of the automaton's root lie close together in its arrays.
     */
    private static void addByFrequency(Collection<String> phrases, Vocabulary vocab) {
        Map<String, int[]> counts = new HashMap<>();
        for (String phrase : phrases) {
            char[] chars = phrase.toCharArray();
            scan(chars, chars.length, (from, to, hash) -> counts.computeIfAbsent(new String(chars, from, to - from),
                    w -> new int[1])[0]++);
        }
        List<Map.Entry<String, int[]>> words = new ArrayList<>(counts.entrySet());
        words.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
        for (Map.Entry<String, int[]> word : words) {
            char[] chars = word.getKey().toCharArray();
            vocab.add(chars, 0, chars.length);
        }
    }

    private static void encodePhrase(String phrase, Vocabulary vocab, StringBuilder key) {
        char[] chars = phrase.toCharArray();
        scan(chars, chars.length, (from, to, hash) -> appendSymbol(key, vocab.add(chars, from, to)));
    }

    private static int filterBits(int count, int least) {
        int bits = least;
        while (bits < 22 && (1L << bits) < 8L * count) {
            bits++;
        }
        return bits;
    }

    private static int startBit(int hash, int shift) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private static int followBit(int previous, int hash, int shift) {
        return ((previous * 0x85EBCA6B) ^ hash) * 0xC2B2AE35 >>> shift;
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

    /**
     * Finds every phrase in the first {@code length} characters of {@code text} (normalised, in any case: it is
     * case-folded as it is read), overlapping ones included.
     */
    void match(char[] text, int length, Hits<E> hits) {
        match(text, length, hits, null);
    }

    /** As {@link #match(char[], int, Hits)}, also collecting where a sentence may end into {@code marks}. */
    void match(char[] text, int length, Hits<E> hits, SentenceSplitter.Marks marks) {
        Symbols symbols = symbolsOf(text, length, marks);
        if (trie == null) {
            return;
        }
        // no phrase has an unknown word, so the walk restarts at the root after each run of them instead of
        // reading the run's symbol and following failure links back to the root
        Segment segment = symbols.segment;
        segment.hits = hits;
        int from = 0;
        for (int s = 0; s <= symbols.cutCount; s++) {
            int to = s < symbols.cutCount ? symbols.cuts[s] : symbols.count;
            if (to > from) {
                segment.from = from;
                segment.to = to;
                trie.parseText(segment, segment.as());
            }
            from = to + 1;
        }
        segment.hits = null;
    }

    /** The symbols between two unknown runs, for one walk of the automaton from its root. */
    private static final class Segment implements CharSequence, AhoCorasickDoubleArrayTrie.IHit<Object[]> {
        private final Symbols symbols;
        int from;
        int to;
        @SuppressWarnings("rawtypes")
        Hits hits;

        Segment(Symbols symbols) {
            this.symbols = symbols;
        }

        @SuppressWarnings("unchecked")
        <E> AhoCorasickDoubleArrayTrie.IHit<E[]> as() {
            return (AhoCorasickDoubleArrayTrie.IHit<E[]>) (AhoCorasickDoubleArrayTrie.IHit<?>) this;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return symbols.chars[from + index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(symbols.chars, from + start, end - start);
        }

        @Override
        public String toString() {
            return new String(symbols.chars, from, to - from);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void hit(int begin, int end, Object[] entries) {
            // a match must start on a token's first symbol (not the low half of a two-char word)
            int b = symbols.begins[from + begin];
            if (b >= 0) {
                hits.hit(b, symbols.ends[from + end - 1], entries);
            }
        }
    }

    /** The case-folded character, when {@code c} folds to a letter or digit; else 0. */
    private static char wordFolded(char c) {
        if (c < 128) {
            return ASCII_WORD_FOLDED[c];
        }
        char f = TextNormalizer.fold(c);
        return Character.isLetterOrDigit(f) ? f : 0;
    }

    /**
     * The text as symbols: {@link #scan} written out in one loop, with case folding and the vocabulary lookup
     * inline, because this is the hot path of extraction (the callback-based scan stays for compiling phrases).
     */
    private Symbols symbolsOf(char[] text, int n, SentenceSplitter.Marks marks) {
        Symbols symbols = SYMBOLS.get();
        symbols.reset(n / 5 + 16);
        Vocabulary vocab = vocabulary;
        byte[] starts = startsPhrase;
        // The automaton is surely at its root after an unknown word (no phrase has one). A word no phrase begins
        // with, read at the root, leaves it there with nothing found; so does such a word read after a word it
        // follows in no phrase, because every state the walk can be in then ends with that word. Such words are
        // dropped into the unknown run, which saves the walk a step for most of the words of running text.
        // One token later the same holds for a word kept only because a longer phrase begins with it, when the
        // next token does not follow it in any phrase: nothing can be found through it, so it is taken back.
        PairSet pairs = follows;
        boolean atRoot = true;
        int previous = -1;
        // where the symbol that may be taken back begins, and whether the one before it was an unknown run
        int pendingAt = -1;
        boolean pendingAfterUnknown = false;
        // whether the gap since the last word already had its one soft line break
        boolean lineBreak = false;
        int i = 0;
        while (i < n) {
            int begin = i;
            // the token: its hash, its last seven characters packed a byte each, whether any was wider than a byte
            int hash = 0;
            long packed = 0;
            int wide = 0;
            char f = wordFolded(text[i]);
            if (f != 0) {
                do {
                    hash = 31 * hash + f;
                    packed = packed << 8 | f;
                    wide |= f;
                    i++;
                } while (i < n && (f = wordFolded(text[i])) != 0);
                lineBreak = false;
            } else {
                // a gap: soft separators are skipped, sentence marks noted, and the next other separator is a token
                char c = text[i];
                if (marks != null) {
                    marks.addIfMark(c, i);
                }
                i++;
                if (c == '\n' && !lineBreak) {
                    lineBreak = true;
                    continue;
                }
                if (c == ' ' || c == '\t' || c == '\r' || c == '-' || c == '\'') {
                    continue;
                }
                c = TextNormalizer.fold(c);
                hash = c;
                packed = c;
                wide = c;
            }
            int length = i - begin;
            int startBit = startBit(hash, startShift);
            int followBit = followBit(previous, hash, followShift);
            boolean mayFollowLast = !atRoot && (mayFollow[followBit >>> 6] & 1L << followBit) != 0;
            int id = !mayFollowLast && (mayStart[startBit >>> 6] & 1L << startBit) == 0 ? -1
                    : length <= 7 && wide <= 0xFF ? vocab.findShort((long) length << 56 | packed, hash)
                    : vocab.findFolding(text, begin, i, hash);
            int start = id < 0 ? 0 : starts[id];
            // whether the token may continue a phrase from the last one: exact for a token that begins no phrase,
            // the filter's answer (which is never wrongly no) for one that does
            boolean continues = id >= 0 && mayFollowLast && (start != 0 || pairs.contains(previous, id));
            if (pendingAt >= 0 && !continues) {
                symbols.takeBack(pendingAt, pendingAfterUnknown);
            }
            pendingAt = -1;
            if (id < 0 || (start == 0 && !continues)) {
                symbols.add(-1, begin, i);
                atRoot = true;
            } else {
                if (start == BEGINS_LONGER && !continues) {
                    pendingAt = symbols.count;
                    pendingAfterUnknown = symbols.lastUnknown;
                }
                symbols.add(id, begin, i);
                atRoot = false;
                previous = id;
            }
        }
        return symbols;
    }

    /**
     * The text as symbols, with each symbol's character range; unknown tokens collapse into one symbol, and
     * where each such run is ({@link #cuts}) is kept for the walk. The automaton reads the symbols between two
     * runs through a {@link Segment}, so they are not copied for it.
     */
    private static final class Symbols {
        /** Symbols arrays longer than this are not kept for the next text. */
        private static final int KEPT = 1 << 16;
        char[] chars;
        int[] begins;
        int[] ends;
        int count;
        /** Whether the last symbol stands for unknown tokens (a low half of a word may equal UNKNOWN). */
        boolean lastUnknown;
        /** Where each unknown run's symbol is, in order. */
        int[] cuts = new int[64];
        int cutCount;
        final Segment segment = new Segment(this);

        Symbols(int capacity) {
            chars = new char[capacity];
            begins = new int[capacity];
            ends = new int[capacity];
        }

        /** Empties the arrays for the next text; keeps them unless they grew past {@link #KEPT}. */
        void reset(int capacity) {
            count = 0;
            cutCount = 0;
            lastUnknown = false;
            if (chars.length > KEPT || chars.length < capacity) {
                int size = Math.max(capacity, Math.min(KEPT, chars.length));
                chars = new char[size];
                begins = new int[size];
                ends = new int[size];
            }
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
                    if (cutCount == cuts.length) {
                        cuts = Arrays.copyOf(cuts, cutCount * 2);
                    }
                    cuts[cutCount++] = count;
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

        /**
         * Replaces the symbols from {@code at} on (one word's) by an unknown run; {@code afterUnknown} says whether
         * the symbol before them was one, so that the runs merge.
         */
        void takeBack(int at, boolean afterUnknown) {
            // only a known word's symbols are taken back, so no unknown run (no cut) is among them
            count = at;
            lastUnknown = afterUnknown;
            add(-1, -1, -1);
        }

        private void put(char symbol, int begin, int end) {
            chars[count] = symbol;
            begins[count] = begin;
            ends[count++] = end;
        }
    }

    /**
     * A set of (word id, word id) pairs, open addressing over packed longs, at most half full, behind a filter
     * of one bit per pair hash small enough to stay in the first-level cache: most pairs of words of running text
     * are in no phrase, and the filter answers most of those without reading the table. (A dictionary with many
     * more pairs than the filter has bits sets nearly all of them; the filter then costs one read and saves none.)
     */
    static final class PairSet {
        /** Bits of the filter: 64K, 8 KB. */
        private static final int FILTER_BITS = 16;
        private final long[] filter = new long[(1 << FILTER_BITS) / 64];
        private long[] table = new long[16];
        private int size;

        void add(int first, int second) {
            if ((size + 1) * 2 > table.length) {
                long[] old = table;
                table = new long[old.length * 2];
                for (long pair : old) {
                    if (pair != 0) {
                        insert(pair);
                    }
                }
            }
            long pair = (long) first << 32 | second;
            if (insert(pair)) {
                size++;
                int bit = filterBit(pair);
                filter[bit >>> 6] |= 1L << bit;
            }
        }

        private static int filterBit(long pair) {
            return (int) ((pair * 0xC2B2AE3D27D4EB4FL) >>> (64 - FILTER_BITS));
        }

        private boolean insert(long pair) {
            int mask = table.length - 1;
            int slot = spread(pair) & mask;
            while (table[slot] != 0) {
                if (table[slot] == pair) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = pair;
            return true;
        }

        /** Receives a pair of word ids. */
        @FunctionalInterface
        interface PairConsumer {
            void accept(int first, int second);
        }

        void forEach(PairConsumer consumer) {
            for (long pair : table) {
                if (pair != 0) {
                    consumer.accept((int) (pair >>> 32), (int) pair);
                }
            }
        }

        int size() {
            return size;
        }

        /** Ids are at least {@link #FIRST_WORD}, so no pair is the empty slot's 0. */
        boolean contains(int first, int second) {
            long pair = (long) first << 32 | second;
            int bit = filterBit(pair);
            if ((filter[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
            long[] t = table;
            int mask = t.length - 1;
            int slot = spread(pair) & mask;
            long found;
            while ((found = t[slot]) != 0) {
                if (found == pair) {
                    return true;
                }
                slot = (slot + 1) & mask;
            }
            return false;
        }

        private static int spread(long pair) {
            long h = pair * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32);
        }
    }

    /**
     * Distinct dictionary words and their ids, in an open-addressing table searched without allocation, at
     * most half full. A slot is two {@code long}s: the word's {@link #key} and then its hash (high half) and id
     * (low half; 0 = empty). A word of up to seven Latin-1 characters is its own key (the characters and the
     * length packed in a long), so most words are confirmed inside the slot without reading anything else;
     * the key of a longer word is its length and hash, and its characters are then compared in one shared
     * pool. The lookup touches one cache line for most words, which matters because nearly every word of news
     * text is in the dictionary's vocabulary (three in four, with the default cue phrases).
     */
    static final class Vocabulary {
        /** Marks a key that is not the word itself (a longer or non-Latin-1 word): compare the pool. */
        private static final long LONG_WORD = 0xFFL << 56;
        private char[] pool = new char[256];
        private int poolSize;
        private long[] table = new long[32];
        private int mask = 15;
        /** Offset in the pool and length of each word, by {@code id - FIRST_WORD}, interleaved. */
        private int[] spans = new int[32];
        private int size;

        int add(char[] text, int from, int to) {
            int hash = 0;
            for (int k = from; k < to; k++) {
                hash = 31 * hash + text[k];
            }
            int found = find(text, from, to, hash);
            if (found >= 0) {
                return found;
            }
            if ((size + 1) * 2 > mask + 1) {
                rehash((mask + 1) * 2);
            }
            int id = FIRST_WORD + size;
            int length = to - from;
            if (poolSize + length > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
            }
            if (2 * size + 2 > spans.length) {
                spans = Arrays.copyOf(spans, spans.length * 2);
            }
            System.arraycopy(text, from, pool, poolSize, length);
            spans[2 * size] = poolSize;
            spans[2 * size + 1] = length;
            size++;
            poolSize += length;
            insert(key(text, from, to, hash), (long) hash << 32 | id);
            return id;
        }

        /** The hash of the word of this id, as {@link #add} computed it. */
        int hashOf(int id) {
            int offset = spans[2 * (id - FIRST_WORD)];
            int length = spans[2 * (id - FIRST_WORD) + 1];
            int hash = 0;
            for (int k = offset; k < offset + length; k++) {
                hash = 31 * hash + pool[k];
            }
            return hash;
        }

        /**
         * Up to seven characters below 256: the length in the top byte and the characters below it (the last
         * one in the lowest byte), which is
         * the word itself; otherwise {@link #LONG_WORD} with the length and hash.
         */
        static long key(char[] text, int from, int to, int hash) {
            int length = to - from;
            if (length <= 7) {
                long packed = 0;
                for (int k = from; k < to; k++) {
                    char c = text[k];
                    if (c > 0xFF) {
                        return LONG_WORD | (long) length << 32 | (hash & 0xFFFFFFFFL);
                    }
                    packed = packed << 8 | c;
                }
                return (long) length << 56 | packed;
            }
            return LONG_WORD | (long) Math.min(length, 0xFFFFFF) << 32 | (hash & 0xFFFFFFFFL);
        }

        private void insert(long key, long entry) {
            int slot = spread((int) (entry >>> 32)) & mask;
            while (table[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = key;
            table[2 * slot + 1] = entry;
        }

        private void rehash(int slots) {
            long[] old = table;
            table = new long[2 * slots];
            mask = slots - 1;
            for (int k = 0; k < old.length; k += 2) {
                if (old[k + 1] != 0) {
                    insert(old[k], old[k + 1]);
                }
            }
        }

        /** The id of the word {@code text[from, to)} whose {@code 31}-polynomial hash is given, or -1. */
        int find(char[] text, int from, int to, int hash) {
            long[] t = table;
            long key = key(text, from, to, hash);
            int slot = spread(hash) & mask;
            long entry;
            while ((entry = t[2 * slot + 1]) != 0) {
                if (t[2 * slot] == key) {
                    int id = (int) entry;
                    if (key >= 0 || samePoolChars(spans[2 * (id - FIRST_WORD)], spans[2 * (id - FIRST_WORD) + 1],
                            text, from, to - from)) {
                        return id;
                    }
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        /**
         * As {@link #find}, for a word of the text that is not yet case-folded and whose key is not the word
         * itself (longer than seven characters, or with a character above 255 once folded): {@code hash} is
         * that of the folded word, and the characters are folded as they are compared.
         */
        int findFolding(char[] text, int from, int to, int hash) {
            long[] t = table;
            int length = to - from;
            long key = LONG_WORD | (long) Math.min(length, 0xFFFFFF) << 32 | (hash & 0xFFFFFFFFL);
            int slot = spread(hash) & mask;
            long entry;
            while ((entry = t[2 * slot + 1]) != 0) {
                if (t[2 * slot] == key) {
                    int id = (int) entry;
                    if (samePoolCharsFolding(spans[2 * (id - FIRST_WORD)],
                            spans[2 * (id - FIRST_WORD) + 1], text, from, length)) {
                        return id;
                    }
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        private boolean samePoolCharsFolding(int offset, int poolLength, char[] text, int from, int length) {
            if (poolLength != length) {
                return false;
            }
            char[] p = pool;
            for (int k = 0; k < length; k++) {
                if (p[offset + k] != TextNormalizer.fold(text[from + k])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The id of a word of up to seven characters below 256, given as its key (see {@link #key}) and hash,
         * or -1: the whole comparison is the key's.
         */
        int findShort(long key, int hash) {
            long[] t = table;
            int slot = spread(hash) & mask;
            long entry;
            while ((entry = t[2 * slot + 1]) != 0) {
                if (t[2 * slot] == key) {
                    return (int) entry;
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        /** A plain loop: words are short, where {@code Arrays.equals}' vectorised mismatch costs more. */
        private boolean samePoolChars(int offset, int poolLength, char[] text, int from, int length) {
            if (poolLength != length) {
                return false;
            }
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
