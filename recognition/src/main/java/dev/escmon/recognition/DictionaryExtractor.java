package dev.escmon.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary-driven extraction: every alias, cue phrase, blocker and modifier of the dictionary is compiled into
 * one word-level Aho–Corasick automaton ({@link WordAutomaton}) over case-folded text, so a single pass over the
 * article finds every candidate whatever the dictionary's size, on word boundaries by construction.
 * Case-sensitive aliases (acronyms such as {@code US}) are verified in place against the cased text; among
 * overlapping candidates of one kind the longest wins.
 */
public final class DictionaryExtractor implements Extractor {
    /** How far before a cue (in characters of the same sentence) a modifier still qualifies it. */
    private static final int MODIFIER_REACH_BEFORE = 90;
    /** How far after a cue a modifier still qualifies it ("strikes have not been authorized"). */
    private static final int MODIFIER_REACH_AFTER = 40;
    private static final Modality[] MODALITIES = Modality.values();
    /** Each thread's normalisation arrays and sentence marks; the normalised text never leaves {@link #extract}. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * The per-actor arrays of one extraction, by actor hit ({@code local}, {@code sentence}) or by distinct actor
     * (the others, at most one per hit); only the first entries of an extraction are its own.
     */
    private static final class ActorArrays {
        final int[] local;
        final int[] distinct;
        final int[] sentence;
        final int[] seenInCue;
        final int[] mentions;
        final int[] firstStart;
        final double[] weights;
        final String[] names;
        /** Open-addressing table from actor to its distinct index + 1; {@link #tableSize} slots are in use. */
        final int[] table;
        int tableSize;

        ActorArrays(int hits) {
            local = new int[hits];
            distinct = new int[hits];
            sentence = new int[hits];
            seenInCue = new int[hits];
            mentions = new int[hits];
            firstStart = new int[hits];
            weights = new double[2 * hits];
            names = new String[hits];
            table = new int[tableSizeFor(hits)];
        }

        /** A power of two at least twice {@code hits}, and at least 16. */
        static int tableSizeFor(int hits) {
            return Integer.highestOneBit(Math.max(8, 2 * hits)) << 1;
        }
    }

    private static final class Scratch {
        final TextNormalizer.Buffers buffers = new TextNormalizer.Buffers();
        final SentenceSplitter.Marks marks = new SentenceSplitter.Marks();
        final SentenceSplitter.Spans spans = new SentenceSplitter.Spans();
        /** Hits as the automaton reports them, and as kept after choosing among overlapping ones. */
        final Hits actorHits = new Hits(64);
        final Hits cueHits = new Hits(64);
        final Hits modifierHits = new Hits(64);
        final Hits actorsKept = new Hits(64);
        final Hits cuesKept = new Hits(64);
        final Hits modifiersKept = new Hits(64);
        /** Characters covered by the hits kept so far, while choosing. */
        final BitSet taken = new BitSet();
        long[] keys = new long[64];
        long[] kept = new long[64];

        private ActorArrays actorArrays = new ActorArrays(64);

        /** Arrays for {@code hits} actor hits, reused from article to article; ones past a few thousand are not kept. */
        ActorArrays actorArrays(int hits) {
            if (actorArrays.local.length < hits || actorArrays.local.length > 4096) {
                actorArrays = new ActorArrays(Math.max(64, hits));
            }
            actorArrays.tableSize = ActorArrays.tableSizeFor(hits);
            return actorArrays;
        }

        void clear() {
            marks.clear();
            actorHits.size = 0;
            cueHits.size = 0;
            modifierHits.size = 0;
        }

        /** Ensures {@link #keys} and {@link #kept} hold {@code n}; arrays past a few thousand are not kept. */
        void ensure(int n) {
            if (keys.length < n || keys.length > 4096) {
                keys = new long[Math.max(64, n)];
                kept = new long[Math.max(64, n)];
            }
        }
    }

