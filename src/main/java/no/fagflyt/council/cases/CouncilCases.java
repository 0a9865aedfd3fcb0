package no.fagflyt.council.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.council.CaseSubmitted;
import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilAccess.CaseFilter;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.body.Member;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonName;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.ResultPage;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting and working cases. Any employee of the body's organisation may submit; the body's members
 * assess, assign and move cases; a confidential case is seen only by members and the submitter.
 */
@Service
public class CouncilCases {

    static final String AUDIT_CASE = "RAD_SAK";

    private final CaseRepository cases;

    private final CaseNumbering numbering;

    private final EscalationRepository escalations;

    private final CouncilBodies bodies;

    private final CouncilAccess access;

    private final OrganisationDirectory directory;

    private final JdbcClient jdbc;

    private final AuditLog auditLog;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    CouncilCases(CaseRepository cases, CaseNumbering numbering, EscalationRepository escalations, CouncilBodies bodies, CouncilAccess access,
            OrganisationDirectory directory, JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.numbering = numbering;
        this.escalations = escalations;
        this.bodies = bodies;
        this.access = access;
        this.directory = directory;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    public record Submission(String title, String description, CaseCategory category, long submittingUnitId,
            boolean confidential) {
    }

    @Transactional
    public Outcome<CouncilCase> submit(CurrentUser user, long bodyId, Submission submission) {
        Body body = bodies.body(bodyId);
        if (!access.isInsider(user, body)) {
            throw new AccessDeniedProblem("Ikke ansatt i organisasjonen til organ " + bodyId);
        }
        UnitView unit = directory.findUnit(submission.submittingUnitId()).orElse(null);
        if (unit == null || unit.organisationId() != body.organisationId()) {
            return Outcome.refused("submittingUnitId", "case.error.unitNotInOrganisation");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int number = numbering.next(bodyId, now.getYear());
        CouncilCase submitted = cases.save(CouncilCase.submit(bodyId, now.getYear(), number,
                submission.title().strip(), submission.description().strip(), submission.category(),
                submission.confidential(), user.accountId(), user.personId(), unit.id(), now));
        record(user, submitted.id(), "INNMELDT", null, CaseStatus.INNMELDT, null);
        auditLog.record(AuditAction.CREATE, AUDIT_CASE, submitted.id(), submitted.number(), body.shortName());
        events.publishEvent(new CaseTextChanged(submitted.id()));
        events.publishEvent(new CaseSubmitted(submitted.id(), bodyId, submitted.number(), user.accountId()));
        return Outcome.done(submitted);
    }

    public boolean canSee(CurrentUser user, CouncilCase councilCase, Body body) {
        if (user.isAdministrator() || councilCase.submitterAccountId() == user.accountId()
                || access.isMember(user, body.id())) {
            return true;
        }
        return !councilCase.confidential() && access.isInsider(user, body);
    }

    /** A case the user may see; a case they may not see is refused, confidential or not. */
    public CouncilCase caseFor(CurrentUser user, long caseId) {
        CouncilCase councilCase = load(caseId);
        if (!canSee(user, councilCase, bodies.body(councilCase.bodyId()))) {
            throw new AccessDeniedProblem("Ingen tilgang til sak " + caseId);
        }
        return councilCase;
    }

    public CouncilCase load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NotFoundProblem("Sak " + caseId));
    }

    @Transactional
    public Outcome<CaseStatus> changeStatus(CurrentUser user, long caseId, int seenVersion, CaseStatus target,
            @Nullable String note) {
        CouncilCase councilCase = managed(user, caseId);
        if (councilCase.version() != seenVersion) {
            return Outcome.refused("status", "form.conflict");
        }
        CaseStatus from = councilCase.status();
        Outcome<CaseStatus> outcome = councilCase.moveTo(target);
        if (outcome instanceof Outcome.Done) {
            cases.save(councilCase);
            record(user, caseId, "STATUS", from, target, note);
        }
        return outcome;
    }

    @Transactional
    public Outcome<CaseStatus> reject(CurrentUser user, long caseId, int seenVersion, String reason) {
        CouncilCase councilCase = managed(user, caseId);
        if (councilCase.version() != seenVersion) {
            return Outcome.refused("reason", "form.conflict");
        }
        CaseStatus from = councilCase.status();
        Outcome<CaseStatus> outcome = councilCase.reject(reason);
        if (outcome instanceof Outcome.Done) {
            cases.save(councilCase);
            record(user, caseId, "AVVIST", from, CaseStatus.AVVIST, reason.strip());
        }
        return outcome;
    }

    /** Assigns the case to a current member of the body, or to no one. */
    @Transactional
    public Outcome<CouncilCase> assign(CurrentUser user, long caseId, @Nullable Long personId) {
        CouncilCase councilCase = managed(user, caseId);
        String note = null;
        if (personId != null) {
            Member member = bodies.currentMembers(councilCase.bodyId())
                .stream()
                .filter(candidate -> candidate.personId() == personId)
                .findFirst()
                .orElse(null);
            if (member == null) {
                return Outcome.refused("assigneePersonId", "case.error.assigneeNotMember");
            }
            note = member.personName();
        }
        councilCase.assignTo(personId);
        CouncilCase saved = cases.save(councilCase);
        record(user, caseId, "TILDELT", null, null, note);
        return Outcome.done(saved);
    }

