package no.fagflyt.council.body;

/** The kinds of body the module serves; only the council has a composition rule. */
public enum BodyKind {

    RAD, LEDERNETTVERK, NETTVERK, FAGUTVIKLINGSGRUPPE;

    public String labelKey() {
        return "body.kind." + name();
    }

}
