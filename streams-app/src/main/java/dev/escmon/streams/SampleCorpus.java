package dev.escmon.streams;

import dev.escmon.producer.ArticleReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The bundled sample corpus: articles written for this project, listed in publication order by its index. */
public final class SampleCorpus {
    private static final String FOLDER = "/sample-corpus/";

    private SampleCorpus() {
    }

    public static List<String> files() {
        try (InputStream in = SampleCorpus.class.getResourceAsStream(FOLDER + "corpus.index")) {
            if (in == null) {
                throw new IllegalStateException("sample corpus index is missing from the classpath");
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses every article of the corpus, in order, into {@code sink}. */
    public static void read(ArticleReader reader, Consumer<ArticleReader.Parsed> sink) {
        for (String name : files()) {
            try (InputStream in = SampleCorpus.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("sample corpus file " + name + " is listed but missing");
                }
                reader.read("sample-corpus/" + name, in.readAllBytes(), sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
