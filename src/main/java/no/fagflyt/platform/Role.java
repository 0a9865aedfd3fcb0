package no.fagflyt.platform;

/**
 * The roles of the domain. A role granted on a unit applies to that unit and every unit below it.
 */
public enum Role {

    MEDARBEIDER, LEDER, FAGUTVIKLINGSANSVARLIG, RADSMEDLEM, RADSLEDER, KOMPETANSERADGIVER, ADMINISTRATOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the Norwegian name. */
    public String labelKey() {
        return "role." + name();
    }

    /** Roles that are only meaningful together with a unit they apply to. */
    public boolean requiresUnit() {
        return this == LEDER || this == FAGUTVIKLINGSANSVARLIG || this == KOMPETANSERADGIVER;
    }

}
