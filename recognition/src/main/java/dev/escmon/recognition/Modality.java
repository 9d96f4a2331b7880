package dev.escmon.recognition;

/**
 * How a cue is stated. Only ASSERTED cues are actions; a negated or hypothetical action ("did not rule out
 * strikes", "strikes have not been authorized", "could strike") is talk, and weighs less.
 */
public enum Modality {
    ASSERTED(1.0),
    THREAT(0.5),
    HYPOTHETICAL(0.3),
    NEGATED(0.2);

    private final double weight;

    Modality(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
