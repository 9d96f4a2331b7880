package dev.escmon.streams;

import dev.escmon.recognition.Dictionary;
import dev.escmon.recognition.DictionaryLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The small dictionary of the tests, so they do not move when the default dictionary grows. */
final class TestDictionary {
    private TestDictionary() {
    }

    static Dictionary load() {
        try (InputStream in = TestDictionary.class.getResourceAsStream("/dictionary/test-dictionary.json")) {
            return DictionaryLoader.parse(in.readAllBytes(), "test-dictionary.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DictionaryHolder holder() {
        return new DictionaryHolder(load());
    }
}
