package no.fagflyt.council.experience;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.body.Member;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonName;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Experience notes, the topic bank and the rotating responsibility of a group. Everything here is the
 * group's own working material, so only its members (and the administrator) see and change it.
 */
@Service
public class CouncilExperience {

    /** Someone else saved the note or topic after the writer opened it. */
    public static final String CONFLICT = "experience.error.conflict";

    /** A note or topic on a meeting's agenda is part of the meeting's record and is not deleted. */
    public static final String ON_AGENDA = "experience.error.deleteOnAgenda";

    private static final String FUTURE = "experience.error.future";

    static final String AUDIT_NOTE = "RAD_ERFARINGSNOTAT";

    static final String AUDIT_TOPIC = "RAD_TEMA";

    private final JdbcClient jdbc;

    private final CouncilAccess access;

    private final CouncilBodies bodies;

    private final CouncilMeetings meetings;

    private final OrganisationDirectory directory;

    private final ApplicationEventPublisher events;

    private final AuditLog auditLog;

    private final Clock clock;

    CouncilExperience(JdbcClient jdbc, CouncilAccess access, CouncilBodies bodies, CouncilMeetings meetings,
            OrganisationDirectory directory, ApplicationEventPublisher events, AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.access = access;
        this.bodies = bodies;
        this.meetings = meetings;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    public record NoteDraft(LocalDate occurredOn, String title, String whatHappened, String whatWeDid,
            @Nullable String whatWorked, @Nullable String whatCouldDiffer) {
    }

    @Transactional
    public Outcome<Long> addNote(CurrentUser user, long bodyId, NoteDraft draft) {
        access.requireManage(user, bodyId);
        Long personId = user.personId();
        if (personId == null) {
            return Outcome.refused("title", "experience.error.noPerson");
        }
        if (draft.occurredOn().isAfter(LocalDate.now(clock))) {
            return Outcome.refused("occurredOn", FUTURE);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into council_experience_note (body_id, author_person_id, occurred_on, title, what_happened,
                    what_we_did, what_worked, what_could_differ, created_at)
                values (:body, :author, :on, :title, :happened, :did, :worked, :differ, :now)
                """)
            .param("body", bodyId)
            .param("author", personId)
            .params(columns(draft))
            .param("now", OffsetDateTime.now(clock))
            .update(key, "id");
        long id = key.getKeyAs(Long.class);
        events.publishEvent(new ExperienceTextChanged(id));
        audit(user, AuditAction.CREATE, AUDIT_NOTE, id, draft.title(), bodyId);
        return Outcome.done(id);
    }

    public List<ExperienceNote> notes(CurrentUser user, long bodyId) {
        access.requireManage(user, bodyId);
        return notesWhere("n.body_id = :id order by n.occurred_on desc, n.id desc", bodyId);
    }

    /** One note, for its edit form: only for those who may change it (403), and 404 when it is gone. */
    public ExperienceNote note(CurrentUser user, long noteId) {
        return changeable(user, notesWhere("n.id = :id", noteId), "Erfaringsnotat " + noteId);
    }

    private List<ExperienceNote> notesWhere(String condition, long id) {
        record Row(long id, long body, long author, LocalDate on, String title, String happened, String did,
                @Nullable String worked, @Nullable String differ, @Nullable Long item, @Nullable Long meeting,
                int version) {
        }
        List<Row> rows = jdbc.sql("""
                select n.id, n.body_id, n.author_person_id, n.occurred_on, n.title, n.what_happened, n.what_we_did,
                       n.what_worked, n.what_could_differ, n.agenda_item_id, i.meeting_id, n.version
                from council_experience_note n left join council_agenda_item i on i.id = n.agenda_item_id
                where\s""" + condition)
            .param("id", id)
            .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getObject(10, Long.class), rs.getObject(11, Long.class), rs.getInt(12)))
            .list();
        Map<Long, PersonName> names = directory.personNames(rows.stream().map(Row::author).collect(Collectors.toSet()));
        return rows.stream()
            .map(row -> new ExperienceNote(row.id(), row.body(), row.author(), name(names, row.author()), row.on(),
                    row.title(), row.happened(), row.did(), row.worked(), row.differ(), row.item(), row.meeting(),
                    row.version()))
            .toList();
    }

    /**
     * Saves new text into a note. The same rules as writing one; {@code seenVersion} is the version the writer
     * started from, and a newer saved one refuses the edit so that nobody's text is silently overwritten.
     */
    @Transactional
    public Outcome<Long> editNote(CurrentUser user, long noteId, int seenVersion, NoteDraft draft) {
        ExperienceNote note = note(user, noteId);
        if (draft.occurredOn().isAfter(LocalDate.now(clock))) {
            return Outcome.refused("occurredOn", FUTURE);
        }
        int changed = jdbc.sql("""
                update council_experience_note set occurred_on = :on, title = :title, what_happened = :happened,
                    what_we_did = :did, what_worked = :worked, what_could_differ = :differ, version = version + 1
                where id = :id and version = :seen
                """)
            .params(columns(draft))
            .param("id", noteId)
            .param("seen", seenVersion)
            .update();
        if (changed == 0) {
            return Outcome.refused("", CONFLICT);
        }
        events.publishEvent(new ExperienceTextChanged(noteId));
        audit(user, AuditAction.UPDATE, AUDIT_NOTE, noteId, draft.title(), note.bodyId());
        return Outcome.done(noteId);
    }

    /** Deletes a note that no meeting has taken up; one on an agenda stays, as the minutes point to it. */
    @Transactional
    public Outcome<Long> deleteNote(CurrentUser user, long noteId) {
        ExperienceNote note = note(user, noteId);
        if (!deleteUnused("council_experience_note", noteId)) {
            return Outcome.refused("", ON_AGENDA);
        }
        events.publishEvent(new ExperienceNoteDeleted(noteId));
        audit(user, AuditAction.DELETE, AUDIT_NOTE, noteId, note.title(), note.bodyId());
        return Outcome.done(note.bodyId());
    }

    /** Who may change which notes and topics of the body, worked out once for a page. */
    public ChangeRights changeRights(CurrentUser user, long bodyId) {
        return new ChangeRights(user.isAdministrator() || access.isLeaderOrSecretary(user, bodyId), user.personId());
    }

    /** The one note or topic found, if the user may change it. */
    private <T extends GroupMaterial> T changeable(CurrentUser user, List<T> found, String what) {
        T material = found.stream().findFirst().orElseThrow(() -> new NotFoundProblem(what));
        access.requireManage(user, material.bodyId());
        if (!changeRights(user, material.bodyId()).covers(material.authorPersonId())) {
            throw new AccessDeniedProblem("Verken forfatter eller leder eller sekretær: " + what);
        }
        return material;
    }

    /** Deletes the row unless it has been picked into an agenda, in one statement, so no pick slips between. */
    private boolean deleteUnused(String table, long id) {
        return jdbc.sql("delete from " + table + " where id = :id and agenda_item_id is null").param("id", id)
            .update() > 0;
    }

    @Transactional
    public Outcome<Long> addTopic(CurrentUser user, long bodyId, String title, @Nullable String description) {
        access.requireManage(user, bodyId);
        Long personId = user.personId();
        if (personId == null) {
            return Outcome.refused("title", "experience.error.noPerson");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into council_topic (body_id, title, description, proposed_by_person_id, created_at)
                values (:body, :title, :description, :person, :now)
                """)
            .param("body", bodyId)
            .param("title", title.strip())
            .param("description", blankToNull(description))
            .param("person", personId)
            .param("now", OffsetDateTime.now(clock))
            .update(key, "id");
        audit(user, AuditAction.CREATE, AUDIT_TOPIC, key.getKeyAs(Long.class), title, bodyId);
        return Outcome.done(bodyId);
    }

    public List<Topic> topics(CurrentUser user, long bodyId) {
        access.requireManage(user, bodyId);
        return topicsWhere("t.body_id = :id order by case when t.agenda_item_id is null then 0 else 1 end, t.id",
                bodyId);
    }

    /** One topic, for its edit form: only for those who may change it (403), and 404 when it is gone. */
    public Topic topic(CurrentUser user, long topicId) {
        return changeable(user, topicsWhere("t.id = :id", topicId), "Tema " + topicId);
    }

    private List<Topic> topicsWhere(String condition, long id) {
        record Row(long id, long body, String title, @Nullable String description, long person, @Nullable Long item,
                @Nullable Long meeting, int version) {
        }
        List<Row> rows = jdbc.sql("""
                select t.id, t.body_id, t.title, t.description, t.proposed_by_person_id, t.agenda_item_id, i.meeting_id,
                       t.version
                from council_topic t left join council_agenda_item i on i.id = t.agenda_item_id
                where\s""" + condition)
            .param("id", id)
            .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                    rs.getObject(6, Long.class), rs.getObject(7, Long.class), rs.getInt(8)))
            .list();
        Map<Long, PersonName> names = directory.personNames(rows.stream().map(Row::person).collect(Collectors.toSet()));
        return rows.stream()
            .map(row -> new Topic(row.id(), row.body(), row.title(), row.description(), row.person(),
                    name(names, row.person()), row.item(), row.meeting(), row.version()))
            .toList();
    }

    /** A new title or description for a topic, refused when someone else saved it since {@code seenVersion}. */
    @Transactional
    public Outcome<Long> editTopic(CurrentUser user, long topicId, int seenVersion, String title,
            @Nullable String description) {
        Topic topic = topic(user, topicId);
        int changed = jdbc.sql("""
                update council_topic set title = :title, description = :description, version = version + 1
                where id = :id and version = :seen
                """)
            .param("title", title.strip())
            .param("description", blankToNull(description))
            .param("id", topicId)
            .param("seen", seenVersion)
            .update();
        if (changed == 0) {
            return Outcome.refused("", CONFLICT);
        }
        audit(user, AuditAction.UPDATE, AUDIT_TOPIC, topicId, title, topic.bodyId());
        return Outcome.done(topicId);
    }

    /** Deletes a topic no meeting has taken up. */
    @Transactional
    public Outcome<Long> deleteTopic(CurrentUser user, long topicId) {
        Topic topic = topic(user, topicId);
        if (!deleteUnused("council_topic", topicId)) {
            return Outcome.refused("", ON_AGENDA);
        }
        audit(user, AuditAction.DELETE, AUDIT_TOPIC, topicId, topic.title(), topic.bodyId());
        return Outcome.done(topic.bodyId());
    }

    /** Notes and topics are logged like other changes, labelled with their title and the body they belong to. */
    private void audit(CurrentUser user, AuditAction action, String subjectType, long id, String title, long bodyId) {
        auditLog.recordAs(user.getUsername(), user.accountId(), action, subjectType, id, title.strip(),
                "Organ " + bodyId);
    }

    /** The person responsible for a meeting, if one has been chosen. */
    public @Nullable Long responsibleFor(long meetingId) {
        return jdbc.sql("select person_id from council_meeting_responsible where meeting_id = :meeting")
            .param("meeting", meetingId)
            .query(Long.class)
            .optional()
            .orElse(null);
    }

    /**
     * Whose turn it is: the current member after the one responsible for the latest meeting, in the order
     * they joined, starting over at the end; the first member when no one has been responsible yet.
     */
    public @Nullable Member suggestedResponsible(long bodyId) {
        List<Member> members = bodies.currentMembers(bodyId)
            .stream()
            .sorted(Comparator.comparingLong(Member::id))
            .toList();
        if (members.isEmpty()) {
            return null;
        }
        Long last = jdbc.sql("""
                select r.person_id from council_meeting_responsible r join council_meeting m on m.id = r.meeting_id
                where m.body_id = :body and m.status <> 'AVLYST' order by m.starts_at desc, m.id desc
                """)
            .param("body", bodyId)
            .query(Long.class)
            .list()
            .stream()
            .findFirst()
            .orElse(null);
        for (int i = 0; i < members.size(); i++) {
            if (last != null && members.get(i).personId() == last) {
                return members.get((i + 1) % members.size());
            }
        }
        return members.get(0);
    }

    @Transactional
    public Outcome<Long> setResponsible(CurrentUser user, long meetingId, long personId) {
        Meeting meeting = meetings.load(meetingId);
        access.requireManage(user, meeting.bodyId());
        boolean member = bodies.currentMembers(meeting.bodyId()).stream().anyMatch(m -> m.personId() == personId);
        if (!member) {
            return Outcome.refused("personId", "experience.error.responsibleNotMember");
        }
        jdbc.sql("delete from council_meeting_responsible where meeting_id = :meeting").param("meeting", meetingId)
            .update();
        jdbc.sql("insert into council_meeting_responsible (meeting_id, person_id) values (:meeting, :person)")
            .param("meeting", meetingId)
            .param("person", personId)
            .update();
        return Outcome.done(personId);
    }

    /** Unused notes and topics of the meeting's body, for the agenda form. */
    public List<ExperienceNote> unusedNotes(CurrentUser user, long bodyId) {
        return notes(user, bodyId).stream().filter(note -> !note.isUsed()).toList();
    }

    public List<Topic> unusedTopics(CurrentUser user, long bodyId) {
        return topics(user, bodyId).stream().filter(topic -> !topic.isUsed()).toList();
    }

    /** Puts a note on the agenda; a note is shared once, so a used one is refused. */
    @Transactional
    public Outcome<AgendaItem> takeNoteIntoAgenda(CurrentUser user, long meetingId, long noteId) {
        Meeting meeting = meetings.load(meetingId);
        record Ref(long bodyId, String title, @Nullable Long item) {
        }
        Ref note = jdbc.sql("select body_id, title, agenda_item_id from council_experience_note where id = :id")
            .param("id", noteId)
            .query((rs, n) -> new Ref(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)))
            .optional()
            .orElseThrow(() -> new NotFoundProblem("Erfaringsnotat " + noteId));
        if (note.bodyId() != meeting.bodyId()) {
            return Outcome.refused("noteId", "agenda.error.otherBody");
        }
        if (note.item() != null) {
            return Outcome.refused("noteId", "experience.error.alreadyUsed");
        }
        Outcome<AgendaItem> added = meetings.addAgendaItem(user, meetingId, null, "Erfaringsdeling: " + note.title(),
                15);
        if (added instanceof Outcome.Done<AgendaItem> done) {
            jdbc.sql("update council_experience_note set agenda_item_id = :item where id = :id")
                .param("item", done.value().id())
                .param("id", noteId)
                .update();
        }
        return added;
    }

    @Transactional
    public Outcome<AgendaItem> takeTopicIntoAgenda(CurrentUser user, long meetingId, long topicId) {
        Meeting meeting = meetings.load(meetingId);
        record Ref(long bodyId, String title, @Nullable Long item) {
        }
        Ref topic = jdbc.sql("select body_id, title, agenda_item_id from council_topic where id = :id")
            .param("id", topicId)
            .query((rs, n) -> new Ref(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)))
            .optional()
            .orElseThrow(() -> new NotFoundProblem("Tema " + topicId));
        if (topic.bodyId() != meeting.bodyId()) {
            return Outcome.refused("topicId", "agenda.error.otherBody");
        }
        if (topic.item() != null) {
            return Outcome.refused("topicId", "experience.error.alreadyUsed");
        }
        Outcome<AgendaItem> added = meetings.addAgendaItem(user, meetingId, null, "Tema: " + topic.title(), 15);
        if (added instanceof Outcome.Done<AgendaItem> done) {
            jdbc.sql("update council_topic set agenda_item_id = :item where id = :id")
                .param("item", done.value().id())
                .param("id", topicId)
                .update();
        }
        return added;
    }

    /** A note's texts as stored: trimmed, and the optional ones empty when blank. */
    private static Map<String, @Nullable Object> columns(NoteDraft draft) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("on", draft.occurredOn());
        columns.put("title", draft.title().strip());
        columns.put("happened", draft.whatHappened().strip());
        columns.put("did", draft.whatWeDid().strip());
        columns.put("worked", blankToNull(draft.whatWorked()));
        columns.put("differ", blankToNull(draft.whatCouldDiffer()));
        return columns;
    }

    private static String name(Map<Long, PersonName> names, long personId) {
        PersonName name = names.get(personId);
        return name == null ? "?" : name.fullName();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
