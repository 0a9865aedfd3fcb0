package no.fagflyt.competence.framework;

/** Johannessen's kinds of tacit knowledge, which is much of what office professionals know. */
public enum TacitCategory {

    FERDIGHETSKUNNSKAP, FORTROLIGHETSKUNNSKAP, VURDERINGSKUNNSKAP;

    public String labelKey() {
        return "competence.tacit." + name();
    }

}
