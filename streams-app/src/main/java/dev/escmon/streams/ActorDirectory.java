package dev.escmon.streams;

/** Looks up an actor's display name and code by id, in the dictionary currently in force. */
public interface ActorDirectory {

    record ActorInfo(String name, String code) {
    }

    ActorInfo lookup(String actorId);

    String dictionaryVersion();
}
