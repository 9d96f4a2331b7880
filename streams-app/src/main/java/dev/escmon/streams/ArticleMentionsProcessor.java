package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.internal.ActorContribution;
import dev.escmon.avro.internal.ArticleContributions;
import dev.escmon.avro.internal.Evidence;
import dev.escmon.avro.internal.MentionDelta;
import dev.escmon.recognition.Extraction;
import dev.escmon.recognition.Extractor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keyed by article id. Recognises the actors, actor pairs and country pairs of each article version and
 * forwards, keyed by subject id, what changed: the previous version's contributions withdrawn (sign -1) and the new ones added (sign +1). A
 * republished identical article changes nothing; a tombstone withdraws everything the article contributed.
 */
final class ArticleMentionsProcessor implements Processor<String, Article, String, MentionDelta> {
    /** Bodies larger than this are refused (the producer's default limit too). */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /**
     * Future publication times accepted: the brokers' default limit on future record timestamps
     * ({@code log.message.timestamp.after.max.ms}, one hour since Kafka 4.0), which every derived record inherits.
     */
    static final long FUTURE_TOLERANCE_MS = java.time.Duration.ofHours(1).toMillis();
    private final String storeName;
    private final Supplier<Extractor> extractor;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, MentionDelta> context;
    private KeyValueStore<String, ArticleContributions> contributions;

    ArticleMentionsProcessor(String storeName, Supplier<Extractor> extractor, PipelineMetrics metrics) {
        this.storeName = storeName;
        this.extractor = extractor;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, MentionDelta> context) {
        this.context = context;
        this.contributions = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Article> record) {
        String articleId = record.key();
        if (articleId == null) {
            throw new IllegalArgumentException("article record without a key (the article id)");
        }
        Article article = record.value();
        if (article != null) {
            validate(articleId, article);
        }
        ArticleContributions previous = contributions.get(articleId);
        Extractor current = extractor.get();
        ArticleContributions next = article == null ? null
                : metrics.extraction().record(() -> contributionsOf(article, current));
        if (next != null && next.equals(previous)) {
            metrics.articleUnchanged();
            return;
        }
        if (next == null) {
            metrics.articleRetracted();
        } else {
            metrics.articleCounted(next.getActors().stream().filter(a -> ACTOR.equals(a.getKind()))
                    .mapToInt(ActorContribution::getMentions).sum());
        }
        long ingestedAt = article == null ? context.currentSystemTimeMs() : article.getIngestedAt().toEpochMilli();
        String version = current.dictionaryVersion();
        if (previous != null) {
            forward(previous, -1, ingestedAt, version);
        }
        if (next != null) {
            forward(next, +1, ingestedAt, version);
            contributions.put(articleId, next);
        } else if (previous != null) {
            contributions.delete(articleId);
        }
    }

    /** Content checks the schema cannot express; a failure names the article and the field. */
    private void validate(String key, Article article) {
        if (!key.equals(article.getId())) {
            throw new InvalidArticleContentException(key, "id", "record key and article id '" + article.getId() + "' differ");
        }
        if (article.getBody() == null || article.getBody().isBlank()) {
            throw new InvalidArticleContentException(key, "body", "empty");
        }
        if (article.getBody().length() > MAX_BODY_BYTES
                || article.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw new InvalidArticleContentException(key, "body", "over the limit of " + MAX_BODY_BYTES + " bytes");
        }
        long published = article.getPublishedAt().toEpochMilli();
        if (published < 0 || published > context.currentSystemTimeMs() + FUTURE_TOLERANCE_MS) {
            throw new InvalidArticleContentException(key, "publishedAt", article.getPublishedAt()
                    + " is outside the accepted range (1970, where Kafka timestamps start, to one hour from now)");
        }
    }

    static final String ACTOR = "actor";
    static final String PAIR = "pair";
    static final String COUNTRY_PAIR = "country-pair";
    private static final int EVIDENCE_PER_SUBJECT = 3;
    private static final int SENTENCE_CHARS = 400;

