package dev.escmon.bench;

import dev.escmon.recognition.Dictionary;
import dev.escmon.recognition.DictionaryLoader;
import dev.escmon.recognition.Evaluation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Realistic text and dictionaries of a chosen size for the recognition benchmarks. */
final class BenchData {
    private static final String[] SYLLABLES = {"ka", "lo", "mir", "ven", "dra", "sul", "tor", "bel", "zan", "qui",
            "nor", "pax", "rel", "vos", "gan", "tiu", "mek", "sar", "lun", "fey", "dor", "wil", "cro", "ith"};

    private BenchData() {
    }

    /** The bodies of the bundled evaluation corpus: news prose in English and Spanish written for the project. */
    static List<String[]> articles() {
        List<String[]> out = new ArrayList<>();
        for (Evaluation.GoldArticle a : Evaluation.loadDefault()) {
            StringBuilder body = new StringBuilder();
            a.sentences().forEach(s -> body.append(s.text()).append(' '));
            out.add(new String[] {a.title(), body.toString(), a.language()});
        }
        return out;
    }

    static long bytes(List<String[]> articles) {
        long n = 0;
        for (String[] a : articles) {
            n += a[0].getBytes(StandardCharsets.UTF_8).length + a[1].getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }

    static int aliasCount(Dictionary d) {
        int n = 0;
        for (Dictionary.Actor a : d.actors()) {
            n += a.aliases().values().stream().mapToInt(List::size).sum() + a.anchoredAliases().size()
                    + a.caseSensitiveAliases().size();
        }
        return n;
    }

    /**
     * The default dictionary's cues and modifiers with about {@code aliases} actor aliases: real actors first
     * (about 200 aliases), then generated actors with invented two-word names that do not occur in news text.
     */
    static Dictionary withAliases(int aliases) {
        Dictionary full = DictionaryLoader.loadDefault();
        List<Dictionary.Actor> actors = new ArrayList<>();
        int count = 0;
        for (Dictionary.Actor a : full.actors()) {
            if (a.type() == Dictionary.ActorType.COUNTRY && !List.of("USA", "MEX", "CHN", "PHL").contains(a.code())) {
                continue;
            }
            int n = a.aliases().values().stream().mapToInt(List::size).sum() + a.anchoredAliases().size()
                    + a.caseSensitiveAliases().size();
            if (count + n > Math.min(aliases, 200)) {
                continue;
            }
            actors.add(a);
            count += n;
        }
        Random random = new Random(42);
        Set<String> names = new HashSet<>();
        int id = 0;
        while (count < aliases) {
            String name = word(random) + " " + word(random);
            String second = word(random) + " " + word(random) + " " + word(random);
            if (!names.add(name) || !names.add(second)) {
                continue;
            }
            actors.add(new Dictionary.Actor("generated-" + id++, name, "XXXGOV", Dictionary.ActorType.PERSON, "XXX",
                    Map.of("en", List.of(name, second)), List.of(), List.of(), List.of()));
            count += 2;
        }
        return new Dictionary(full.version() + "+" + aliases, "benchmark", full.cueCodes(), full.modifiers(),
                full.blockers(), actors, full.cues());
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
        return w.toString();
    }
}
