package no.fagflyt.council.body;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonName;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who may do what in a body. Membership, not the global council roles, decides: a person sits in the
 * council and in their own local group with the same account. Members work with the body's cases and
 * meetings; employees of the body's organisation see its open cases and published minutes.
 */
@Service
public class CouncilAccess {

    private final JdbcClient jdbc;

    private final OrganisationDirectory directory;

    private final Clock clock;

    CouncilAccess(JdbcClient jdbc, OrganisationDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    public boolean isMember(CurrentUser user, long bodyId) {
        return sitsIn(user, bodyId, EnumSet.allOf(MemberRole.class));
    }

    /** The user is the body's current leader or secretary, who look after its shared material. */
    public boolean isLeaderOrSecretary(CurrentUser user, long bodyId) {
        return sitsIn(user, bodyId, EnumSet.of(MemberRole.LEDER, MemberRole.SEKRETAER));
    }

    private boolean sitsIn(CurrentUser user, long bodyId, Set<MemberRole> roles) {
        Long personId = user.personId();
        if (personId == null) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select count(*) from council_member
                where body_id = :body and person_id = :person and role in (:roles) and term_start <= :today
                  and (term_end is null or term_end >= :today)
                """)
            .param("body", bodyId)
            .param("person", personId)
            .param("roles", roles.stream().map(MemberRole::name).toList())
            .param("today", today)
            .query(Long.class)
            .single() > 0;
    }

    /** The bodies the user currently sits in. */
    public List<Long> memberBodyIds(CurrentUser user) {
        Long personId = user.personId();
        if (personId == null) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct body_id from council_member
                where person_id = :person and term_start <= :today and (term_end is null or term_end >= :today)
                """)
            .param("person", personId)
            .param("today", LocalDate.now(clock))
            .query(Long.class)
            .list();
    }

    /** Members run the body's work; the administrator may step in. */
    public boolean canManage(CurrentUser user, long bodyId) {
        return user.isAdministrator() || isMember(user, bodyId);
    }

    public void requireManage(CurrentUser user, long bodyId) {
        if (!canManage(user, bodyId)) {
            throw new AccessDeniedProblem("Ikke medlem av organ " + bodyId);
        }
    }

    /**
     * The body's current leader and secretary, and the administrator, set the body up: its name and mandate,
     * and who sits in it. A plain member works with the body's cases and meetings but not with that.
     */
    public boolean canAdminister(CurrentUser user, long bodyId) {
        return user.isAdministrator() || isLeaderOrSecretary(user, bodyId);
    }

    public void requireAdminister(CurrentUser user, long bodyId) {
        if (!canAdminister(user, bodyId)) {
            throw new AccessDeniedProblem("Ikke leder eller sekretær i organ " + bodyId);
        }
    }

    /**
     * Which council cases (alias {@code c}) the user may know of, as a condition with its parameters: every
     * case for the administrator and in the bodies they sit in; elsewhere the cases that are not confidential
     * and their own. Lists and counts (the body list, the yearly report) use the same rule, so a count never
     * gives away a confidential case the user may not open.
     */
    public CaseFilter caseFilter(CurrentUser user) {
        if (user.isAdministrator()) {
            return new CaseFilter("1 = 1", Map.of());
        }
        List<Long> bodies = memberBodyIds(user);
        // "in ()" is not valid SQL; an id no body has keeps the condition simple.
        return new CaseFilter("(c.confidential = false or c.submitter_account_id = :viewerAccount"
                + " or c.body_id in (:viewerBodies))",
                Map.of("viewerAccount", user.accountId(), "viewerBodies", bodies.isEmpty() ? List.of(-1L) : bodies));
    }

    /** An SQL condition on {@code council_case c} and the parameters it names. */
    public record CaseFilter(String condition, Map<String, ?> params) {
    }

    /** The organisation the user is employed in, if the account belongs to a person. */
    public Optional<Long> organisationOf(CurrentUser user) {
        Long personId = user.personId();
        if (personId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(directory.personNames(List.of(personId)).get(personId))
            .map(PersonName::organisationId);
    }

    /** Employees of the body's organisation (and members, and the administrator) see its open side. */
    public boolean isInsider(CurrentUser user, Body body) {
        return user.isAdministrator() || organisationOf(user).filter(org -> org == body.organisationId()).isPresent()
                || isMember(user, body.id());
    }

}
