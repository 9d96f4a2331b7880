package dev.escmon.recognition;

import java.util.List;

/**
 * What recognition found in one article: the actors, the coded cues per sentence and the directed pairs,
 * with everything the escalation stage and the evidence of an alert need.
 */
public record Extraction(
        String dictionaryVersion,
        String language,
        List<String> sentences,
        List<ActorMention> actors,
        List<CueMatch> cues,
        List<Pair> pairs) {

    /** One actor found in the article. Weights are the sums over cues in the sentences naming it. */
    public record ActorMention(String actorId, String name, String code, String type, String country,
                               int mentions, int firstOffset, double conflictWeight, double cooperationWeight) {
    }

    /** One coded cue: the CAMEO-style code, how it was stated, and the actors of its sentence. */
    public record CueMatch(int sentence, int offset, String phrase, String code, String codeName, double goldstein,
                           Dictionary.Quad quad, Modality modality, double weight, List<String> actorIds) {
        public boolean isConflict() {
            return quad.isConflict();
        }
    }

    /** A directed pair: the sentence names a source before the cue and a target after it. */
    public record Pair(String sourceId, String targetId, int sentence, String code, Dictionary.Quad quad,
                       Modality modality, double weight) {
    }

    public ActorMention actor(String actorId) {
        for (ActorMention actor : actors) {
            if (actor.actorId().equals(actorId)) {
                return actor;
            }
        }
        return null;
    }
}
