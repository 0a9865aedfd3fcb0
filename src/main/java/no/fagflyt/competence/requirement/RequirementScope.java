package no.fagflyt.competence.requirement;

/** What a requirement applies to: everyone of a profession, everyone in a unit (and below), or a position title. */
public enum RequirementScope {

    PROFESSION, UNIT, POSITION;

    public String labelKey() {
        return "competence.scope." + name();
    }

}
