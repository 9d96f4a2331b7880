package dev.escmon.recognition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures recognition against an annotated corpus (JSON lines: id, language, title, sentences with gold cue
 * codes, gold actor ids). Actors are scored per article (set of ids), cue codes per sentence (set of codes);
 * cues found in the title are not scored. Reports precision, recall and F1 per language.
 */
public final class Evaluation {
    /** The bundled evaluation corpus, written and annotated for this project. */
    public static final String DEFAULT_RESOURCE = "/evaluation/gold.jsonl";
    private static final Instant WHEN = Instant.parse("2025-06-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldCue(String code, String modality) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldSentence(String text, List<GoldCue> cues) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldArticle(String id, String language, String title, List<GoldSentence> sentences,
                              List<String> actors) {
    }

    /** Counts of true positives, false positives and false negatives. */
    public static final class Score {
        private long tp;
        private long fp;
        private long fn;

        void add(Set<String> predicted, Set<String> gold) {
            for (String p : predicted) {
                if (gold.contains(p)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String g : gold) {
                if (!predicted.contains(g)) {
                    fn++;
                }
            }
        }

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public long truePositives() {
            return tp;
        }

        public long falsePositives() {
            return fp;
        }

        public long falseNegatives() {
            return fn;
        }
    }

    /** Scores of one language, and the errors behind them for debugging the dictionary. */
    public record LanguageResult(String language, int articles, int sentences, Score actors, Score cues,
                                 List<String> errors) {
    }

    private Evaluation() {
    }

    public static List<GoldArticle> loadDefault() {
        try (InputStream in = Evaluation.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("evaluation corpus " + DEFAULT_RESOURCE + " is not on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<GoldArticle> parse(InputStream in) throws IOException {
        List<GoldArticle> articles = new ArrayList<>();
        int line = 0;
        for (String json : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            line++;
            if (!json.isBlank()) {
                try {
                    articles.add(JSON.readValue(json, GoldArticle.class));
                } catch (IOException e) {
                    throw new IOException("evaluation corpus line " + line + ": " + e.getMessage(), e);
                }
            }
        }
        return articles;
    }

    public static Map<String, LanguageResult> run(Extractor extractor, List<GoldArticle> gold) {
        Map<String, LanguageResult> results = new TreeMap<>();
        for (GoldArticle article : gold) {
            LanguageResult r = results.computeIfAbsent(article.language(),
                    lang -> new LanguageResult(lang, 0, 0, new Score(), new Score(), new ArrayList<>()));
            StringBuilder body = new StringBuilder();
            int[] starts = new int[article.sentences().size()];
            for (int i = 0; i < article.sentences().size(); i++) {
                if (i > 0) {
                    body.append(' ');
                }
                starts[i] = body.length();
                body.append(article.sentences().get(i).text());
            }
            String title = article.title() == null ? "" : article.title().strip();
            int bodyOffset = title.isEmpty() ? 0 : title.length() + 2;
            Extraction e = extractor.extract(title, body.toString(), article.language(), WHEN);

            Set<String> predictedActors = new HashSet<>();
            e.actors().forEach(a -> predictedActors.add(a.actorId()));
            Set<String> goldActors = new HashSet<>(article.actors());
            r.actors().add(predictedActors, goldActors);
            for (String id : predictedActors) {
                if (!goldActors.contains(id)) {
                    r.errors().add(article.id() + " actor FP " + id);
                }
            }
            for (String id : goldActors) {
                if (!predictedActors.contains(id)) {
                    r.errors().add(article.id() + " actor FN " + id);
                }
            }

            List<Set<String>> predictedCues = new ArrayList<>();
            for (int i = 0; i < starts.length; i++) {
                predictedCues.add(new HashSet<>());
            }
            List<List<String>> phrases = new ArrayList<>();
            for (int i = 0; i < starts.length; i++) {
                phrases.add(new ArrayList<>());
            }
            for (Extraction.CueMatch cue : e.cues()) {
                int offset = cue.offset() - bodyOffset;
                if (offset < 0) {
                    continue; // in the title
                }
                int sentence = sentenceAt(starts, offset);
                predictedCues.get(sentence).add(cue.code());
                phrases.get(sentence).add(cue.code() + ":" + cue.phrase());
            }
            for (int i = 0; i < starts.length; i++) {
                Set<String> goldCodes = new HashSet<>();
                article.sentences().get(i).cues().forEach(c -> goldCodes.add(c.code()));
                r.cues().add(predictedCues.get(i), goldCodes);
                if (!predictedCues.get(i).equals(goldCodes)) {
                    r.errors().add(article.id() + "#" + i + " cues gold=" + new TreeMap<>(Map.of("c", goldCodes)).get("c")
                            + " found=" + phrases.get(i) + " | " + article.sentences().get(i).text());
                }
            }
            results.put(article.language(), new LanguageResult(r.language(), r.articles() + 1,
                    r.sentences() + starts.length, r.actors(), r.cues(), r.errors()));
        }
        return results;
    }

    private static int sentenceAt(int[] starts, int offset) {
        int found = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= offset) {
                found = i;
            }
        }
        return found;
    }

    /** A markdown table of the results. */
    public static String table(Map<String, LanguageResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| language | articles | sentences | actors P | actors R | actors F1 | cues P | cues R | cues F1 |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (LanguageResult r : results.values()) {
            out.append(String.format("| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", r.language(),
                    r.articles(), r.sentences(), r.actors().precision(), r.actors().recall(), r.actors().f1(),
                    r.cues().precision(), r.cues().recall(), r.cues().f1()));
        }
        return out.toString();
    }
}
