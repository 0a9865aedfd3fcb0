package no.fagflyt.organisation;

public enum UnitKind {

    HELSEFORETAK, KOMMUNE, KLINIKK, DIVISJON, STAB, AVDELING, SEKSJON, VIRKSOMHET, ENHET;

    public String labelKey() {
        return "unit.kind." + name();
    }

    public boolean isRoot() {
        return this == HELSEFORETAK || this == KOMMUNE;
    }

}
