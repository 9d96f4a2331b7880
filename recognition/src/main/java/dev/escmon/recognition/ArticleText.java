package dev.escmon.recognition;

/**
 * The text an extraction reads: an article's title and body joined by a blank line, as {@code title + "\n\n" +
 * body} would be, without copying both into one string (that copy was about a quarter of the bytes an extraction
 * allocated, and every byte allocated pushes the dictionary's tables out of the cache). Offsets are those of the
 * joined text.
 */
final class ArticleText {
    private static final String SEPARATOR = "\n\n";
    private final String head;
    private final String body;
    /** Where the body starts in the joined text: 0 without a title. */
    private final int bodyStart;

    private ArticleText(String head, String body) {
        this.head = head;
        this.body = body;
        this.bodyStart = head == null ? 0 : head.length() + SEPARATOR.length();
    }

    static ArticleText of(String text) {
        return new ArticleText(null, text);
    }

    /** The stripped title, a blank line and the body; just the body when the title is missing or blank. */
    static ArticleText of(String title, String body) {
        String b = body == null ? "" : body;
        return title == null || title.isBlank() ? new ArticleText(null, b) : new ArticleText(title.strip(), b);
    }

    int length() {
        return bodyStart + body.length();
    }

    /** Copies the characters {@code [from, to)} into {@code dst} from {@code at} on, as {@link String#getChars}. */
    void getChars(int from, int to, char[] dst, int at) {
        if (head != null && from < bodyStart) {
            int headEnd = Math.min(to, head.length());
            if (from < headEnd) {
                head.getChars(from, headEnd, dst, at);
            }
            for (int k = Math.max(from, head.length()); k < Math.min(to, bodyStart); k++) {
                dst[at + k - from] = SEPARATOR.charAt(k - head.length());
            }
        }
        if (to > bodyStart) {
            int start = Math.max(from, bodyStart);
            body.getChars(start - bodyStart, to - bodyStart, dst, at + start - from);
        }
    }

    String substring(int from, int to) {
        if (from >= bodyStart) {
            return body.substring(from - bodyStart, to - bodyStart);
        }
        if (to <= head.length()) {
            return head.substring(from, to);
        }
        char[] chars = new char[to - from];
        getChars(from, to, chars, 0);
        return new String(chars);
    }

    @Override
    public String toString() {
        return head == null ? body : head + SEPARATOR + body;
    }
}
