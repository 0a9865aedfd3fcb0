package no.fagflyt.competence.framework;

/** Nordhaug's components of competence: knowledge, skill and attitude. */
public enum CompetenceKind {

    KUNNSKAP, FERDIGHET, HOLDNING;

    public String labelKey() {
        return "competence.kind." + name();
    }

}
