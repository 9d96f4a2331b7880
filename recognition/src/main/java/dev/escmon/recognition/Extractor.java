package dev.escmon.recognition;

import java.time.Instant;

/** Recognises actors and coded events in an article. Implementations are thread-safe and pure. */
public interface Extractor {

    Extraction extract(String title, String body, String language, Instant publishedAt);

    String dictionaryVersion();
}
