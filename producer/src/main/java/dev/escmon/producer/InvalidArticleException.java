package dev.escmon.producer;

/** An input record that cannot become an Article; the message names where it is and what is wrong. */
public final class InvalidArticleException extends Exception {
    private final String location;
    private final String field;

    public InvalidArticleException(String location, String field, String problem) {
        super(location + ": " + (field == null ? "" : field + ": ") + problem);
        this.location = location;
        this.field = field;
    }

    public String location() {
        return location;
    }

    public String field() {
        return field;
    }
}
