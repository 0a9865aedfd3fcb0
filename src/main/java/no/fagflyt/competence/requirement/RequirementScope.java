package no.fagflyt.competence.requirement;

/**
 * What a requirement applies to: everyone of a profession, everyone in a unit (and below), a position title,
 * or (read-only here, kept by the task catalogue) the people who perform one of a unit's tasks.
 */
public enum RequirementScope {

    PROFESSION, UNIT, POSITION, TASK;

    public String labelKey() {
        return "competence.scope." + name();
    }

}
