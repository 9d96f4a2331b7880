package dev.escmon.recognition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTextTest {

    @Test
    void shouldReadAsTheStrippedTitleABlankLineAndTheBody() {
        String[][] cases = {
                {"  Sheinbaum rejects strikes ", "La presidenta dijo.\nThen more."},
                {"T", ""},
                {"Title", "B"},
                {null, "Only a body."},
                {"   ", "Blank title."},
                {"Título", null},
        };
        for (String[] c : cases) {
            String joined = c[0] == null || c[0].isBlank() ? (c[1] == null ? "" : c[1])
                    : c[0].strip() + "\n\n" + (c[1] == null ? "" : c[1]);
            ArticleText text = ArticleText.of(c[0], c[1]);
            assertThat(text.toString()).isEqualTo(joined);
            assertThat(text.length()).isEqualTo(joined.length());
            for (int from = 0; from <= joined.length(); from++) {
                for (int to = from; to <= joined.length(); to++) {
                    assertThat(text.substring(from, to)).as("substring %d-%d of %s", from, to, joined)
                            .isEqualTo(joined.substring(from, to));
                    char[] chars = new char[to - from + 2];
                    text.getChars(from, to, chars, 1);
                    assertThat(new String(chars, 1, to - from)).as("getChars %d-%d of %s", from, to, joined)
                            .isEqualTo(joined.substring(from, to));
                }
            }
        }
    }

    @Test
    void shouldNormaliseAsTheJoinedText() {
        // the second title has a combining mark and a ligature: characters replaced by none or by two
        String[] titles = {"Gen. Pérez", "Cafe\u0301 \uFB01nal"};
        for (String title : titles) {
            String body = "La D.E.A. y la S.E.D.E.N.A. hablaron.";
            assertSameNormalisation(TextNormalizer.normalize(title + "\n\n" + body),
                    TextNormalizer.normalize(ArticleText.of(" " + title + " ", body), null));
        }
    }

    private static void assertSameNormalisation(NormalizedText joined, NormalizedText parts) {
        assertThat(parts.cased()).isEqualTo(joined.cased());
        assertThat(parts.original()).isEqualTo(joined.original());
        for (int i = 0; i <= joined.length(); i++) {
            assertThat(parts.originalOffset(i)).isEqualTo(joined.originalOffset(i));
            for (int j = i; j <= joined.length(); j++) {
                assertThat(parts.originalSlice(i, j)).isEqualTo(joined.originalSlice(i, j));
            }
        }
    }
}