    private final Dictionary dictionary;
    private final List<Dictionary.Actor> actors;
    private final List<Dictionary.Cue> cues;
    private final WordAutomaton<Entry> automaton;
    /** The code of each cue, by the cue's index. */
    private final Dictionary.CueCode[] cueCodes;
    /** The code's id of each cue, by the cue's index. */
    private final String[] cueCodeIds;

    private sealed interface Entry permits Alias, CueEntry, Modifier, Blocker {
    }

    private record Blocker() implements Entry {
    }

    /** An alias; {@code exact} is set for case-sensitive ones, matched only where the text has that case. */
    private record Alias(int actor, boolean anchored, String exact) implements Entry {
    }

    /** A cue phrase; {@code lang} is the index of its language in {@link #languages}, or {@link #ANY_LANGUAGE}. */
    private record CueEntry(int cue, int lang) implements Entry {
    }

    private record Modifier(Modality modality, int lang) implements Entry {
    }

    /** A cue without a language, which counts in text of any language. */
    private static final int ANY_LANGUAGE = -1;
    /** The language of text whose language is not given: every cue and modifier counts in it. */
    private static final int UNSTATED = -2;
    /** The language of text in a language that no cue or modifier names. */
    private static final int OTHER = -3;
    /** The index of each language the dictionary's cues and modifiers are written in. */
    private final Map<String, Integer> languages = new HashMap<>();

    /** Value of a blocker in a list of hits. */
    private static final int BLOCKER = -1;

    /**
     * Hits in parallel primitive arrays: start, end and one int saying what was found (an actor as
     * {@code actor << 1 | anchored}, a cue's index or a modality's ordinal; {@link #BLOCKER} for a blocker).
     */
    private static final class Hits {
        int[] starts;
        int[] ends;
        int[] values;
        int size;

        Hits(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
            values = new int[capacity];
        }

        void add(int start, int end, int value) {
            if (size == starts.length) {
                int grown = Math.max(16, size * 2);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                values = Arrays.copyOf(values, grown);
            }
            starts[size] = start;
            ends[size] = end;
            values[size++] = value;
        }
    }

    public DictionaryExtractor(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.actors = dictionary.actors();
        this.cues = dictionary.cues();
        Map<String, List<Entry>> folded = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            Dictionary.Actor actor = actors.get(i);
            for (List<String> aliases : actor.aliases().values()) {
                for (String alias : aliases) {
                    add(folded, TextNormalizer.fold(alias), new Alias(i, false, null));
                }
            }
            for (String alias : actor.anchoredAliases()) {
                add(folded, TextNormalizer.fold(alias), new Alias(i, true, null));
            }
            for (String alias : actor.caseSensitiveAliases()) {
                add(folded, TextNormalizer.fold(alias), new Alias(i, false, TextNormalizer.keepCase(alias)));
            }
        }
        for (int i = 0; i < cues.size(); i++) {
            Dictionary.Cue cue = cues.get(i);
            add(folded, TextNormalizer.fold(cue.phrase()), new CueEntry(i, cue.lang() == null ? ANY_LANGUAGE
                    : languages.computeIfAbsent(cue.lang(), k -> languages.size())));
        }
        for (String blocker : dictionary.blockers()) {
            add(folded, TextNormalizer.fold(blocker), new Blocker());
        }
        for (Map.Entry<String, Dictionary.Modifiers> byLang : dictionary.modifiers().entrySet()) {
            int lang = languages.computeIfAbsent(byLang.getKey(), k -> languages.size());
            Dictionary.Modifiers m = byLang.getValue();
            m.negation().forEach(p -> add(folded, TextNormalizer.fold(p), new Modifier(Modality.NEGATED, lang)));
            m.hypothetical().forEach(p -> add(folded, TextNormalizer.fold(p), new Modifier(Modality.HYPOTHETICAL, lang)));
            m.threat().forEach(p -> add(folded, TextNormalizer.fold(p), new Modifier(Modality.THREAT, lang)));
        }
        this.automaton = new WordAutomaton<>(folded, Entry[]::new);
        this.cueCodes = new Dictionary.CueCode[cues.size()];
        this.cueCodeIds = new String[cues.size()];
        for (int i = 0; i < cues.size(); i++) {
            cueCodes[i] = dictionary.cueCodes().get(cues.get(i).code());
            cueCodeIds[i] = cues.get(i).code();
        }
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    @Override
    public String dictionaryVersion() {
        return dictionary.version();
    }

