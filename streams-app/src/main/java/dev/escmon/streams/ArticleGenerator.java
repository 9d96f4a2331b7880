package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.AvroSecurity;
import dev.escmon.recognition.Dictionary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic articles for load tests and demos, built from the dictionary's actors and cue phrases in
 * sentence templates of English or Spanish news prose. A scenario sets how much of the coverage is conflict
 * over the run; the same seed gives the same articles.
 *
 * <p>Density follows news text rather than a word list: each article has a cast of 3 to 6 actors drawn by
 * popularity (a Zipf-like law over a fixed order of the dictionary, so a few actors are in most of the news,
 * as Mexico and the United States are in the sample corpus), most of its cue sentences are between its two
 * leading actors, and the rest is background prose. A 5 KB body then names about 6 actors and 4 directed
 * pairs (the bundled sample corpus: 7.2 actors and 1.3 pairs in 1.4 KB articles; docs/PERFORMANCE.md).
 */
public final class ArticleGenerator {

    /** How conflict evolves over the run. */
    public enum Scenario {
        /** steady, mostly cooperative coverage */
        CALM,
        /** conflict share rises from low to high across the run */
        RISING,
        /** calm, with a short burst of conflict in the middle tenth of the run */
        BURST;

        double conflictShare(double progress) {
            return switch (this) {
                case CALM -> 0.15;
                case RISING -> 0.10 + 0.75 * progress;
                case BURST -> progress >= 0.45 && progress < 0.55 ? 0.90 : 0.12;
            };
        }
    }

    private static final String[] OUTLETS = {"Northbridge Wire", "Gulf Coast Ledger", "Pacific Ledger",
            "Lakeshore Courier", "Capital Policy Review", "Borderland Dispatch", "Diario del Bajío", "La Voz de Sonora",
            "Crónica Capital", "Heraldo del Pacífico", "El Observador del Golfo", "Manila Harbor Times"};
    private static final String[] EN_FILLER = {
            "The statement gave no further details about the timing.",
            "Analysts said the coming weeks would show whether the approach holds.",
            "Officials spoke on condition of anonymity because they were not authorised to comment.",
            "The announcement followed several days of consultations in the capital.",
            "Local business groups said they were watching the situation closely.",
            "Previous rounds of talks ended without a joint declaration.",
            "The figures could not be independently verified."};
    private static final String[] ES_FILLER = {
            "El comunicado no dio más detalles sobre los plazos.",
            "Analistas señalaron que las próximas semanas mostrarán si la estrategia funciona.",
            "Los funcionarios hablaron bajo condición de anonimato.",
            "El anuncio se produjo tras varios días de consultas en la capital.",
            "Organizaciones empresariales dijeron que siguen la situación de cerca.",
            "Las rondas anteriores terminaron sin una declaración conjunta.",
            "Las cifras no pudieron ser verificadas de forma independiente."};
    private static final String[] EN_MENTIONS = {"Reporters asked again about the role of %s.",
            "The case has drawn attention to %s in recent weeks.", "Earlier coverage focused on %s."};
    private static final String[] ES_MENTIONS = {"Los periodistas preguntaron de nuevo por el papel de %s.",
            "El caso ha puesto la atención sobre %s en las últimas semanas.", "La cobertura previa se centró en %s."};
    /** Share of sentences that carry a cue between two actors, and that only name one. */
    private static final double CUE_SHARE = 0.3;
    private static final double MENTION_SHARE = 0.1;
    /** Exponent of the popularity law: the k-th actor is drawn with weight 1 / k^POPULARITY. */
    private static final double POPULARITY = 1.0;
    private static final String[] EN_TEMPLATES = {"%s %s %s on Tuesday, according to officials.",
            "In a statement, %s %s %s.", "%s %s %s after a week of tension.", "Sources said %s %s %s late on Friday."};
    private static final String[] ES_TEMPLATES = {"%s %s %s el martes, según funcionarios.",
            "En un comunicado, %s %s %s.", "%s %s %s tras una semana de tensión.",
            "Fuentes indicaron que %s %s %s el viernes por la noche."};

    private record Phrase(String text, boolean conflict) {
    }

    private final Random random;
    private final long seed;
    private final Scenario scenario;
    private final int minBodyBytes;
    private final int maxBodyBytes;
    private final Instant start;
    private final Duration step;
    private final List<String> actorNames = new ArrayList<>();
    /** Cumulative popularity weights, aligned with {@link #actorNames}. */
    private double[] popularity;
    private final List<Phrase> enCues = new ArrayList<>();
    private final List<Phrase> esCues = new ArrayList<>();

