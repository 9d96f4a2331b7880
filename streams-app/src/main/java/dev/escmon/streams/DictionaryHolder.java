package dev.escmon.streams;

import dev.escmon.recognition.Dictionary;
import dev.escmon.recognition.DictionaryExtractor;
import dev.escmon.recognition.Extractor;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The dictionary in force and the extractor compiled from it, swapped atomically when a new dictionary
 * arrives; processors read it per record, so a swap takes effect without a restart.
 */
public final class DictionaryHolder implements Supplier<Extractor>, ActorDirectory {
    private record State(DictionaryExtractor extractor, Map<String, ActorInfo> actors) {
    }

    private volatile State state;

    public DictionaryHolder(Dictionary dictionary) {
        install(dictionary);
    }

    public void install(Dictionary dictionary) {
        Map<String, ActorInfo> actors = new HashMap<>();
        for (Dictionary.Actor a : dictionary.actors()) {
            actors.put(a.id(), new ActorInfo(a.name(), a.code()));
        }
        this.state = new State(new DictionaryExtractor(dictionary), Map.copyOf(actors));
    }

    public Dictionary dictionary() {
        return state.extractor().dictionary();
    }

    @Override
    public Extractor get() {
        return state.extractor();
    }

    @Override
    public ActorInfo lookup(String actorId) {
        return state.actors().get(actorId);
    }

    @Override
    public String dictionaryVersion() {
        return state.extractor().dictionaryVersion();
    }
}