    /**
     * What an article version contributes: per actor (mentions, conflict and cooperation weight), per directed
     * actor pair and per directed country pair (weights of the cues that link them), each with its strongest
     * cues as evidence.
     */
    static ArticleContributions contributionsOf(Article article, Extractor extractor) {
        Extraction extraction = extractor.extract(article.getTitle(), article.getBody(), article.getLanguage(),
                article.getPublishedAt());
        Map<String, List<Evidence>> actorEvidence = new HashMap<>();
        for (Extraction.CueMatch cue : extraction.cues()) {
            for (String actorId : cue.actorIds()) {
                actorEvidence.computeIfAbsent(actorId, k -> new ArrayList<>()).add(evidence(extraction, cue.sentence(),
                        cue.code(), cue.modality().name(), cue.weight()));
            }
        }
        List<ActorContribution> subjects = new ArrayList<>();
        Map<String, String> countries = new HashMap<>();
        for (Extraction.ActorMention m : extraction.actors()) {
            countries.put(m.actorId(), "COUNTRY".equals(m.type()) ? m.code() : m.country());
            subjects.add(new ActorContribution(m.actorId(), m.mentions(), m.conflictWeight(), m.cooperationWeight(),
                    ACTOR, strongest(actorEvidence.getOrDefault(m.actorId(), List.of()))));
        }
        Map<String, double[]> pairWeights = new LinkedHashMap<>();
        Map<String, List<Evidence>> pairEvidence = new HashMap<>();
        Map<String, String> pairKinds = new HashMap<>();
        for (Extraction.Pair pair : extraction.pairs()) {
            String actorPair = pair.sourceId() + ">" + pair.targetId();
            String from = countries.get(pair.sourceId());
            String to = countries.get(pair.targetId());
            List<String> keys = new ArrayList<>(List.of(actorPair));
            pairKinds.put(actorPair, PAIR);
            if (from != null && to != null && !from.equals(to)) {
                String countryPair = from + ">" + to;
                keys.add(countryPair);
                pairKinds.put(countryPair, COUNTRY_PAIR);
            }
            for (String key : keys) {
                double[] w = pairWeights.computeIfAbsent(key, k -> new double[3]);
                w[0]++;
                w[pair.quad().isConflict() ? 1 : 2] += pair.weight();
                pairEvidence.computeIfAbsent(key, k -> new ArrayList<>()).add(evidence(extraction, pair.sentence(),
                        pair.code(), pair.modality().name(), pair.weight()));
            }
        }
        pairWeights.forEach((key, w) -> subjects.add(new ActorContribution(key, (int) w[0], round(w[1]), round(w[2]),
                pairKinds.get(key), strongest(pairEvidence.get(key)))));
        subjects.sort(Comparator.comparing(ActorContribution::getActorId));
        return ArticleContributions.newBuilder()
                .setArticleId(article.getId())
                .setOutlet(article.getOutlet())
                .setEventTime(article.getPublishedAt().toEpochMilli())
                .setActors(subjects)
                .setStoryHash(StoryFingerprint.of(article.getBody()))
                .setTitle(article.getTitle())
                .setUrl(article.getUrl())
                .build();
    }

    private static Evidence evidence(Extraction e, int sentence, String code, String modality, double weight) {
        String text = sentence < e.sentences().size() ? e.sentences().get(sentence) : "";
        if (text.length() > SENTENCE_CHARS) {
            text = text.substring(0, SENTENCE_CHARS - 1) + "…";
        }
        return new Evidence(text, code, modality, weight);
    }

    private static List<Evidence> strongest(List<Evidence> all) {
        List<Evidence> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble(Evidence::getWeight).reversed());
        return sorted.size() > EVIDENCE_PER_SUBJECT ? new ArrayList<>(sorted.subList(0, EVIDENCE_PER_SUBJECT)) : sorted;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private void forward(ArticleContributions c, int sign, long ingestedAt, String dictionaryVersion) {
        Map<String, Boolean> seen = new HashMap<>();
        for (ActorContribution a : c.getActors()) {
            if (seen.put(a.getActorId(), Boolean.TRUE) != null) {
                continue;
            }
            MentionDelta delta = MentionDelta.newBuilder()
                    .setActorId(a.getActorId())
                    .setArticleId(c.getArticleId())
                    .setOutlet(c.getOutlet())
                    .setEventTime(c.getEventTime())
                    .setSign(sign)
                    .setMentions(a.getMentions())
                    .setConflictWeight(a.getConflictWeight())
                    .setCooperationWeight(a.getCooperationWeight())
                    .setIngestedAt(ingestedAt)
                    .setDictionaryVersion(dictionaryVersion)
                    .setKind(a.getKind())
                    .setStoryHash(c.getStoryHash())
                    .setTitle(c.getTitle())
                    .setUrl(c.getUrl())
                    .setEvidence(a.getEvidence())
                    .build();
            context.forward(new Record<>(a.getActorId(), delta, c.getEventTime()));
        }
    }
}
