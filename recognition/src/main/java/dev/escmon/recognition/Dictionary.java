package dev.escmon.recognition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The actor and cue dictionary: data, not code. Loaded from JSON by {@link DictionaryLoader}; its
 * {@link #version()} travels with every record derived from it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Dictionary(
        String version,
        String description,
        Map<String, CueCode> cueCodes,
        Map<String, Modifiers> modifiers,
        List<String> blockers,
        List<Actor> actors,
        List<Cue> cues) {

    /**
     * @param blockers phrases that contain an alias or a cue but mean neither ("Latin America", "sin embargo"):
     *                 matched like aliases, they win by being longer, then are dropped
     */
    public Dictionary {
        cueCodes = cueCodes == null ? Map.of() : Map.copyOf(cueCodes);
        modifiers = modifiers == null ? Map.of() : Map.copyOf(modifiers);
        blockers = blockers == null ? List.of() : List.copyOf(blockers);
        actors = actors == null ? List.of() : List.copyOf(actors);
        cues = cues == null ? List.of() : List.copyOf(cues);
    }

    public enum ActorType { PERSON, ORGANISATION, ARMED_GROUP, COUNTRY }

    public enum Quad {
        VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT;

        public boolean isConflict() {
            return this == VERBAL_CONFLICT || this == MATERIAL_CONFLICT;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Actor(
            String id,
            String name,
            String code,
            ActorType type,
            String country,
            Map<String, List<String>> aliases,
            List<String> anchoredAliases,
            List<String> caseSensitiveAliases,
            List<Role> roles) {

        public Actor {
            aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
            anchoredAliases = anchoredAliases == null ? List.of() : List.copyOf(anchoredAliases);
            caseSensitiveAliases = caseSensitiveAliases == null ? List.of() : List.copyOf(caseSensitiveAliases);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        /** The actor's code on a date: the role valid then, else the default code. */
        public String codeOn(LocalDate date) {
            // indexed: an iterator over the immutable list is an allocation for every actor of every article
            for (int k = 0; k < roles.size(); k++) {
                Role role = roles.get(k);
                if (role.covers(date)) {
                    return role.code();
                }
            }
            return code;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Role(String code, String title, LocalDate from, LocalDate to) {
        public boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CueCode(String name, double goldstein, Quad quad) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Modifiers(List<String> negation, List<String> hypothetical, List<String> threat) {
        public Modifiers {
            negation = negation == null ? List.of() : List.copyOf(negation);
            hypothetical = hypothetical == null ? List.of() : List.copyOf(hypothetical);
            threat = threat == null ? List.of() : List.copyOf(threat);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cue(String lang, String phrase, String code) {
    }
}
