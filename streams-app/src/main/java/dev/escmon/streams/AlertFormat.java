package dev.escmon.streams;

import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EvidenceItem;

/** One readable line (plus its strongest evidence) per alert, for the console. */
public final class AlertFormat {
    private AlertFormat() {
    }

    public static String line(EscalationAlert a) {
        String arrow = a.getToLevel().ordinal() > a.getFromLevel().ordinal() ? "▲" : "▼";
        StringBuilder out = new StringBuilder(String.format("ALERT %s %s %-8s → %-8s %-40s score %5.1f, intensity %5.1f (baseline %4.1f), %d stories from %d outlets",
                arrow, a.getEventTime(), a.getFromLevel(), a.getToLevel(), a.getSubject() + " (" + a.getKind() + ")",
                a.getScore(), a.getObserved(), a.getBaselineMean(), a.getStories(), a.getSources()));
        if (!a.getEvidence().isEmpty()) {
            EvidenceItem e = a.getEvidence().get(0);
            String sentence = e.getSentence().length() > 140 ? e.getSentence().substring(0, 139) + "…" : e.getSentence();
            out.append(String.format("%n      %s [%s %s] \"%s\"", e.getOutlet(), e.getCueCode(), e.getModality(), sentence));
        }
        return out.toString();
    }
}