    /** Used by meetings: the case goes on an agenda, refused when it is closed. */
    @Transactional
    public Outcome<CaseStatus> placeOnAgenda(CurrentUser user, long caseId, String meetingLabel) {
        CouncilCase councilCase = managed(user, caseId);
        CaseStatus from = councilCase.status();
        Outcome<CaseStatus> outcome = councilCase.placeOnAgenda();
        if (outcome instanceof Outcome.Done<CaseStatus> done) {
            cases.save(councilCase);
            record(user, caseId, "SAKSLISTE", from, done.value(), meetingLabel);
        }
        return outcome;
    }

    /** Used by meetings when a meeting is held: cases on its agenda become "behandlet" or "til oppfølging". */
    @Transactional
    public void markHandled(CurrentUser user, long caseId, boolean hasActions, String meetingLabel) {
        CouncilCase councilCase = load(caseId);
        CaseStatus from = councilCase.status();
        if (from == CaseStatus.SATT_PA_SAKSLISTE) {
            councilCase.moveTo(CaseStatus.BEHANDLET);
        }
        if (hasActions && councilCase.status() == CaseStatus.BEHANDLET) {
            councilCase.moveTo(CaseStatus.TIL_OPPFOLGING);
        }
        if (councilCase.status() != from) {
            cases.save(councilCase);
            record(user, caseId, "STATUS", from, councilCase.status(), meetingLabel);
        }
    }

    /** The council takes the case to hospital management; the step is kept with date, recipient and question. */
    @Transactional
    public Outcome<Escalation> escalate(CurrentUser user, long caseId, LocalDate on, EscalationRecipient recipient,
            String question) {
        CouncilCase councilCase = managed(user, caseId);
        Outcome<Escalation> outcome = Escalation.raise(councilCase, on, recipient, question, LocalDate.now(clock));
        if (outcome instanceof Outcome.Done<Escalation> done) {
            Escalation saved = escalations.save(done.value());
            record(user, caseId, "ESKALERT", null, null, recipientLabel(recipient) + " (" + NorwegianTime.date(on) + "): "
                    + saved.question());
            return Outcome.done(saved);
        }
        return outcome;
    }

    /** The answer from management, recorded once: a second answer is refused, not written over the first. */
    @Transactional
    public Outcome<Escalation> recordAnswer(CurrentUser user, long caseId, long escalationId, LocalDate on,
            String answer) {
        Escalation escalation = escalations.findById(escalationId)
            .orElseThrow(() -> new NotFoundProblem("Eskalering " + escalationId));
        managed(user, escalation.caseId());
        if (escalation.caseId() != caseId) {
            return Outcome.refused("escalationId", "escalation.error.otherCase");
        }
        Outcome<Escalation> outcome = escalation.answer(on, answer, LocalDate.now(clock));
        if (outcome instanceof Outcome.Done) {
            Escalation saved = escalations.save(escalation);
            record(user, escalation.caseId(), "SVAR", null, null, recipientLabel(escalation.recipient()) + " ("
                    + NorwegianTime.date(on) + "): " + saved.answer());
            return Outcome.done(saved);
        }
        return outcome;
    }

    public List<Escalation> escalations(long caseId) {
        return escalations.findByCaseIdOrderByEscalatedOnAscIdAsc(caseId);
    }

    // The history keeps plain text, so it reads the same whatever the page's language bundle says later.
    private static String recipientLabel(EscalationRecipient recipient) {
        return switch (recipient) {
            case FAG_OG_FORSKNINGSDIREKTOR -> "Fag- og forskningsdirektør";
            case DLG -> "Direktørens ledergruppe (DLG)";
        };
    }

    private CouncilCase managed(CurrentUser user, long caseId) {
        CouncilCase councilCase = load(caseId);
        access.requireManage(user, councilCase.bodyId());
        return councilCase;
    }

    private void record(CurrentUser user, long caseId, String kind, @Nullable CaseStatus from,
            @Nullable CaseStatus to, @Nullable String note) {
        jdbc.sql("""
                insert into council_case_event (case_id, occurred_at, actor_account_id, actor_name, kind, from_status,
                                                to_status, note)
                values (:caseId, :at, :actorId, :actor, :kind, :from, :to, :note)
                """)
            .param("caseId", caseId)
            .param("at", OffsetDateTime.now(clock))
            .param("actorId", user.accountId())
            .param("actor", user.displayName())
            .param("kind", kind)
            .param("from", from == null ? null : from.name())
            .param("to", to == null ? null : to.name())
            .param("note", note)
            .update();
        if (from != null && to != null && from != to) {
            events.publishEvent(new CaseStatusChanged(caseId));
        }
    }

