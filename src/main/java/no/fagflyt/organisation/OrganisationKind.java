package no.fagflyt.organisation;

public enum OrganisationKind {

    HELSEFORETAK, KOMMUNE;

    public String labelKey() {
        return "organisation.kind." + name();
    }

    /** The kind of the root unit that stands for an organisation of this kind. */
    public UnitKind rootUnitKind() {
        return this == HELSEFORETAK ? UnitKind.HELSEFORETAK : UnitKind.KOMMUNE;
    }

}