    private static void add(Map<String, List<Entry>> keys, String key, Entry entry) {
        if (!key.isEmpty()) {
            List<Entry> entries = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
    }

    @Override
    public Extraction extract(String title, String body, String language, Instant publishedAt) {
        ArticleText text = ArticleText.of(title, body);
        Scratch scratch = SCRATCH.get();
        NormalizedText norm = TextNormalizer.normalize(text, scratch.buffers);
        String lang = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);

        // the automaton reads every character once and notes where sentences may end, for the splitter
        scratch.clear();
        int langId = lang.isEmpty() ? UNSTATED : languages.getOrDefault(lang, OTHER);
        collect(automaton, norm, langId, scratch.actorHits, scratch.cueHits, scratch.modifierHits, scratch.marks);
        SentenceSplitter.Spans spans = SentenceSplitter.split(norm.casedChars(), norm.length(), scratch.marks,
                scratch.spans);

        Hits actorsFound = dropUnanchored(withoutBlockers(longestFirst(scratch.actorHits, norm.length(),
                scratch.actorsKept, scratch)), scratch.taken);
        Hits cuesFound = withoutBlockers(longestFirst(scratch.cueHits, norm.length(), scratch.cuesKept, scratch));
        Hits modifiersFound = longestFirst(scratch.modifierHits, norm.length(), scratch.modifiersKept, scratch);

        LocalDate date = publishedAt == null ? LocalDate.now(ZoneOffset.UTC)
                : LocalDate.ofEpochDay(Math.floorDiv(publishedAt.getEpochSecond(), 86_400L));
        ActorArrays arrays = scratch.actorArrays(actorsFound.size);
        int[] sentenceOfActor = sentenceIndexes(actorsFound, spans, arrays.sentence);
        // the distinct actors in order of first mention; every actor hit gets the index of its actor there
        int[] local = arrays.local;
        int[] distinct = arrays.distinct;
        int distinctCount = 0;
        int[] table = arrays.table;
        int mask = arrays.tableSize - 1;
        Arrays.fill(table, 0, arrays.tableSize, 0);
        for (int k = 0; k < actorsFound.size; k++) {
            int actor = actorsFound.values[k] >> 1;
            int spread = actor * 0x9E3779B9;
            int slot = (spread ^ spread >>> 16) & mask;
            while (table[slot] != 0 && distinct[table[slot] - 1] != actor) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == 0) {
                distinct[distinctCount++] = actor;
                table[slot] = distinctCount;
            }
            local[k] = table[slot] - 1;
        }
        double[] weights = arrays.weights;
        Arrays.fill(weights, 0, 2 * distinctCount, 0.0);
        int[] seenInCue = arrays.seenInCue;
        Arrays.fill(seenInCue, 0, distinctCount, 0);
        String[] inSentence = arrays.names;
        List<Extraction.CueMatch> cueMatches = new ArrayList<>(cuesFound.size);
        List<Extraction.Pair> pairs = new ArrayList<>();
        // cues, actors and modifiers are all in text order, so the actors and modifiers of a cue's sentence are a
        // run of each list that moves forward with the cues: each list is read once, not once per cue
        int actorsFrom = 0;
        int actorsTo = 0;
        int modifiersFrom = 0;
        int modifiersTo = 0;
        int runSentence = -1;
        int sentence = 0;
        // cues, distinct actors (in order of first mention) and sentences each ask offsets in increasing order
        NormalizedText.Offsets cueOffsets = norm.offsets();
        for (int h = 0; h < cuesFound.size; h++) {
            int cueStart = cuesFound.starts[h];
            int cueEnd = cuesFound.ends[h];
            sentence = nextSentence(cueStart, sentence, spans);
            if (sentence != runSentence) {
                runSentence = sentence;
                while (actorsFrom < actorsFound.size && sentenceOfActor[actorsFrom] < sentence) {
                    actorsFrom++;
                }
                actorsTo = actorsFrom;
                while (actorsTo < actorsFound.size && sentenceOfActor[actorsTo] == sentence) {
                    actorsTo++;
                }
                if (spans.isEmpty()) {
                    modifiersTo = modifiersFound.size;
                } else {
                    int spanStart = spans.start(sentence);
                    int spanEnd = spans.end(sentence);
                    while (modifiersFrom < modifiersFound.size && modifiersFound.starts[modifiersFrom] < spanStart) {
                        modifiersFrom++;
                    }
                    modifiersTo = modifiersFrom;
                    while (modifiersTo < modifiersFound.size && modifiersFound.starts[modifiersTo] < spanEnd) {
                        modifiersTo++;
                    }
                }
            }
            String cueCode = cueCodeIds[cuesFound.values[h]];
            Dictionary.CueCode code = cueCodes[cuesFound.values[h]];
            Modality modality = modalityOf(cueStart, cueEnd, sentence, spans, modifiersFound, modifiersFrom,
                    modifiersTo);
            double weight = Math.abs(code.goldstein()) * modality.weight();
            int side = code.quad().isConflict() ? 0 : 1;
            int named = 0;
            int before = -1;
            int after = -1;
            for (int k = actorsFrom; k < actorsTo; k++) {
                int actor = actorsFound.values[k] >> 1;
                if (seenInCue[local[k]] != h + 1) {
                    seenInCue[local[k]] = h + 1;
                    inSentence[named++] = actors.get(actor).id();
                }
                weights[2 * local[k] + side] += weight;
                if (actorsFound.ends[k] <= cueStart) {
                    before = actor;
                } else if (after < 0 && actorsFound.starts[k] >= cueEnd) {
                    after = actor;
                }
            }
            cueMatches.add(new Extraction.CueMatch(sentence, cueOffsets.originalOffset(cueStart),
                    cueOffsets.originalSlice(cueStart, cueEnd), cueCode, code.name(), code.goldstein(),
                    code.quad(), modality, weight, listOf(inSentence, named)));
            if (before >= 0 && after >= 0) {
                String source = actors.get(before).id();
                String target = actors.get(after).id();
                if (!source.equals(target)) {
                    pairs.add(new Extraction.Pair(source, target, sentence, cueCode, code.quad(), modality, weight));
                }
            }
        }

