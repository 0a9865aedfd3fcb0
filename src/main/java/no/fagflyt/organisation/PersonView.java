package no.fagflyt.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A person as other modules and pages see it. Only handed out to those allowed to see the person. */
public record PersonView(long id, long organisationId, String organisationName, String employeeNumber,
        String firstName, String lastName, String professionCode, String professionName, String positionTitle,
        long unitId, String unitName, BigDecimal employmentPercent, LocalDate startDate, @Nullable LocalDate endDate,
        @Nullable String hprNumber, @Nullable String email, int version) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean isActive(LocalDate today) {
        return !startDate.isAfter(today) && (endDate == null || !endDate.isBefore(today));
    }

    public boolean hasEnded(LocalDate today) {
        return endDate != null && endDate.isBefore(today);
    }

}
