package no.fagflyt.council.meeting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Something a named person must do by a date, agreed under an agenda item. */
@Table("council_action")
public class ActionItem {

    private @Id @Nullable Long id;

    private long bodyId;

    private long meetingId;

    private long agendaItemId;

    private @Nullable Long caseId;

    private String description;

    private long ownerPersonId;

    private LocalDate dueDate;

    private @Nullable LocalDate completedOn;

    private @Version int version;

    @PersistenceCreator
    ActionItem(@Nullable Long id, long bodyId, long meetingId, long agendaItemId, @Nullable Long caseId,
            String description, long ownerPersonId, LocalDate dueDate, @Nullable LocalDate completedOn, int version) {
        this.id = id;
        this.bodyId = bodyId;
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.caseId = caseId;
        this.description = description;
        this.ownerPersonId = ownerPersonId;
        this.dueDate = dueDate;
        this.completedOn = completedOn;
        this.version = version;
    }

    ActionItem(long bodyId, long meetingId, long agendaItemId, @Nullable Long caseId, String description,
            long ownerPersonId, LocalDate dueDate) {
        this(null, bodyId, meetingId, agendaItemId, caseId, description, ownerPersonId, dueDate, null, 0);
    }

    void complete(LocalDate today) {
        if (completedOn == null) {
            completedOn = today;
        }
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Action not saved yet");
        }
        return id;
    }

    public long bodyId() {
        return bodyId;
    }

    public long meetingId() {
        return meetingId;
    }

    public long agendaItemId() {
        return agendaItemId;
    }

    public @Nullable Long caseId() {
        return caseId;
    }

    public String description() {
        return description;
    }

    public long ownerPersonId() {
        return ownerPersonId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public @Nullable LocalDate completedOn() {
        return completedOn;
    }

    public int version() {
        return version;
    }

}
