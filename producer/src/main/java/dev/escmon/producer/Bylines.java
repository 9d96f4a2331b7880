package dev.escmon.producer;

import dev.escmon.avro.Contributor;
import dev.escmon.avro.ContributorRole;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A byline as inputs write it, {@code "A. Writer, P. Lens (photographer)"}, into contributors with roles: a name
 * without a role is an author; a role word the table does not know is {@link ContributorRole#OTHER}.
 */
final class Bylines {
    private static final Map<String, ContributorRole> ROLES = Map.ofEntries(
            Map.entry("author", ContributorRole.AUTHOR), Map.entry("writer", ContributorRole.AUTHOR),
            Map.entry("reporter", ContributorRole.AUTHOR), Map.entry("correspondent", ContributorRole.AUTHOR),
            Map.entry("autor", ContributorRole.AUTHOR), Map.entry("autora", ContributorRole.AUTHOR),
            Map.entry("editor", ContributorRole.EDITOR), Map.entry("editora", ContributorRole.EDITOR),
            Map.entry("photographer", ContributorRole.PHOTOGRAPHER), Map.entry("photos", ContributorRole.PHOTOGRAPHER),
            Map.entry("fotografo", ContributorRole.PHOTOGRAPHER), Map.entry("fotografa", ContributorRole.PHOTOGRAPHER),
            Map.entry("translator", ContributorRole.TRANSLATOR), Map.entry("traductor", ContributorRole.TRANSLATOR),
            Map.entry("traductora", ContributorRole.TRANSLATOR));

    private Bylines() {
    }

    /** Comma-separated entries, each {@code Name} or {@code Name (role)}; blanks skipped, order kept. */
    static List<Contributor> parse(String byline) {
        List<Contributor> out = new ArrayList<>();
        if (byline == null) {
            return out;
        }
        for (String part : byline.replace("[", "").replace("]", "").split(",")) {
            String entry = unquote(part.strip());
            if (entry.isBlank()) {
                continue;
            }
            ContributorRole role = ContributorRole.AUTHOR;
            int open = entry.lastIndexOf('(');
            if (open > 0 && entry.endsWith(")")) {
                role = role(entry.substring(open + 1, entry.length() - 1));
                entry = entry.substring(0, open).strip();
            }
            if (!entry.isEmpty()) {
                out.add(new Contributor(entry, role));
            }
        }
        return out;
    }

    static ContributorRole role(String word) {
        String key = Normalizer.normalize(word.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return ROLES.getOrDefault(key, ContributorRole.OTHER);
    }

    /** One entry in the form {@link #parse} reads, for inputs that give name and role apart (JSON objects, feeds). */
    static String entry(String name, String role) {
        return role == null || role.isBlank() ? name : name + " (" + role.strip() + ")";
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