    public ArticleGenerator(Dictionary dictionary, Scenario scenario, long seed, int minBodyBytes, int maxBodyBytes,
                            Instant start, Duration step) {
        // Article's builder copies field defaults (contributors) through Avro's class checks
        AvroSecurity.trustGeneratedClasses();
        this.random = new Random(seed);
        this.seed = seed;
        this.scenario = scenario;
        this.minBodyBytes = minBodyBytes;
        this.maxBodyBytes = Math.max(minBodyBytes, maxBodyBytes);
        this.start = start;
        this.step = step;
        for (Dictionary.Actor a : dictionary.actors()) {
            if (a.type() != Dictionary.ActorType.COUNTRY || List.of("USA", "MEX", "CHN", "PHL", "CAN").contains(a.code())) {
                actorNames.add(a.name());
            }
        }
        for (Dictionary.Cue cue : dictionary.cues()) {
            Dictionary.CueCode code = dictionary.cueCodes().get(cue.code());
            Phrase phrase = new Phrase(cue.phrase(), code.quad().isConflict());
            ("es".equals(cue.lang()) ? esCues : enCues).add(phrase);
        }
        if (actorNames.isEmpty() || enCues.isEmpty() || esCues.isEmpty()) {
            throw new IllegalArgumentException("the dictionary needs actors and English and Spanish cues to generate text");
        }
        // the same popularity order for every seed, so runs with different seeds share their prominent actors
        Collections.shuffle(actorNames, new Random(1));
        popularity = new double[actorNames.size()];
        double sum = 0;
        for (int k = 0; k < popularity.length; k++) {
            sum += 1 / Math.pow(k + 1, POPULARITY);
            popularity[k] = sum;
        }
    }

    /** Article number {@code index} of a run of {@code total}. */
    public Article next(long index, long total) {
        double progress = total <= 1 ? 0 : (double) index / (total - 1);
        boolean spanish = random.nextDouble() < 0.3;
        String lang = spanish ? "es" : "en";
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        int target = minBodyBytes + random.nextInt(maxBodyBytes - minBodyBytes + 1);
        StringBuilder body = new StringBuilder(target + 256);
        String title = null;
        List<String> cast = cast(3 + random.nextInt(4));
        while (body.length() < target) {
            String sentence;
            double kind = random.nextDouble();
            if (kind < CUE_SHARE) {
                boolean conflict = random.nextDouble() < scenario.conflictShare(progress);
                String cue = pick(spanish ? esCues : enCues, conflict);
                String[] templates = spanish ? ES_TEMPLATES : EN_TEMPLATES;
                String source = cast.get(0);
                String other = cast.get(1);
                double who = random.nextDouble();
                if (who >= 0.7 && who < 0.8) {
                    source = cast.get(1);
                    other = cast.get(0);
                } else if (who >= 0.8) {
                    source = cast.get(random.nextInt(cast.size()));
                    do {
                        other = cast.get(random.nextInt(cast.size()));
                    } while (other.equals(source));
                }
                sentence = String.format(templates[random.nextInt(templates.length)], source, cue, other);
                sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
                if (title == null) {
                    title = sentence.substring(0, sentence.length() - 1);
                }
            } else if (kind < CUE_SHARE + MENTION_SHARE) {
                String[] mentions = spanish ? ES_MENTIONS : EN_MENTIONS;
                sentence = String.format(mentions[random.nextInt(mentions.length)], cast.get(random.nextInt(cast.size())));
            } else {
                String[] filler = spanish ? ES_FILLER : EN_FILLER;
                sentence = filler[random.nextInt(filler.length)];
            }
            body.append(body.length() == 0 ? "" : (random.nextInt(4) == 0 ? "\n\n" : " ")).append(sentence);
        }
        Instant published = start.plus(step.multipliedBy(index));
        String id = "gen-" + seed + "-" + index;
        return Article.newBuilder()
                .setId(id)
                .setUrl("https://" + outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example/gen/" + id)
                .setOutlet(outlet)
                .setTitle(title == null ? "Update " + index : title)
                .setBody(body.toString())
                .setLanguage(lang)
                .setPublishedAt(published)
                .setIngestedAt(Instant.now())
                .setAuthors(List.of())
                .setTags(List.of("generated", scenario.name().toLowerCase(Locale.ROOT)))
                .build();
    }

    /** {@code size} distinct actors by popularity; the first two are the article's leading pair. */
    private List<String> cast(int size) {
        List<String> cast = new ArrayList<>(size);
        int wanted = Math.min(size, actorNames.size());
        while (cast.size() < wanted) {
            double u = random.nextDouble() * popularity[popularity.length - 1];
            int k = Arrays.binarySearch(popularity, u);
            String name = actorNames.get(k >= 0 ? k : Math.min(-k - 1, popularity.length - 1));
            if (!cast.contains(name)) {
                cast.add(name);
            }
        }
        if (cast.size() == 1) {
            cast.add(cast.get(0));
        }
        return cast;
    }

    private String pick(List<Phrase> phrases, boolean conflict) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Phrase p = phrases.get(random.nextInt(phrases.size()));
            if (p.conflict() == conflict) {
                return p.text();
            }
        }
        return phrases.get(random.nextInt(phrases.size())).text();
    }
}
