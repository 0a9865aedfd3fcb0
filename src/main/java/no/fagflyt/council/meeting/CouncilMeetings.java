package no.fagflyt.council.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.body.Member;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonName;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings: planning, agenda from cases, attendance, minutes per item, action items, holding and
 * publishing. Members run meetings; once published, the minutes are open to every employee of the
 * body's organisation, except the content of confidential cases.
 */
@Service
public class CouncilMeetings {

    static final String AUDIT_MEETING = "RAD_MOTE";

    private final MeetingRepository meetings;

    private final AgendaItemRepository items;

    private final ActionItemRepository actions;

    private final CouncilBodies bodies;

    private final CouncilAccess access;

    private final CouncilCases cases;

    private final OrganisationDirectory directory;

    private final JdbcClient jdbc;

    private final AuditLog auditLog;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    CouncilMeetings(MeetingRepository meetings, AgendaItemRepository items, ActionItemRepository actions,
            CouncilBodies bodies, CouncilAccess access, CouncilCases cases, OrganisationDirectory directory,
            JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.actions = actions;
        this.bodies = bodies;
        this.access = access;
        this.cases = cases;
        this.directory = directory;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome<Meeting> plan(CurrentUser user, long bodyId, String title, LocalDateTime startsAt,
            LocalDateTime endsAt, String location) {
        Body body = bodies.body(bodyId);
        access.requireManage(user, bodyId);
        Outcome<Meeting> outcome = Meeting.plan(bodyId, title.strip(), startsAt, endsAt, location.strip());
        if (outcome instanceof Outcome.Done<Meeting> done) {
            Meeting saved = meetings.save(done.value());
            addApprovalItem(saved);
            auditLog.record(AuditAction.CREATE, AUDIT_MEETING, saved.id(), saved.title(), body.shortName());
            return Outcome.done(saved);
        }
        return outcome;
    }

    /**
     * A new meeting approves the minutes of the body's latest earlier meeting that was not cancelled, unless
     * another meeting already has that on its agenda.
     */
    private void addApprovalItem(Meeting meeting) {
        Meeting previous = meetings.findByBodyIdOrderByStartsAtDesc(meeting.bodyId())
            .stream()
            // By id, not only by time: the stored start may be truncated to microseconds.
            .filter(candidate -> candidate.id() != meeting.id() && candidate.startsAt().isBefore(meeting.startsAt())
                    && candidate.status() != MeetingStatus.AVLYST)
            .findFirst()
            .orElse(null);
        if (previous == null || items.existsByApprovesMeetingId(previous.id())) {
            return;
        }
        AgendaItem item = items.save(AgendaItem.approvalOf(meeting.id(), previous,
                "Godkjenning av referat fra forrige møte (" + NorwegianTime.date(previous.startsAt()) + ")"));
        events.publishEvent(new MinutesTextChanged(item.id()));
    }

    /** Marks the previous meeting's minutes approved, from the approval item of the meeting that approves them. */
    @Transactional
    public Outcome<MeetingStatus> approvePreviousMinutes(CurrentUser user, long itemId) {
        AgendaItem item = loadItem(itemId);
        Meeting meeting = managed(user, item.meetingId());
        if (item.approvesMeetingId() == null) {
            return Outcome.refused("approval", "approval.error.notApprovalItem");
        }
        if (meeting.acceptMinutes(LocalDateTime.now(clock)) instanceof Outcome.Refused<MeetingStatus> refused) {
            return Outcome.refused("approval", refused.messageKey());
        }
        Meeting previous = load(item.approvesMeetingId());
        Outcome<MeetingStatus> outcome = previous.approveMinutes(user.displayName(), OffsetDateTime.now(clock),
                meeting.id());
        if (outcome instanceof Outcome.Done) {
            meetings.save(previous);
            auditLog.record(AuditAction.UPDATE, AUDIT_MEETING, previous.id(), previous.title(),
                    "Referat godkjent i " + label(meeting));
        }
        return outcome;
    }

    /** Members see every meeting; other employees of the organisation only those with published minutes. */
    public List<Meeting> meetingsOf(CurrentUser user, Body body) {
        boolean member = access.canManage(user, body.id());
        return meetings.findByBodyIdOrderByStartsAtDesc(body.id())
            .stream()
            .filter(meeting -> member || meeting.isPublished())
            .toList();
    }

    /** The days from {@code from} to {@code to} on which the body has a meeting, whatever its status. */
    public Set<LocalDate> meetingDays(long bodyId, LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("""
                select starts_at from council_meeting
                where body_id = :body and starts_at >= :from and starts_at < :until
                """)
            .param("body", bodyId)
            .param("from", from.atStartOfDay())
            .param("until", to.plusDays(1).atStartOfDay())
            .query((rs, n) -> rs.getObject("starts_at", LocalDateTime.class).toLocalDate())
            .list());
    }

