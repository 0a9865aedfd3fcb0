package no.fagflyt.organisation.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import no.fagflyt.organisation.OrganisationKind;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.platform.Role;

import org.jspecify.annotations.Nullable;

/**
 * What to write, without ids: units and people refer to units by code, which is unique per organisation.
 * Keeping the plan free of the database makes same seed, same data testable without Spring.
 */
record DataPlan(List<OrganisationPlan> organisations, List<AccountPlan> accounts) {

    record OrganisationPlan(String name, OrganisationKind kind, @Nullable String orgNumber, UnitPlan root,
            List<PersonPlan> people) {

        int unitCount() {
            int[] count = { 0 };
            root.visit(unit -> count[0]++);
            return count[0];
        }

    }

    record UnitPlan(String code, String name, UnitKind kind, List<UnitPlan> children) {

        /** Visits this unit and every unit below it, parents before children. */
        void visit(Consumer<UnitPlan> visitor) {
            visitor.accept(this);
            children.forEach(child -> child.visit(visitor));
        }

    }

    record PersonPlan(String employeeNumber, String firstName, String lastName, String professionCode,
            String positionTitle, String unitCode, int employmentPercent, LocalDate startDate,
            @Nullable LocalDate endDate, @Nullable String hprNumber, @Nullable String email) {
    }

    /** A person is found again by organisation name and employee number once both are written. */
    record PersonRef(String organisationName, String employeeNumber) {
    }

    /** A unit-scoped grant names the organisation and unit code; other grants leave both out. */
    record GrantPlan(Role role, @Nullable String organisationName, @Nullable String unitCode) {
    }

    record AccountPlan(String username, @Nullable PersonRef person, List<GrantPlan> grants) {
    }

}
