package no.fagflyt.council.search;

/** The kinds of text the council search covers; the names are stored in the index. */
public enum DocumentType {

    SAK, REFERAT, TILTAK, NOTAT;

    public String labelKey() {
        return "search.type." + name();
    }

}