        int[] mentionCount = arrays.mentions;
        Arrays.fill(mentionCount, 0, distinctCount, 0);
        int[] firstStart = arrays.firstStart;
        for (int k = actorsFound.size - 1; k >= 0; k--) {
            mentionCount[local[k]]++;
            firstStart[local[k]] = actorsFound.starts[k];
        }
        List<Extraction.ActorMention> mentions = new ArrayList<>(distinctCount);
        NormalizedText.Offsets firstOffsets = norm.offsets();
        for (int d = 0; d < distinctCount; d++) {
            Dictionary.Actor a = actors.get(distinct[d]);
            mentions.add(new Extraction.ActorMention(a.id(), a.name(), a.codeOn(date),
                    a.type() == null ? null : a.type().name(), a.country(), mentionCount[d],
                    firstOffsets.originalOffset(firstStart[d]), round(weights[2 * d]), round(weights[2 * d + 1])));
        }
        int[] bounds = new int[2 * spans.size()];
        NormalizedText.Offsets sentenceOffsets = norm.offsets();
        for (int k = 0; k < spans.size(); k++) {
            bounds[2 * k] = sentenceOffsets.originalOffset(spans.start(k));
            int end = spans.end(k) >= norm.length() ? text.length()
                    : sentenceOffsets.originalOffset(spans.end(k) - 1) + 1;
            bounds[2 * k + 1] = Math.max(bounds[2 * k], end);
        }
        return new Extraction(dictionary.version(), lang, new Sentences(text, bounds), mentions, cueMatches, pairs);
    }

    /**
     * The sentences of an article as an unmodifiable list, each cut from the article's text when it is read:
     * most readers want a few sentences (the evidence of a cue), not a copy of the whole text.
     */
    private static final class Sentences extends java.util.AbstractList<String> implements java.util.RandomAccess {
        private final ArticleText text;
        /** Start and end in {@code text} of each sentence. */
        private final int[] bounds;

        Sentences(ArticleText text, int[] bounds) {
            this.text = text;
            this.bounds = bounds;
        }

        @Override
        public String get(int index) {
            java.util.Objects.checkIndex(index, size());
            return text.substring(bounds[2 * index], bounds[2 * index + 1]);
        }

        @Override
        public int size() {
            return bounds.length / 2;
        }
    }

    /** The first {@code n} names as an immutable list, without the intermediate copy {@code List.of} would need. */
    private static List<String> listOf(String[] names, int n) {
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(names[0]);
            case 2 -> List.of(names[0], names[1]);
            case 3 -> List.of(names[0], names[1], names[2]);
            default -> List.of(Arrays.copyOf(names, n));
        };
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    private static void collect(WordAutomaton<Entry> automaton, NormalizedText norm, int lang,
                                Hits actorHits, Hits cueHits, Hits modifierHits, SentenceSplitter.Marks marks) {
        char[] cased = norm.casedChars();
        automaton.match(cased, norm.length(), (begin, end, entries) -> {
            for (Entry entry : entries) {
                if (entry instanceof Alias alias) {
                    if (alias.exact() == null || sameChars(cased, begin, end, alias.exact())) {
                        actorHits.add(begin, end, alias.actor() << 1 | (alias.anchored() ? 1 : 0));
                    }
                } else if (entry instanceof Blocker) {
                    actorHits.add(begin, end, BLOCKER);
                    cueHits.add(begin, end, BLOCKER);
                } else if (entry instanceof CueEntry cue) {
                    if (lang == UNSTATED || cue.lang() == ANY_LANGUAGE || cue.lang() == lang) {
                        cueHits.add(begin, end, cue.cue());
                    }
                } else if (entry instanceof Modifier modifier) {
                    if (lang == UNSTATED || modifier.lang() == lang) {
                        modifierHits.add(begin, end, modifier.modality().ordinal());
                    }
                }
            }
        }, marks);
    }

    private static boolean sameChars(char[] text, int begin, int end, String expected) {
        if (expected.length() != end - begin) {
            return false;
        }
        for (int k = 0; k < expected.length(); k++) {
            if (text[begin + k] != expected.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps non-overlapping hits, longest first (leftmost on ties, then first found), returned in text order.
     * The order is a sort of packed longs ({@code length, start, index}) when they fit in 63 bits, which
     * is any text under two million characters; beyond that, a stable sort of boxed indexes does the same.
     */
    private static Hits longestFirst(Hits hits, int textLength, Hits out, Scratch scratch) {
        int n = hits.size;
        if (n < 2 || disjointInOrder(hits)) {
            return hits; // nothing to choose between, already in text order
        }
        scratch.ensure(n);
        long[] keys = scratch.keys;
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(textLength, n));
        long indexMask = (1L << bits) - 1;
        if (3 * bits <= 63) {
            for (int i = 0; i < n; i++) {
                long shorter = textLength - (hits.ends[i] - hits.starts[i]);
                keys[i] = shorter << (2 * bits) | (long) hits.starts[i] << bits | i;
            }
            Arrays.sort(keys, 0, n);
        } else {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, Comparator.<Integer>comparingInt(i -> hits.ends[i] - hits.starts[i]).reversed()
                    .thenComparingInt(i -> hits.starts[i]));
            for (int i = 0; i < n; i++) {
                keys[i] = boxed[i];
            }
        }
        BitSet taken = scratch.taken;
        taken.clear();
        long[] kept = scratch.kept;
        int count = 0;
        for (int k = 0; k < n; k++) {
            int i = (int) (keys[k] & indexMask);
            int start = hits.starts[i];
            int end = hits.ends[i];
            int next = taken.nextSetBit(start);
            if (next >= end || next < 0) {
                taken.set(start, end);
                kept[count++] = (long) start << 32 | i;
            }
        }
        // kept hits do not overlap, so their starts differ and sorting by start needs no tie-break
        Arrays.sort(kept, 0, count);
        out.size = 0;
        for (int k = 0; k < count; k++) {
            int i = (int) kept[k];
            out.add(hits.starts[i], hits.ends[i], hits.values[i]);
        }
        return out;
    }

    /** Whether each hit starts at or after the end of the one before it (the usual case for actors). */
    private static boolean disjointInOrder(Hits hits) {
        for (int i = 1; i < hits.size; i++) {
            if (hits.starts[i] < hits.ends[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static Hits withoutBlockers(Hits hits) {
        int write = 0;
        for (int i = 0; i < hits.size; i++) {
            if (hits.values[i] != BLOCKER) {
                hits.starts[write] = hits.starts[i];
                hits.ends[write] = hits.ends[i];
                hits.values[write++] = hits.values[i];
            }
        }
        hits.size = write;
        return hits;
    }

    /**
     * Surname-only and other anchored aliases count only after a full alias of the same actor; {@code anchored}
     * is a set to work in (cleared first).
     */
    private static Hits dropUnanchored(Hits hits, BitSet anchored) {
        anchored.clear();
        int write = 0;
        for (int i = 0; i < hits.size; i++) {
            int actor = hits.values[i] >> 1;
            boolean keep;
            if ((hits.values[i] & 1) == 0) {
                anchored.set(actor);
                keep = true;
            } else {
                keep = anchored.get(actor);
            }
            if (keep) {
                hits.starts[write] = hits.starts[i];
                hits.ends[write] = hits.ends[i];
                hits.values[write++] = hits.values[i];
            }
        }
        hits.size = write;
        return hits;
    }

    /** The modality of a cue, from the modifiers {@code from} to {@code to} (those that start in its sentence). */
    private Modality modalityOf(int cueStart, int cueEnd, int sentence, SentenceSplitter.Spans spans,
                                Hits modifiers, int from, int to) {
        boolean inSpan = !spans.isEmpty();
        int spanStart = inSpan ? spans.start(sentence) : 0;
        int spanEnd = inSpan ? spans.end(sentence) : 0;
        boolean negated = false;
        boolean hypothetical = false;
        boolean threat = false;
        for (int i = from; i < to; i++) {
            int mStart = modifiers.starts[i];
            int mEnd = modifiers.ends[i];
            if (inSpan && (mStart < spanStart || mEnd > spanEnd)) {
                continue;
            }
            boolean near = (mEnd <= cueStart && cueStart - mEnd <= MODIFIER_REACH_BEFORE)
                    || (mStart >= cueEnd && mStart - cueEnd <= MODIFIER_REACH_AFTER);
            if (!near) {
                continue;
            }
            switch (MODALITIES[modifiers.values[i]]) {
                case HYPOTHETICAL -> hypothetical = true;
                case NEGATED -> negated = true;
                case THREAT -> threat = true;
                default -> { }
            }
        }
        if (hypothetical) {
            return Modality.HYPOTHETICAL;
        }
        if (negated) {
            return Modality.NEGATED;
        }
        if (threat) {
            return Modality.THREAT;
        }
        return Modality.ASSERTED;
    }

    /** The sentence of each hit; hits are in text order, so each search goes on from the last hit's sentence. */
    private static int[] sentenceIndexes(Hits hits, SentenceSplitter.Spans spans, int[] result) {
        int sentence = 0;
        for (int i = 0; i < hits.size; i++) {
            sentence = nextSentence(hits.starts[i], sentence, spans);
            result[i] = sentence;
        }
        return result;
    }

    /**
     * The sentence of {@code offset}, at or after {@code from} (the sentence of an earlier offset): the last
     * sentence that starts at or before it, or 0 if none does.
     */
    private static int nextSentence(int offset, int from, SentenceSplitter.Spans spans) {
        int sentence = from;
        int last = spans.size() - 1;
        while (sentence < last && spans.start(sentence + 1) <= offset) {
            sentence++;
        }
        return sentence;
    }
}
