package no.fagflyt.organisation;

/** Who someone is, by name and place, without the personal data of {@link PersonView}. */
public record PersonName(long id, long organisationId, long unitId, String fullName) {
}
