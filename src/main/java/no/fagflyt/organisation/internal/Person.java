package no.fagflyt.organisation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** An employee of one organisation, placed in one of its units. */
@Table("person")
public class Person {

    private @Id @Nullable Long id;

    private long organisationId;

    private String employeeNumber;

    @Embedded.Empty
    private PersonDetails details;

    // A wrapper, so "new" means "never saved" (null): rows written by bulk SQL start at version 0.
    private @Version @Nullable Integer version;

    /** The fields an administrator or an HR import sets, kept together so they compare as one value. */
    public record PersonDetails(String firstName, String lastName, String professionCode, String positionTitle,
            long unitId, BigDecimal employmentPercent, LocalDate startDate, @Nullable LocalDate endDate,
            @Nullable String hprNumber, @Nullable String email) {

        public PersonDetails {
            employmentPercent = employmentPercent.stripTrailingZeros();
        }

        boolean sameAs(PersonDetails other) {
            return firstName.equals(other.firstName) && lastName.equals(other.lastName)
                    && professionCode.equals(other.professionCode) && positionTitle.equals(other.positionTitle)
                    && unitId == other.unitId && employmentPercent.compareTo(other.employmentPercent) == 0
                    && startDate.equals(other.startDate) && Objects.equals(endDate, other.endDate)
                    && Objects.equals(hprNumber, other.hprNumber) && Objects.equals(email, other.email);
        }

    }

    @PersistenceCreator
    Person(@Nullable Long id, long organisationId, String employeeNumber, PersonDetails details, @Nullable Integer version) {
        this.id = id;
        this.organisationId = organisationId;
        this.employeeNumber = employeeNumber;
        this.details = details;
        this.version = version;
    }

    public Person(long organisationId, String employeeNumber, PersonDetails details) {
        this.organisationId = organisationId;
        this.employeeNumber = employeeNumber;
        this.details = details;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Person not saved yet");
        }
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public String employeeNumber() {
        return employeeNumber;
    }

    public PersonDetails details() {
        return details;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public String fullName() {
        return details.firstName() + " " + details.lastName();
    }

    /** Applies new details; answers whether anything actually changed. */
    public boolean update(PersonDetails newDetails) {
        if (details.sameAs(newDetails)) {
            return false;
        }
        this.details = newDetails;
        return true;
    }

    public void expectVersion(int seenVersion) {
        if (seenVersion != version()) {
            throw new OptimisticLockingFailureException("Person " + id + " changed");
        }
    }

}