    public List<HistoryEntry> history(long caseId) {
        return jdbc.sql("""
                select occurred_at, actor_name, kind, from_status, to_status, note from council_case_event
                where case_id = :caseId order by occurred_at, id
                """)
            .param("caseId", caseId)
            .query((rs, n) -> new HistoryEntry(rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("actor_name"), rs.getString("kind"), status(rs, "from_status"),
                    status(rs, "to_status"), rs.getString("note")))
            .list();
    }

    /** Cases a body's page shows at a time. */
    public static final int CASES_PER_PAGE = 100;

    /**
     * One page of the cases of a body the user may see, newest first: all for members, the open ones and
     * their own for others; optionally only those with one status.
     */
    public ResultPage<CaseRow> casesOfBody(CurrentUser user, long bodyId, @Nullable CaseStatus status, int page) {
        int safePage = ResultPage.safePage(page);
        CaseFilter filter = access.caseFilter(user);
        Map<String, Object> params = bodyCaseParams(filter, bodyId, status);
        params.put("limit", CASES_PER_PAGE + 1);
        params.put("offset", safePage * CASES_PER_PAGE);
        return ResultPage.of(rows(bodyCaseCondition(filter, status), params, " limit :limit offset :offset"),
                safePage, CASES_PER_PAGE);
    }

    /** How many cases {@link #casesOfBody} has on all its pages together. */
    public long countCasesOfBody(CurrentUser user, long bodyId, @Nullable CaseStatus status) {
        CaseFilter filter = access.caseFilter(user);
        return jdbc.sql("select count(*) from council_case c where " + bodyCaseCondition(filter, status))
            .params(bodyCaseParams(filter, bodyId, status))
            .query(Long.class)
            .single();
    }

    private static String bodyCaseCondition(CaseFilter filter, @Nullable CaseStatus status) {
        return "c.body_id = :body and " + filter.condition() + (status == null ? "" : " and c.status = :status");
    }

    private static Map<String, Object> bodyCaseParams(CaseFilter filter, long bodyId, @Nullable CaseStatus status) {
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("body", bodyId);
        if (status != null) {
            params.put("status", status.name());
        }
        return params;
    }

    /** "Mine saker": what the user has submitted, in every body. */
    public List<CaseRow> myCases(CurrentUser user) {
        return rows("c.submitter_account_id = :account", Map.of("account", user.accountId()));
    }

    /** Cases not yet closed in the given bodies, oldest first. */
    public List<CaseRow> unresolved(List<Long> bodyIds) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return rows("c.body_id in (:bodies) and c.status not in ('AVSLUTTET', 'AVVIST')", Map.of("bodies", bodyIds));
    }

    /** Cases a meeting of the body can take up: not closed. */
    public List<CaseRow> openCasesOf(long bodyId) {
        return rows("c.body_id = :body and c.status not in ('AVSLUTTET', 'AVVIST')", Map.of("body", bodyId));
    }

    private List<CaseRow> rows(String where, Map<String, ?> params) {
        return rows(where, params, "");
    }

    private List<CaseRow> rows(String where, Map<String, ?> params, String limit) {
        record Row(long id, long bodyId, String bodyShortName, String number, String title, CaseCategory category,
                CaseStatus status, boolean confidential, OffsetDateTime submittedAt, long unitId,
                @Nullable Long assigneeId) {
        }
        List<Row> rows = jdbc.sql("""
                select c.id, c.body_id, b.short_name, c.case_year, c.case_number, c.title, c.category, c.status,
                       c.confidential, c.submitted_at, c.submitting_unit_id, c.assignee_person_id
                from council_case c join council_body b on b.id = c.body_id
                where """ + " " + where + " order by c.case_year desc, c.case_number desc" + limit)
            .params(params)
            .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("body_id"), rs.getString("short_name"),
                        CouncilCase.formatNumber(rs.getInt("case_year"), rs.getInt("case_number")), rs.getString("title"),
                        CaseCategory.valueOf(rs.getString("category")), CaseStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("confidential"), rs.getObject("submitted_at", OffsetDateTime.class),
                        rs.getLong("submitting_unit_id"), rs.getObject("assignee_person_id", Long.class)))
            .list();
        Set<Long> unitIds = new HashSet<>();
        Set<Long> personIds = new HashSet<>();
        rows.forEach(row -> {
            unitIds.add(row.unitId());
            if (row.assigneeId() != null) {
                personIds.add(row.assigneeId());
            }
        });
        Map<Long, UnitView> units = directory.units(unitIds);
        Map<Long, PersonName> names = directory.personNames(personIds);
        List<CaseRow> result = new ArrayList<>();
        for (Row row : rows) {
            UnitView unit = units.get(row.unitId());
            PersonName assignee = row.assigneeId() == null ? null : names.get(row.assigneeId());
            result.add(new CaseRow(row.id(), row.bodyId(), row.bodyShortName(), row.number(), row.title(),
                    row.category(), row.status(), row.confidential(), row.submittedAt(),
                    unit == null ? "?" : unit.name(), assignee == null ? null : assignee.fullName()));
        }
        return result;
    }

    private static @Nullable CaseStatus status(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : CaseStatus.valueOf(value);
    }

}
