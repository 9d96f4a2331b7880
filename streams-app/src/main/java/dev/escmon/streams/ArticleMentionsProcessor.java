package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.internal.ActorContribution;
import dev.escmon.avro.internal.ArticleContributions;
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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keyed by article id. Recognises the actors of each article version and forwards, keyed by actor id, what
 * changed: the previous version's contributions withdrawn (sign -1) and the new ones added (sign +1). A
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
            metrics.articleCounted(next.getActors().stream().mapToInt(ActorContribution::getMentions).sum());
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

    static ArticleContributions contributionsOf(Article article, Extractor extractor) {
        Extraction extraction = extractor.extract(article.getTitle(), article.getBody(), article.getLanguage(),
                article.getPublishedAt());
        List<ActorContribution> actors = new ArrayList<>(extraction.actors().size());
        for (Extraction.ActorMention m : extraction.actors()) {
            actors.add(new ActorContribution(m.actorId(), m.mentions(), m.conflictWeight(), m.cooperationWeight()));
        }
        actors.sort(Comparator.comparing(ActorContribution::getActorId));
        return new ArticleContributions(article.getId(), article.getOutlet(), article.getPublishedAt().toEpochMilli(),
                actors);
    }

    private void forward(ArticleContributions c, int sign, long ingestedAt, String dictionaryVersion) {
        Map<String, Boolean> seen = new HashMap<>();
        for (ActorContribution a : c.getActors()) {
            if (seen.put(a.getActorId(), Boolean.TRUE) != null) {
                continue;
            }
            MentionDelta delta = new MentionDelta(a.getActorId(), c.getArticleId(), c.getOutlet(), c.getEventTime(),
                    sign, a.getMentions(), a.getConflictWeight(), a.getCooperationWeight(), ingestedAt,
                    dictionaryVersion);
            context.forward(new Record<>(a.getActorId(), delta, c.getEventTime()));
        }
    }
}
