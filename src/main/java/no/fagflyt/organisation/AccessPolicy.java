package no.fagflyt.organisation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who may see whom. Everyone sees themselves; a leader or competence adviser sees the people in the
 * units they hold the role on and in every unit below; a professional-development coordinator sees the
 * staff list of their unit; the administrator sees everything. Checked in services, not only on pages.
 */
@Service
public class AccessPolicy {

    /** Roles that open personal data of the people in a unit subtree. */
    public static final Set<Role> PERSONAL_DATA_ROLES = Set.of(Role.LEDER, Role.KOMPETANSERADGIVER);

    /** Roles that open the staff list (names, profession, position) of a unit subtree. */
    public static final Set<Role> STAFF_LIST_ROLES = Set.of(Role.LEDER, Role.KOMPETANSERADGIVER,
            Role.FAGUTVIKLINGSANSVARLIG);

    private final JdbcClient jdbc;

    AccessPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean canSeePerson(CurrentUser user, long personId) {
        if (user.isAdministrator() || Long.valueOf(personId).equals(user.personId())) {
            return true;
        }
        // From the user's few roles to the person's one unit path: joined the other way round, PostgreSQL
        // walked every unit of the database to test each path.
        return jdbc.sql("""
                select count(*) from account_role r
                join org_unit scope on scope.id = r.unit_id
                where r.account_id = :accountId and r.role in (:roles)
                  and (select u.path from person p join org_unit u on u.id = p.unit_id where p.id = :personId)
                      like concat(scope.path, '%')
                """)
            .param("accountId", user.accountId())
            .param("roles", names(PERSONAL_DATA_ROLES))
            .param("personId", personId)
            .query(Long.class)
            .single() > 0;
    }

    public boolean canSeeStaffOf(CurrentUser user, long unitId) {
        return user.isAdministrator() || holdsRoleOver(user, unitId, STAFF_LIST_ROLES);
    }

    /** Whether the user may open the person pages of everyone in the unit and below it. */
    public boolean canSeePeopleOf(CurrentUser user, long unitId) {
        return user.isAdministrator() || holdsRoleOver(user, unitId, PERSONAL_DATA_ROLES);
    }

    private boolean holdsRoleOver(CurrentUser user, long unitId, Set<Role> roles) {
        return jdbc.sql("""
                select count(*) from org_unit u
                join account_role r on r.account_id = :accountId and r.role in (:roles)
                join org_unit scope on scope.id = r.unit_id
                where u.id = :unitId and u.path like concat(scope.path, '%')
                """)
            .param("accountId", user.accountId())
            .param("roles", names(roles))
            .param("unitId", unitId)
            .query(Long.class)
            .single() > 0;
    }

    public void requirePerson(CurrentUser user, long personId) {
        if (!canSeePerson(user, personId)) {
            throw new AccessDeniedProblem("Ingen tilgang til person " + personId);
        }
    }

    public void requireStaffOf(CurrentUser user, long unitId) {
        if (!canSeeStaffOf(user, unitId)) {
            throw new AccessDeniedProblem("Ingen tilgang til enhet " + unitId);
        }
    }

    /** The ids of the units the user holds any of the roles on (the tops of their scopes). */
    public List<Long> scopeUnitIds(CurrentUser user, Set<Role> roles) {
        return jdbc.sql("select distinct unit_id from account_role where account_id = :accountId and role in (:roles)"
                + " and unit_id is not null")
            .param("accountId", user.accountId())
            .param("roles", names(roles))
            .query(Long.class)
            .list();
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

}
