package no.fagflyt.competence.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import no.fagflyt.platform.NorwegianTime;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A mapping campaign for a unit and everything below it. Open until a leader closes it; closing is the only
 * change it allows, and it is guarded by the version the leader saw.
 */
@Table("mapping_campaign")
public class Campaign {

    private @Id @Nullable Long id;

    private long unitId;

    private String title;

    private CampaignBasis basis;

    private LocalDate deadline;

    private CampaignStatus status;

    private String startedBy;

    private OffsetDateTime startedAt;

    private @Nullable String closedBy;

    private @Nullable OffsetDateTime closedAt;

    private @Version int version;

    @PersistenceCreator
    Campaign(@Nullable Long id, long unitId, String title, CampaignBasis basis, LocalDate deadline,
            CampaignStatus status, String startedBy, OffsetDateTime startedAt, @Nullable String closedBy,
            @Nullable OffsetDateTime closedAt, int version) {
        this.id = id;
        this.unitId = unitId;
        this.title = title;
        this.basis = basis;
        this.deadline = deadline;
        this.status = status;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.version = version;
    }

    static Campaign start(long unitId, String title, CampaignBasis basis, LocalDate deadline, String startedBy,
            OffsetDateTime now) {
        return new Campaign(null, unitId, title, basis, deadline, CampaignStatus.OPEN, startedBy, now, null, null, 0);
    }

    void expectVersion(int seenVersion) {
        if (seenVersion != version) {
            throw new OptimisticLockingFailureException("Campaign " + id + " changed");
        }
    }

    void close(String leader, OffsetDateTime now) {
        if (!isOpen()) {
            throw new IllegalStateException("Campaign " + id + " is already closed");
        }
        this.status = CampaignStatus.CLOSED;
        this.closedBy = leader;
        this.closedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Campaign not saved yet");
        }
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public String title() {
        return title;
    }

    public CampaignBasis basis() {
        return basis;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public CampaignStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }

    public String startedBy() {
        return startedBy;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public LocalDate startedOn() {
        return startedAt.atZoneSameInstant(NorwegianTime.ZONE).toLocalDate();
    }

    public @Nullable String closedBy() {
        return closedBy;
    }

    public @Nullable OffsetDateTime closedAt() {
        return closedAt;
    }

    /** The date of the snapshot. */
    public @Nullable LocalDate closedOn() {
        return closedAt == null ? null : closedAt.atZoneSameInstant(NorwegianTime.ZONE).toLocalDate();
    }

    public int version() {
        return version;
    }

    /** Open past its deadline; answers are still taken until a leader closes it. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && deadline.isBefore(today);
    }

}