    /** The meetings from {@code from} on of the bodies the user currently sits in, cancelled ones included. */
    public List<Meeting> meetingsOfMyBodies(CurrentUser user, LocalDate from) {
        List<Long> bodyIds = access.memberBodyIds(user);
        return bodyIds.isEmpty() ? List.of()
                : meetings.findByBodyIdInAndStartsAtGreaterThanEqualOrderByStartsAt(bodyIds, from.atStartOfDay());
    }

    public Meeting meeting(CurrentUser user, long meetingId) {
        Meeting meeting = load(meetingId);
        if (access.canManage(user, meeting.bodyId())) {
            return meeting;
        }
        if (meeting.isPublished() && access.isInsider(user, bodies.body(meeting.bodyId()))) {
            return meeting;
        }
        throw new AccessDeniedProblem("Ingen tilgang til møte " + meetingId);
    }

    public boolean canManage(CurrentUser user, Meeting meeting) {
        return access.canManage(user, meeting.bodyId());
    }

    /** The agenda with minutes and actions, in a fixed number of queries. */
    public List<AgendaLine> agenda(CurrentUser user, Meeting meeting) {
        boolean member = access.canManage(user, meeting.bodyId());
        List<AgendaItem> agendaItems = items.findByMeetingIdOrderBySortOrder(meeting.id());
        Map<Long, CaseRef> caseRefs = caseRefs(agendaItems.stream().map(AgendaItem::caseId).toList());
        Map<Long, List<ActionLine>> actionsByItem = new HashMap<>();
        for (ActionLine line : actionLines("a.meeting_id = :meeting", Map.of("meeting", meeting.id()))) {
            actionsByItem.computeIfAbsent(line.agendaItemId(), key -> new ArrayList<>()).add(line);
        }
        List<AgendaLine> lines = new ArrayList<>();
        for (AgendaItem item : agendaItems) {
            CaseRef ref = item.caseId() == null ? null : caseRefs.get(item.caseId());
            boolean hidden = !member && ref != null && ref.confidential();
            lines.add(new AgendaLine(item, ref == null ? null : ref.number(), hidden,
                    hidden ? List.of() : actionsByItem.getOrDefault(item.id(), List.of())));
        }
        return lines;
    }

    private record CaseRef(long id, String number, String title, boolean confidential, CaseStatus status) {
    }

    private Map<Long, CaseRef> caseRefs(List<@Nullable Long> caseIds) {
        Set<Long> ids = new HashSet<>();
        caseIds.forEach(id -> {
            if (id != null) {
                ids.add(id);
            }
        });
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, CaseRef> refs = new HashMap<>();
        jdbc.sql("select id, case_year, case_number, title, confidential, status from council_case where id in (:ids)")
            .param("ids", ids)
            .query(rs -> {
                refs.put(rs.getLong("id"), new CaseRef(rs.getLong("id"),
                        CouncilCase.formatNumber(rs.getInt("case_year"), rs.getInt("case_number")), rs.getString("title"),
                        rs.getBoolean("confidential"), CaseStatus.valueOf(rs.getString("status"))));
            });
        return refs;
    }

    /** Adds an item, from a case or free-standing; a closed case or a meeting already held is refused. */
    @Transactional
    public Outcome<AgendaItem> addAgendaItem(CurrentUser user, long meetingId, @Nullable Long caseId,
            @Nullable String title, int minutes) {
        Meeting meeting = managed(user, meetingId);
        if (meeting.acceptAgendaItem() instanceof Outcome.Refused<MeetingStatus> refused) {
            return Outcome.refused(refused.field(), refused.messageKey());
        }
        String itemTitle = title == null ? "" : title.strip();
        if (caseId != null) {
            CouncilCase councilCase = cases.load(caseId);
            if (councilCase.bodyId() != meeting.bodyId()) {
                return Outcome.refused("caseId", "agenda.error.otherBody");
            }
            Outcome<CaseStatus> placed = cases.placeOnAgenda(user, caseId, label(meeting));
            if (placed instanceof Outcome.Refused<CaseStatus> refused) {
                return Outcome.refused(refused.field(), refused.messageKey(), refused.argumentArray());
            }
            if (itemTitle.isEmpty()) {
                itemTitle = councilCase.number() + " " + councilCase.title();
            }
        }
        if (itemTitle.isEmpty()) {
            return Outcome.refused("title", "agenda.error.titleOrCase");
        }
        int next = items.findByMeetingIdOrderBySortOrder(meetingId).stream().mapToInt(AgendaItem::sortOrder).max()
            .orElse(0) + 1;
        AgendaItem added = items.save(new AgendaItem(meetingId, caseId, next, itemTitle, minutes));
        events.publishEvent(new MinutesTextChanged(added.id()));
        return Outcome.done(added);
    }

