package no.fagflyt.council.body;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonName;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import no.fagflyt.platform.Role;
import no.fagflyt.platform.AccessDeniedProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bodies and their members, and the check of the council's composition rule. */
@Service
public class CouncilBodies {

    static final String AUDIT_BODY = "RAD_ORGAN";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final BodyRepository bodies;

    private final JdbcClient jdbc;

    private final OrganisationDirectory directory;

    private final CouncilAccess access;

    private final AuditLog auditLog;

    private final Clock clock;

    CouncilBodies(BodyRepository bodies, JdbcClient jdbc, OrganisationDirectory directory, CouncilAccess access,
            AuditLog auditLog, Clock clock) {
        this.bodies = bodies;
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A row of the body list: the body with its current member count and unresolved cases. */
    public record BodySummary(Body body, String organisationName, int members, int unresolvedCases) {
    }

    /** The bodies of the user's organisation (every body for the administrator), in two queries. */
    public List<BodySummary> visibleBodies(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<Body> all = bodies.findAllByOrderByOrganisationIdAscKindAscName();
        Set<Long> memberOf = new HashSet<>(access.memberBodyIds(user));
        Long organisationId = access.organisationOf(user).orElse(null);
        List<Body> visible = all.stream()
            .filter(body -> user.isAdministrator() || memberOf.contains(body.id())
                    || Long.valueOf(body.organisationId()).equals(organisationId))
            .toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> counts = new java.util.HashMap<>();
        // Confidential cases count only where the user may see them, as on the body's own page.
        CouncilAccess.CaseFilter caseFilter = access.caseFilter(user);
        jdbc.sql("""
                select b.id,
                       (select count(*) from council_member m where m.body_id = b.id and m.term_start <= :today
                          and (m.term_end is null or m.term_end >= :today)) as members,
                       (select count(*) from council_case c where c.body_id = b.id
                          and c.status not in ('AVSLUTTET', 'AVVIST') and %s) as unresolved
                from council_body b where b.id in (:ids)
                """.formatted(caseFilter.condition()))
            .params(caseFilter.params())
            .param("today", today)
            .param("ids", visible.stream().map(Body::id).toList())
            .query(rs -> {
                counts.put(rs.getLong("id"), new int[] { rs.getInt("members"), rs.getInt("unresolved") });
            });
        Map<Long, UnitView> units = directory.units(visible.stream().map(Body::unitId).filter(id -> id != null)
            .toList());
        return visible.stream().map(body -> {
            int[] count = counts.getOrDefault(body.id(), new int[2]);
            UnitView unit = body.unitId() == null ? null : units.get(body.unitId());
            return new BodySummary(body, unit == null ? "" : unit.organisationName(), count[0], count[1]);
        }).toList();
    }

    public Body body(long bodyId) {
        return bodies.findById(bodyId).orElseThrow(() -> new NotFoundProblem("Organ " + bodyId));
    }

    @Transactional
    public Body create(long organisationId, BodyKind kind, String name, String shortName, String mandate,
            String meetingRhythm, @Nullable Long unitId) {
        Body body = bodies.save(new Body(organisationId, kind, name, shortName, mandate, meetingRhythm, unitId));
        auditLog.record(AuditAction.CREATE, AUDIT_BODY, body.id(), body.name(), null);
        return body;
    }

    /** The administrator and users with the Rådsleder role may set up bodies. */
    public boolean canCreate(CurrentUser user) {
        return user.isAdministrator() || user.has(Role.RADSLEDER);
    }

    public record BodyDescription(BodyKind kind, String name, String shortName, String mandate, String meetingRhythm,
            long unitId) {
    }

    /**
     * Sets up a body belonging to a unit. A Rådsleder may only set up bodies in their own organisation; the
     * short name is unique within the organisation.
     */
    @Transactional
    public Outcome<Body> create(CurrentUser user, BodyDescription description) {
        if (!canCreate(user)) {
            throw new AccessDeniedProblem("Kan ikke opprette organ");
        }
        UnitView unit = directory.findUnit(description.unitId()).orElse(null);
        if (unit == null || (!user.isAdministrator()
                && access.organisationOf(user).filter(org -> org == unit.organisationId()).isEmpty())) {
            return Outcome.refused("unitId", "body.error.unitNotInOrganisation");
        }
        String shortName = description.shortName().strip();
        Integer taken = jdbc.sql("select count(*) from council_body where organisation_id = :org and lower(short_name) = lower(:short)")
            .param("org", unit.organisationId())
            .param("short", shortName)
            .query(Integer.class)
            .single();
        if (taken != null && taken > 0) {
            return Outcome.refused("shortName", "body.error.shortNameTaken", shortName);
        }
        return Outcome.done(create(unit.organisationId(), description.kind(), description.name().strip(), shortName,
                description.mandate().strip(), description.meetingRhythm().strip(), unit.id()));
    }

    /** The body's leader and secretary and the administrator change its name, mandate and meeting rhythm. */
    @Transactional
    public Outcome<Body> describe(CurrentUser user, long bodyId, int seenVersion, String name, String mandate,
            String meetingRhythm) {
        access.requireAdminister(user, bodyId);
        Body body = body(bodyId);
        if (body.version() != seenVersion) {
            return Outcome.refused("", "form.conflict");
        }
        body.describe(name.strip(), mandate.strip(), meetingRhythm.strip());
        Body saved = bodies.save(body);
        auditLog.record(AuditAction.UPDATE, AUDIT_BODY, saved.id(), saved.name(), null);
        return Outcome.done(saved);
    }

    /** Every seat of a body, current ones first, with names looked up in bulk. */
    public List<Member> members(long bodyId) {
        record Row(long id, long bodyId, long personId, long unitId, MemberRole role, Seat seat, LocalDate termStart,
                @Nullable LocalDate termEnd) {
        }
        List<Row> rows = jdbc.sql("""
                select id, body_id, person_id, unit_id, role, seat, term_start, term_end from council_member
                where body_id = :body order by case role when 'LEDER' then 0 when 'SEKRETAER' then 1 else 2 end, id
                """)
            .param("body", bodyId)
            .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("body_id"), rs.getLong("person_id"),
                    rs.getLong("unit_id"), MemberRole.valueOf(rs.getString("role")), Seat.valueOf(rs.getString("seat")),
                    rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class)))
            .list();
        Map<Long, PersonName> names = directory.personNames(rows.stream().map(Row::personId).toList());
        Map<Long, UnitView> units = directory.units(rows.stream().map(Row::unitId).toList());
        List<Member> members = new ArrayList<>();
        for (Row row : rows) {
            PersonName name = names.get(row.personId());
            UnitView unit = units.get(row.unitId());
            members.add(new Member(row.id(), row.bodyId(), row.personId(), name == null ? "?" : name.fullName(),
                    row.unitId(), unit == null ? "?" : unit.name(), row.role(), row.seat(), row.termStart(),
                    row.termEnd()));
        }
        return members;
    }

    public List<Member> currentMembers(long bodyId) {
        LocalDate today = LocalDate.now(clock);
        return members(bodyId).stream().filter(member -> member.isCurrent(today)).toList();
    }

    /**
     * The council's rule (mandate §4): one representative from every clinic, and one each from the service
     * division, the analysis department, E-helse, and legal competence. Clinics are the active units of kind
     * KLINIKK directly under the hospital; a representative counts for a clinic when the unit they represent
     * lies in it.
     */
    public Composition composition(Body body, List<Member> members) {
        if (body.kind() != BodyKind.RAD || body.unitId() == null) {
            return Composition.noRule();
        }
        LocalDate today = LocalDate.now(clock);
        List<Member> current = members.stream().filter(member -> member.isCurrent(today)).toList();
        Map<Long, UnitView> memberUnits = directory.units(current.stream().map(Member::unitId).toList());
        List<UnitView> missingClinics = directory.children(body.unitId())
            .stream()
            .filter(unit -> unit.kind() == UnitKind.KLINIKK && !unit.isEnded(today))
            .filter(clinic -> current.stream()
                .filter(member -> member.seat() == Seat.KLINIKK)
                .map(member -> memberUnits.get(member.unitId()))
                .noneMatch(unit -> unit != null && clinic.contains(unit)))
            .toList();
        List<Seat> vacant = Seat.REQUIRED_FOR_COUNCIL.stream()
            .filter(seat -> current.stream().noneMatch(member -> member.seat() == seat))
            .toList();
        return new Composition(true, missingClinics, vacant);
    }

    /**
     * Adds a seat; the person and the unit must belong to the body's organisation. Only the leader, the
     * secretary and the administrator: a plain member could otherwise seat themselves as leader.
     */
    @Transactional
    public Outcome<Long> addMember(CurrentUser user, long bodyId, long personId, long unitId, MemberRole role,
            Seat seat, LocalDate termStart, @Nullable LocalDate termEnd) {
        Body body = body(bodyId);
        access.requireAdminister(user, bodyId);
        PersonName person = directory.personNames(List.of(personId)).get(personId);
        if (person == null || person.organisationId() != body.organisationId()) {
            return Outcome.refused("personId", "member.error.personNotInOrganisation");
        }
        UnitView unit = directory.findUnit(unitId).orElse(null);
        if (unit == null || unit.organisationId() != body.organisationId()) {
            return Outcome.refused("unitId", "member.error.unitNotInOrganisation");
        }
        if (termEnd != null && termEnd.isBefore(termStart)) {
            return Outcome.refused("termEnd", "member.error.termEndBeforeStart");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into council_member (body_id, person_id, unit_id, role, seat, term_start, term_end)
                values (:body, :person, :unit, :role, :seat, :start, :end)
                """)
            .param("body", bodyId)
            .param("person", personId)
            .param("unit", unitId)
            .param("role", role.name())
            .param("seat", seat.name())
            .param("start", termStart)
            .param("end", termEnd)
            .update(keys, "id");
        long id = java.util.Objects.requireNonNull(keys.getKey()).longValue();
        auditLog.record(AuditAction.CREATE, "RAD_MEDLEM", id, person.fullName(), body.name());
        return Outcome.done(id);
    }

    /** Whether the user may end this seat: the body's leader, secretary or the administrator, or its holder. */
    public boolean canEnd(CurrentUser user, Member member) {
        return mayEnd(access.canAdminister(user, member.bodyId()), user, member);
    }

    /** The ids of the body's seats the user may end, with one access check for the whole list. */
    public Set<Long> endableMemberIds(CurrentUser user, long bodyId, List<Member> members) {
        boolean administer = access.canAdminister(user, bodyId);
        Set<Long> ids = new HashSet<>();
        members.stream().filter(member -> mayEnd(administer, user, member)).forEach(member -> ids.add(member.id()));
        return ids;
    }

    private static boolean mayEnd(boolean administer, CurrentUser user, Member member) {
        return administer || Long.valueOf(member.personId()).equals(user.personId());
    }

    /**
     * Ends a seat's term today, kept for the history of who sat when. An ended seat keeps the day it ended, and
     * a seat that has not started yet cannot end before it starts; both are refused with the seat named.
     */
    @Transactional
    public Outcome<LocalDate> endMembership(CurrentUser user, long bodyId, long memberId) {
        Member member = members(bodyId).stream().filter(m -> m.id() == memberId).findFirst().orElse(null);
        if (member == null ? !access.canAdminister(user, bodyId) : !canEnd(user, member)) {
            throw new AccessDeniedProblem("Kan ikke avslutte medlemskap " + memberId + " i organ " + bodyId);
        }
        if (member == null) {
            throw new NotFoundProblem("Medlem " + memberId);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate ended = member.termEnd();
        if (ended != null && ended.isBefore(today)) {
            return Outcome.refused("termEnd", "member.error.alreadyEnded", member.personName(), DAY.format(ended));
        }
        if (member.termStart().isAfter(today)) {
            return Outcome.refused("termEnd", "member.error.endBeforeStart", member.personName(),
                    DAY.format(member.termStart()));
        }
        // The same conditions in the update itself, so a seat changed meanwhile is not rewritten either.
        int changed = jdbc.sql("""
                update council_member set term_end = :today
                where id = :id and body_id = :body and term_start <= :today and (term_end is null or term_end >= :today)
                """)
            .param("today", today)
            .param("id", memberId)
            .param("body", bodyId)
            .update();
        if (changed == 0) {
            return Outcome.refused("termEnd", "member.error.alreadyEnded", member.personName(), DAY.format(today));
        }
        auditLog.record(AuditAction.END, "RAD_MEDLEM", memberId, member.personName(), "Organ " + bodyId);
        return Outcome.done(today);
    }

}
