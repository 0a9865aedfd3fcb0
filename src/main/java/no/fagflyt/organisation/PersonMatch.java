package no.fagflyt.organisation;

/**
 * A person found by name for choosing them somewhere (a member, an owner): name, unit and profession, enough to
 * tell two people of the same name apart, without the personal data of {@link PersonView}.
 */
public record PersonMatch(long id, long organisationId, long unitId, String fullName, String unitName,
        String professionName) {
}
