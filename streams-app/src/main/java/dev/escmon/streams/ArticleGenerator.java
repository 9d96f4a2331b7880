package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.recognition.Dictionary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic articles for load tests and demos, built from the dictionary's actors and cue phrases in
 * sentence templates of English or Spanish news prose. A scenario sets how much of the coverage is conflict
 * over the run; the same seed gives the same articles.
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
    private final List<Phrase> enCues = new ArrayList<>();
    private final List<Phrase> esCues = new ArrayList<>();

    public ArticleGenerator(Dictionary dictionary, Scenario scenario, long seed, int minBodyBytes, int maxBodyBytes,
                            Instant start, Duration step) {
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
        while (body.length() < target) {
            String sentence;
            if (random.nextDouble() < 0.6) {
                boolean conflict = random.nextDouble() < scenario.conflictShare(progress);
                String cue = pick(spanish ? esCues : enCues, conflict);
                String[] templates = spanish ? ES_TEMPLATES : EN_TEMPLATES;
                sentence = String.format(templates[random.nextInt(templates.length)], actor(), cue, actor());
                sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
                if (title == null) {
                    title = sentence.substring(0, sentence.length() - 1);
                }
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

    private String actor() {
        return actorNames.get(random.nextInt(actorNames.size()));
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
