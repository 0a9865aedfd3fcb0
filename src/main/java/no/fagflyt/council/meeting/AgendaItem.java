package no.fagflyt.council.meeting;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An item on a meeting's agenda with its own minutes: what was discussed, concluded and decided. */
@Table("council_agenda_item")
public class AgendaItem {

    private @Id @Nullable Long id;

    private long meetingId;

    private @Nullable Long caseId;

    private int sortOrder;

    private String title;

    private int minutes;

    private @Nullable String discussion;

    private @Nullable String conclusion;

    private @Nullable String decision;

    private @Nullable Long approvesMeetingId;

    private @Version int version;

    @PersistenceCreator
    AgendaItem(@Nullable Long id, long meetingId, @Nullable Long caseId, int sortOrder, String title, int minutes,
            @Nullable String discussion, @Nullable String conclusion, @Nullable String decision,
            @Nullable Long approvesMeetingId, int version) {
        this.id = id;
        this.meetingId = meetingId;
        this.caseId = caseId;
        this.sortOrder = sortOrder;
        this.title = title;
        this.minutes = minutes;
        this.discussion = discussion;
        this.conclusion = conclusion;
        this.decision = decision;
        this.approvesMeetingId = approvesMeetingId;
        this.version = version;
    }

    AgendaItem(long meetingId, @Nullable Long caseId, int sortOrder, String title, int minutes) {
        this(null, meetingId, caseId, sortOrder, title, minutes, null, null, null, null, 0);
    }

    /** The standing item where this meeting approves the minutes of the previous one. */
    static AgendaItem approvalOf(long meetingId, Meeting previous, String title) {
        return new AgendaItem(null, meetingId, null, 1, title, 5, null, null, null, previous.id(), 0);
    }

    void writeMinutes(@Nullable String discussion, @Nullable String conclusion, @Nullable String decision) {
        this.discussion = blankToNull(discussion);
        this.conclusion = blankToNull(conclusion);
        this.decision = blankToNull(decision);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Agenda item not saved yet");
        }
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public @Nullable Long caseId() {
        return caseId;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String title() {
        return title;
    }

    public int minutes() {
        return minutes;
    }

    public @Nullable String discussion() {
        return discussion;
    }

    public @Nullable String conclusion() {
        return conclusion;
    }

    public @Nullable String decision() {
        return decision;
    }

    public @Nullable Long approvesMeetingId() {
        return approvesMeetingId;
    }

    public int version() {
        return version;
    }

}
