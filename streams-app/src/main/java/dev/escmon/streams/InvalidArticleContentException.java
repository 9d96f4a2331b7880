package dev.escmon.streams;

/**
 * An article that was read but cannot be used: the message names the article and the field. Thrown inside the
 * topology, it reaches the processing exception handler, which sends the record to the dead-letter topic.
 */
public final class InvalidArticleContentException extends RuntimeException {
    public InvalidArticleContentException(String articleId, String field, String problem) {
        super("article " + articleId + ": " + field + ": " + problem);
    }
}
