package dev.escmon.streams;

import dev.escmon.avro.ActorCount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The latest count per actor and horizon, rendered as a "top actors" table per horizon. */
final class CountsTable {
    private final Map<String, ActorCount> latest = new HashMap<>();

    void update(String key, ActorCount count) {
        if (count == null) {
            latest.remove(key);
        } else {
            latest.put(key, count);
        }
    }

    int size() {
        return latest.size();
    }

    List<ActorCount> top(Horizon horizon, int n) {
        List<ActorCount> rows = new ArrayList<>();
        for (ActorCount c : latest.values()) {
            if (c.getHorizon().equals(horizon.label()) && c.getMentions() > 0) {
                rows.add(c);
            }
        }
        rows.sort(Comparator.comparingLong(ActorCount::getMentions).reversed()
                .thenComparing(Comparator.comparingLong(ActorCount::getArticles).reversed())
                .thenComparing(ActorCount::getActorId));
        return rows.size() > n ? rows.subList(0, n) : rows;
    }

    String render(int n) {
        StringBuilder out = new StringBuilder();
        for (Horizon h : Horizon.values()) {
            List<ActorCount> rows = top(h, n);
            String asOf = rows.isEmpty() ? "" : "  as of " + rows.get(0).getAsOf();
            out.append(String.format("Top actors, last %s%s%n", h.label(), asOf));
            out.append(String.format("  %-30s %-8s %8s %8s %7s %9s%n", "actor", "code", "mentions", "articles",
                    "sources", "conflict"));
            if (rows.isEmpty()) {
                out.append("  (none yet)\n");
            }
            for (ActorCount c : rows) {
                out.append(String.format("  %-30s %-8s %8d %8d %7d %9.1f%n", truncate(c.getActorName(), 30),
                        c.getActorCode(), c.getMentions(), c.getArticles(), c.getSources(), c.getConflictWeight()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
