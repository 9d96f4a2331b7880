package dev.escmon.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final Dictionary dictionary;
    private final List<Dictionary.Actor> actors;
    private final List<Dictionary.Cue> cues;
    private final WordAutomaton<Entry> automaton;

    private sealed interface Entry permits Alias, CueEntry, Modifier, Blocker {
    }

    private record Blocker() implements Entry {
    }

    /** An alias; {@code exact} is set for case-sensitive ones, matched only where the text has that case. */
    private record Alias(int actor, boolean anchored, String exact) implements Entry {
    }

    private record CueEntry(int cue, String lang) implements Entry {
    }

    private record Modifier(Modality modality, String lang) implements Entry {
    }

    private record Hit(int start, int end, Entry entry) {
        int length() {
            return end - start;
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
            add(folded, TextNormalizer.fold(cue.phrase()), new CueEntry(i, cue.lang()));
        }
        for (String blocker : dictionary.blockers()) {
            add(folded, TextNormalizer.fold(blocker), new Blocker());
        }
        for (Map.Entry<String, Dictionary.Modifiers> byLang : dictionary.modifiers().entrySet()) {
            String lang = byLang.getKey();
            Dictionary.Modifiers m = byLang.getValue();
            m.negation().forEach(p -> add(folded, TextNormalizer.fold(p), new Modifier(Modality.NEGATED, lang)));
            m.hypothetical().forEach(p -> add(folded, TextNormalizer.fold(p), new Modifier(Modality.HYPOTHETICAL, lang)));
            m.threat().forEach(p -> add(folded, TextNormalizer.fold(p), new Modifier(Modality.THREAT, lang)));
        }
        this.automaton = new WordAutomaton<>(folded, Entry[]::new);
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
        String text = (title == null || title.isBlank() ? "" : title.strip() + "\n\n") + (body == null ? "" : body);
        NormalizedText norm = TextNormalizer.normalize(text);
        String lang = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(norm.casedChars(), norm.length());

        List<Hit> actorHits = new ArrayList<>();
        List<Hit> cueHits = new ArrayList<>();
        List<Hit> modifierHits = new ArrayList<>();
        collect(automaton, norm, lang, actorHits, cueHits, modifierHits);

        List<Hit> actorsFound = dropUnanchored(withoutBlockers(longestFirst(actorHits)));
        List<Hit> cuesFound = withoutBlockers(longestFirst(cueHits));
        List<Hit> modifiersFound = longestFirst(modifierHits);

        LocalDate date = publishedAt == null ? LocalDate.now(ZoneOffset.UTC)
                : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
        int[] sentenceOfActor = sentenceIndexes(actorsFound, spans);
        List<Extraction.CueMatch> cueMatches = new ArrayList<>();
        List<Extraction.Pair> pairs = new ArrayList<>();
        Map<Integer, double[]> weights = new HashMap<>();
        for (Hit hit : cuesFound) {
            int sentence = sentenceOf(hit.start(), spans);
            Dictionary.Cue cue = cues.get(((CueEntry) hit.entry()).cue());
            Dictionary.CueCode code = dictionary.cueCodes().get(cue.code());
            Modality modality = modalityOf(hit, sentence, spans, modifiersFound);
            double weight = Math.abs(code.goldstein()) * modality.weight();
            Set<String> inSentence = new java.util.LinkedHashSet<>();
            Hit before = null;
            Hit after = null;
            for (int k = 0; k < actorsFound.size(); k++) {
                if (sentenceOfActor[k] != sentence) {
                    continue;
                }
                Hit actorHit = actorsFound.get(k);
                int actor = ((Alias) actorHit.entry()).actor();
                inSentence.add(actors.get(actor).id());
                double[] w = weights.computeIfAbsent(actor, a -> new double[2]);
                if (code.quad().isConflict()) {
                    w[0] += weight;
                } else {
                    w[1] += weight;
                }
                if (actorHit.end() <= hit.start()) {
                    before = actorHit;
                } else if (after == null && actorHit.start() >= hit.end()) {
                    after = actorHit;
                }
            }
            cueMatches.add(new Extraction.CueMatch(sentence, norm.originalOffset(hit.start()),
                    norm.originalSlice(hit.start(), hit.end()), cue.code(), code.name(), code.goldstein(),
                    code.quad(), modality, weight, List.copyOf(inSentence)));
            if (before != null && after != null) {
                String source = actors.get(((Alias) before.entry()).actor()).id();
                String target = actors.get(((Alias) after.entry()).actor()).id();
                if (!source.equals(target)) {
                    pairs.add(new Extraction.Pair(source, target, sentence, cue.code(), code.quad(), modality, weight));
                }
            }
        }

        Map<Integer, int[]> counts = new LinkedHashMap<>();
        for (Hit hit : actorsFound) {
            int actor = ((Alias) hit.entry()).actor();
            int[] c = counts.computeIfAbsent(actor, a -> new int[] {0, hit.start()});
            c[0]++;
        }
        List<Extraction.ActorMention> mentions = new ArrayList<>(counts.size());
        counts.forEach((actor, c) -> {
            Dictionary.Actor a = actors.get(actor);
            double[] w = weights.getOrDefault(actor, new double[2]);
            mentions.add(new Extraction.ActorMention(a.id(), a.name(), a.codeOn(date),
                    a.type() == null ? null : a.type().name(), a.country(), c[0], norm.originalOffset(c[1]),
                    round(w[0]), round(w[1])));
        });
        List<String> sentences = new ArrayList<>(spans.size());
        for (SentenceSplitter.Span span : spans) {
            sentences.add(norm.originalSlice(span.start(), span.end()));
        }
        return new Extraction(dictionary.version(), lang, sentences, mentions, cueMatches, pairs);
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    private static void collect(WordAutomaton<Entry> automaton, NormalizedText norm, String lang,
                                List<Hit> actorHits, List<Hit> cueHits, List<Hit> modifierHits) {
        char[] cased = norm.casedChars();
        automaton.match(norm.foldedChars(), norm.length(), (begin, end, entries) -> {
            for (Entry entry : entries) {
                if (entry instanceof Alias alias) {
                    if (alias.exact() == null || sameChars(cased, begin, end, alias.exact())) {
                        actorHits.add(new Hit(begin, end, entry));
                    }
                } else if (entry instanceof Blocker) {
                    actorHits.add(new Hit(begin, end, entry));
                    cueHits.add(new Hit(begin, end, entry));
                } else if (entry instanceof CueEntry cue) {
                    if (lang.isEmpty() || cue.lang() == null || cue.lang().equals(lang)) {
                        cueHits.add(new Hit(begin, end, entry));
                    }
                } else if (entry instanceof Modifier modifier) {
                    if (lang.isEmpty() || modifier.lang().equals(lang)) {
                        modifierHits.add(new Hit(begin, end, entry));
                    }
                }
            }
        });
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

    /** Keeps non-overlapping hits, longest first (leftmost on ties), returned in text order. */
    private static List<Hit> longestFirst(List<Hit> hits) {
        if (hits.size() < 2) {
            return hits;
        }
        hits.sort(Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::start));
        BitSet taken = new BitSet();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            if (taken.nextSetBit(hit.start()) >= hit.end() || taken.nextSetBit(hit.start()) < 0) {
                taken.set(hit.start(), hit.end());
                kept.add(hit);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    private static List<Hit> withoutBlockers(List<Hit> hits) {
        hits.removeIf(h -> h.entry() instanceof Blocker);
        return hits;
    }

    /** Surname-only and other anchored aliases count only after a full alias of the same actor. */
    private static List<Hit> dropUnanchored(List<Hit> hits) {
        Set<Integer> anchored = new HashSet<>();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            Alias alias = (Alias) hit.entry();
            if (!alias.anchored()) {
                anchored.add(alias.actor());
                kept.add(hit);
            } else if (anchored.contains(alias.actor())) {
                kept.add(hit);
            }
        }
        return kept;
    }

    private Modality modalityOf(Hit cue, int sentence, List<SentenceSplitter.Span> spans, List<Hit> modifiers) {
        SentenceSplitter.Span span = spans.isEmpty() ? null : spans.get(sentence);
        boolean negated = false;
        boolean hypothetical = false;
        boolean threat = false;
        for (Hit m : modifiers) {
            if (span != null && (m.start() < span.start() || m.end() > span.end())) {
                continue;
            }
            boolean near = (m.end() <= cue.start() && cue.start() - m.end() <= MODIFIER_REACH_BEFORE)
                    || (m.start() >= cue.end() && m.start() - cue.end() <= MODIFIER_REACH_AFTER);
            if (!near) {
                continue;
            }
            switch (((Modifier) m.entry()).modality()) {
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

    private static int[] sentenceIndexes(List<Hit> hits, List<SentenceSplitter.Span> spans) {
        int[] result = new int[hits.size()];
        for (int i = 0; i < hits.size(); i++) {
            result[i] = sentenceOf(hits.get(i).start(), spans);
        }
        return result;
    }

    private static int sentenceOf(int offset, List<SentenceSplitter.Span> spans) {
        int lo = 0;
        int hi = spans.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
