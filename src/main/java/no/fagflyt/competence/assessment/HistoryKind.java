package no.fagflyt.competence.assessment;

/** What an entry in the append-only assessment history records. */
public enum HistoryKind {

    SELF, VALIDATED, ADJUSTED;

    public String labelKey() {
        return "competence.history." + name();
    }

}
