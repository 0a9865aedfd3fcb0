package no.fagflyt.council.meeting;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import no.fagflyt.platform.CalendarEntry;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting of a body. Planned → held → published; minutes may be written from the moment the meeting
 * starts (they are written during it) until they are published, never for a meeting not yet begun.
 * Times are local Oslo time.
 */
@Table("council_meeting")
public class Meeting {

    private @Id @Nullable Long id;

    private long bodyId;

    private String title;

    private LocalDateTime startsAt;

    private LocalDateTime endsAt;

    private String location;

    private MeetingStatus status;

    private @Nullable OffsetDateTime publishedAt;

    private @Nullable OffsetDateTime minutesApprovedAt;

    private @Nullable String minutesApprovedBy;

    private @Nullable Long minutesApprovedIn;

    private @Version int version;

    @PersistenceCreator
    Meeting(@Nullable Long id, long bodyId, String title, LocalDateTime startsAt, LocalDateTime endsAt,
            String location, MeetingStatus status, @Nullable OffsetDateTime publishedAt,
            @Nullable OffsetDateTime minutesApprovedAt, @Nullable String minutesApprovedBy,
            @Nullable Long minutesApprovedIn, int version) {
        this.id = id;
        this.bodyId = bodyId;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = location;
        this.status = status;
        this.publishedAt = publishedAt;
        this.minutesApprovedAt = minutesApprovedAt;
        this.minutesApprovedBy = minutesApprovedBy;
        this.minutesApprovedIn = minutesApprovedIn;
        this.version = version;
    }

    static Outcome<Meeting> plan(long bodyId, String title, LocalDateTime startsAt, LocalDateTime endsAt,
            String location) {
        if (!endsAt.isAfter(startsAt)) {
            return Outcome.refused("endTime", "meeting.error.endBeforeStart");
        }
        return Outcome.done(new Meeting(null, bodyId, title, startsAt, endsAt, location, MeetingStatus.PLANLAGT, null,
                null, null, null, 0));
    }

    Outcome<MeetingStatus> acceptAgendaItem() {
        if (status != MeetingStatus.PLANLAGT) {
            return Outcome.refused("caseId", "agenda.error.meetingNotPlanned");
        }
        return Outcome.done(status);
    }

    Outcome<MeetingStatus> acceptMinutes(LocalDateTime now) {
        if (status == MeetingStatus.PUBLISERT || status == MeetingStatus.AVLYST || now.isBefore(startsAt)) {
            return Outcome.refused("discussion", "minutes.error.meetingNotHeld");
        }
        return Outcome.done(status);
    }

    Outcome<MeetingStatus> markHeld(LocalDateTime now) {
        if (status != MeetingStatus.PLANLAGT) {
            return Outcome.refused("status", "meeting.error.notPlanned");
        }
        if (now.isBefore(startsAt)) {
            return Outcome.refused("status", "meeting.error.notStarted");
        }
        status = MeetingStatus.AVHOLDT;
        return Outcome.done(status);
    }

    Outcome<MeetingStatus> publish(OffsetDateTime now) {
        if (status != MeetingStatus.AVHOLDT) {
            return Outcome.refused("status", "meeting.error.publishNeedsHeld");
        }
        status = MeetingStatus.PUBLISERT;
        publishedAt = now;
        return Outcome.done(status);
    }

    /** The next meeting approves these minutes; only minutes of a held meeting can be approved, and only once. */
    Outcome<MeetingStatus> approveMinutes(String approvedBy, OffsetDateTime at, long inMeetingId) {
        if (status != MeetingStatus.AVHOLDT && status != MeetingStatus.PUBLISERT) {
            return Outcome.refused("approval", "approval.error.notHeld");
        }
        if (minutesApprovedAt != null) {
            return Outcome.refused("approval", "approval.error.alreadyApproved");
        }
        minutesApprovedAt = at;
        minutesApprovedBy = approvedBy;
        minutesApprovedIn = inMeetingId;
        return Outcome.done(status);
    }

    /**
     * The meeting as a calendar event with a reminder an hour before; {@code description} holds only what
     * the reader may see. Cancelled meetings are marked so calendars drop them.
     */
    public CalendarEntry calendarEntry(String description) {
        return CalendarEntry.meeting("council-meeting-" + id(), startsAt, endsAt, title, description, location,
                "/moter/" + id(), 60, status == MeetingStatus.AVLYST);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Meeting not saved yet");
        }
        return id;
    }

    public long bodyId() {
        return bodyId;
    }

    public String title() {
        return title;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public String location() {
        return location;
    }

    public MeetingStatus status() {
        return status;
    }

    public @Nullable OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return status == MeetingStatus.PUBLISERT;
    }

    public @Nullable OffsetDateTime minutesApprovedAt() {
        return minutesApprovedAt;
    }

    public @Nullable String minutesApprovedBy() {
        return minutesApprovedBy;
    }

    public @Nullable Long minutesApprovedIn() {
        return minutesApprovedIn;
    }

    public boolean minutesApproved() {
        return minutesApprovedAt != null;
    }

    public int version() {
        return version;
    }

}