    /** Moves an item one place up or down the agenda; only while the meeting is planned. */
    @Transactional
    public Outcome<AgendaItem> moveAgendaItem(CurrentUser user, long meetingId, long itemId, boolean up) {
        Meeting meeting = managed(user, meetingId);
        if (meeting.acceptAgendaItem() instanceof Outcome.Refused<MeetingStatus>) {
            return Outcome.refused("", "agenda.error.meetingNotPlanned");
        }
        List<AgendaItem> order = new ArrayList<>(items.findByMeetingIdOrderBySortOrder(meetingId));
        int index = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == itemId) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundProblem("Punkt " + itemId + " på møte " + meetingId);
        }
        AgendaItem moved = order.get(index);
        int target = up ? index - 1 : index + 1;
        if (target >= 0 && target < order.size()) {
            order.set(index, order.get(target));
            order.set(target, moved);
        }
        // Renumber the whole agenda, which also repairs gaps; the items' versions guard minutes, not order.
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).sortOrder() != i + 1) {
                jdbc.sql("update council_agenda_item set sort_order = :order where id = :id")
                    .param("order", i + 1)
                    .param("id", order.get(i).id())
                    .update();
            }
        }
        return Outcome.done(moved);
    }

    /** Minutes of one item. A stale version means someone else saved first: the writer is told, nothing is lost. */
    @Transactional
    public Outcome<AgendaItem> writeMinutes(CurrentUser user, long itemId, int seenVersion,
            @Nullable String discussion, @Nullable String conclusion, @Nullable String decision) {
        AgendaItem item = loadItem(itemId);
        Meeting meeting = managed(user, item.meetingId());
        if (meeting.acceptMinutes(LocalDateTime.now(clock)) instanceof Outcome.Refused<MeetingStatus> refused) {
            return Outcome.refused(refused.field(), refused.messageKey());
        }
        if (item.version() != seenVersion) {
            return Outcome.refused("", "minutes.error.conflict");
        }
        item.writeMinutes(discussion, conclusion, decision);
        AgendaItem saved = items.save(item);
        events.publishEvent(new MinutesTextChanged(saved.id()));
        return Outcome.done(saved);
    }

    @Transactional
    public Outcome<ActionItem> addAction(CurrentUser user, long itemId, @Nullable String description,
            @Nullable Long ownerPersonId, @Nullable LocalDate dueDate) {
        AgendaItem item = loadItem(itemId);
        Meeting meeting = managed(user, item.meetingId());
        if (meeting.acceptMinutes(LocalDateTime.now(clock)) instanceof Outcome.Refused<MeetingStatus> refused) {
            return Outcome.refused("description", refused.messageKey());
        }
        if (description == null || description.isBlank()) {
            return Outcome.refused("description", "council.validation.required");
        }
        if (ownerPersonId == null) {
            return Outcome.refused("ownerPersonId", "action.error.ownerRequired");
        }
        if (dueDate == null) {
            return Outcome.refused("dueDate", "council.validation.date");
        }
        Body body = bodies.body(meeting.bodyId());
        PersonName owner = directory.personNames(List.of(ownerPersonId)).get(ownerPersonId);
        if (owner == null || owner.organisationId() != body.organisationId()) {
            return Outcome.refused("ownerPersonId", "action.error.ownerNotInOrganisation");
        }
        ActionItem added = actions.save(new ActionItem(body.id(), meeting.id(), item.id(), item.caseId(),
                description.strip(), ownerPersonId, dueDate));
        events.publishEvent(new ActionTextChanged(added.id()));
        return Outcome.done(added);
    }

    @Transactional
    public void completeAction(CurrentUser user, long actionId) {
        ActionItem action = actions.findById(actionId).orElseThrow(() -> new NotFoundProblem("Tiltak " + actionId));
        access.requireManage(user, action.bodyId());
        action.complete(LocalDate.now(clock));
        actions.save(action);
    }

    public List<AttendanceLine> attendance(Meeting meeting) {
        Map<Long, Boolean> present = new HashMap<>();
        jdbc.sql("select member_id, present from council_attendance where meeting_id = :meeting")
            .param("meeting", meeting.id())
            .query(rs -> {
                present.put(rs.getLong("member_id"), rs.getBoolean("present"));
            });
        LocalDate day = meeting.startsAt().toLocalDate();
        return bodies.members(meeting.bodyId())
            .stream()
            .filter(member -> member.isCurrent(day) || present.containsKey(member.id()))
            .map(member -> new AttendanceLine(member, present.getOrDefault(member.id(), false)))
            .toList();
    }

    @Transactional
    public void recordAttendance(CurrentUser user, long meetingId, Set<Long> presentMemberIds) {
        Meeting meeting = managed(user, meetingId);
        jdbc.sql("delete from council_attendance where meeting_id = :meeting").param("meeting", meetingId).update();
        for (AttendanceLine line : attendance(meeting)) {
            jdbc.sql("insert into council_attendance (meeting_id, member_id, present) values (:meeting, :member, :present)")
                .param("meeting", meetingId)
                .param("member", line.member().id())
                .param("present", presentMemberIds.contains(line.member().id()))
                .update();
        }
    }

    /** The meeting is held: cases on its agenda are marked handled, or for follow-up when actions were agreed. */
    @Transactional
    public Outcome<MeetingStatus> markHeld(CurrentUser user, long meetingId) {
        Meeting meeting = managed(user, meetingId);
        Outcome<MeetingStatus> outcome = meeting.markHeld(LocalDateTime.now(clock));
        if (outcome instanceof Outcome.Done) {
            meetings.save(meeting);
            List<ActionItem> agreed = actions.findByMeetingIdOrderById(meetingId);
            for (AgendaItem item : items.findByMeetingIdOrderBySortOrder(meetingId)) {
                if (item.caseId() != null) {
                    boolean hasActions = agreed.stream().anyMatch(action -> action.agendaItemId() == item.id());
                    cases.markHandled(user, item.caseId(), hasActions, label(meeting));
                }
            }
            auditLog.record(AuditAction.UPDATE, AUDIT_MEETING, meetingId, meeting.title(), "Avholdt");
        }
        return outcome;
    }

    @Transactional
    public Outcome<MeetingStatus> publish(CurrentUser user, long meetingId) {
        Meeting meeting = managed(user, meetingId);
        Outcome<MeetingStatus> outcome = meeting.publish(OffsetDateTime.now(clock));
        if (outcome instanceof Outcome.Done) {
            meetings.save(meeting);
            auditLog.record(AuditAction.UPDATE, AUDIT_MEETING, meetingId, meeting.title(), "Referat publisert");
            events.publishEvent(new MeetingPublished(meetingId));
        }
        return outcome;
    }

    /** The open action items the person owns, whichever body gave them. */
    public List<ActionLine> openActionsOwnedBy(long personId) {
        return actionLines("a.completed_on is null and a.owner_person_id = :person", Map.of("person", personId));
    }

    /** Action items matching a condition on the action table {@code a}, with owner names and overdue flags. */
    public List<ActionLine> actionLines(String where, Map<String, ?> params) {
        record Row(long id, long bodyId, String shortName, long meetingId, long itemId, @Nullable String caseNumber,
                String description, long owner, LocalDate due, @Nullable LocalDate completed) {
        }
        List<Row> rows = jdbc.sql("""
                select a.id, a.body_id, b.short_name, a.meeting_id, a.agenda_item_id, c.case_year, c.case_number, a.description,
                       a.owner_person_id, a.due_date, a.completed_on
                from council_action a
                join council_body b on b.id = a.body_id
                left join council_case c on c.id = a.case_id
                where\s""" + where + " order by a.due_date, a.id")
            .params(params)
            .query((rs, n) -> {
                int year = rs.getInt("case_year");
                String number = rs.wasNull() ? null : CouncilCase.formatNumber(year, rs.getInt("case_number"));
                return new Row(rs.getLong("id"), rs.getLong("body_id"), rs.getString("short_name"),
                        rs.getLong("meeting_id"), rs.getLong("agenda_item_id"), number, rs.getString("description"), rs.getLong("owner_person_id"),
                        rs.getObject("due_date", LocalDate.class), rs.getObject("completed_on", LocalDate.class));
            })
            .list();
        Map<Long, PersonName> owners = directory.personNames(rows.stream().map(Row::owner).toList());
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(row -> {
            PersonName owner = owners.get(row.owner());
            return new ActionLine(row.id(), row.bodyId(), row.shortName(), row.meetingId(), row.itemId(),
                    row.caseNumber(),
                    row.description(), row.owner(), owner == null ? "?" : owner.fullName(), row.due(), row.completed(),
                    row.completed() == null && row.due().isBefore(today));
        }).toList();
    }

    private Meeting managed(CurrentUser user, long meetingId) {
        Meeting meeting = load(meetingId);
        access.requireManage(user, meeting.bodyId());
        return meeting;
    }

    public Meeting load(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundProblem("Møte " + meetingId));
    }

    private AgendaItem loadItem(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new NotFoundProblem("Sakslistepunkt " + itemId));
    }

    private static String label(Meeting meeting) {
        return meeting.title() + " " + NorwegianTime.date(meeting.startsAt());
    }

    public List<Member> currentMembers(Meeting meeting) {
        return bodies.currentMembers(meeting.bodyId());
    }

}
