package no.fagflyt.council.cases;

import java.time.OffsetDateTime;

import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A case submitted to a body. Its status changes only through the guarded methods below. */
@Table("council_case")
public class CouncilCase {

    private @Id @Nullable Long id;

    private long bodyId;

    private int caseYear;

    private int caseNumber;

    private String title;

    private String description;

    private CaseCategory category;

    private CaseStatus status;

    private boolean confidential;

    private long submitterAccountId;

    private @Nullable Long submitterPersonId;

    private long submittingUnitId;

    private @Nullable Long assigneePersonId;

    private @Nullable String rejectionReason;

    private OffsetDateTime submittedAt;

    private @Version int version;

    @PersistenceCreator
    CouncilCase(@Nullable Long id, long bodyId, int caseYear, int caseNumber, String title, String description,
            CaseCategory category, CaseStatus status, boolean confidential, long submitterAccountId,
            @Nullable Long submitterPersonId, long submittingUnitId, @Nullable Long assigneePersonId,
            @Nullable String rejectionReason, OffsetDateTime submittedAt, int version) {
        this.id = id;
        this.bodyId = bodyId;
        this.caseYear = caseYear;
        this.caseNumber = caseNumber;
        this.title = title;
        this.description = description;
        this.category = category;
        this.status = status;
        this.confidential = confidential;
        this.submitterAccountId = submitterAccountId;
        this.submitterPersonId = submitterPersonId;
        this.submittingUnitId = submittingUnitId;
        this.assigneePersonId = assigneePersonId;
        this.rejectionReason = rejectionReason;
        this.submittedAt = submittedAt;
        this.version = version;
    }

    static CouncilCase submit(long bodyId, int year, int number, String title, String description,
            CaseCategory category, boolean confidential, long submitterAccountId, @Nullable Long submitterPersonId,
            long submittingUnitId, OffsetDateTime now) {
        return new CouncilCase(null, bodyId, year, number, title, description, category, CaseStatus.INNMELDT,
                confidential, submitterAccountId, submitterPersonId, submittingUnitId, null, null, now, 0);
    }

    /** Moves to a new status if the workflow allows it; rejection needs its reason and goes through {@link #reject}. */
    public Outcome<CaseStatus> moveTo(CaseStatus target) {
        if (target == CaseStatus.AVVIST) {
            return Outcome.refused("status", "case.error.rejectNeedsReason");
        }
        return change(target);
    }

    public Outcome<CaseStatus> reject(String reason) {
        if (reason.isBlank()) {
            return Outcome.refused("reason", "case.error.rejectNeedsReason");
        }
        Outcome<CaseStatus> outcome = change(CaseStatus.AVVIST);
        if (outcome instanceof Outcome.Done) {
            rejectionReason = reason.strip();
        }
        return outcome;
    }

    /** Putting the case on an agenda: refused for closed cases, moves new cases to "satt på saksliste". */
    public Outcome<CaseStatus> placeOnAgenda() {
        if (status.isClosed()) {
            return Outcome.refused("caseId", "agenda.error.caseClosed", number(), label(status));
        }
        if (status == CaseStatus.INNMELDT || status == CaseStatus.TIL_VURDERING) {
            return change(CaseStatus.SATT_PA_SAKSLISTE);
        }
        return Outcome.done(status);
    }

    private Outcome<CaseStatus> change(CaseStatus target) {
        if (!status.canMoveTo(target)) {
            return Outcome.refused("status", "case.error.illegalTransition", label(status), label(target));
        }
        status = target;
        return Outcome.done(target);
    }

    private static DefaultMessageSourceResolvable label(CaseStatus status) {
        return new DefaultMessageSourceResolvable(status.labelKey());
    }

    public void assignTo(@Nullable Long personId) {
        this.assigneePersonId = personId;
    }

    /** The number shown to people, e.g. 2026/014. */
    public String number() {
        return formatNumber(caseYear, caseNumber);
    }

    public static String formatNumber(int year, int number) {
        return "%d/%03d".formatted(year, number);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Case not saved yet");
        }
        return id;
    }

    public long bodyId() {
        return bodyId;
    }

    public int caseYear() {
        return caseYear;
    }

    public int caseNumber() {
        return caseNumber;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public CaseCategory category() {
        return category;
    }

    public CaseStatus status() {
        return status;
    }

    public boolean confidential() {
        return confidential;
    }

    public long submitterAccountId() {
        return submitterAccountId;
    }

    public @Nullable Long submitterPersonId() {
        return submitterPersonId;
    }

    public long submittingUnitId() {
        return submittingUnitId;
    }

    public @Nullable Long assigneePersonId() {
        return assigneePersonId;
    }

    public @Nullable String rejectionReason() {
        return rejectionReason;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public int version() {
        return version;
    }

}
