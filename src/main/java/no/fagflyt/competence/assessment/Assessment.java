package no.fagflyt.competence.assessment;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Where one person stands in one competence: their own assessment and, once a leader has looked at it,
 * the validated level. The history of both is kept separately and never rewritten.
 */
@Table("competence_assessment")
public class Assessment {

    private @Id @Nullable Long id;

    private long personId;

    private long frameworkId;

    private String competenceCode;

    private long competenceId;

    private @Nullable Integer selfLevel;

    private @Nullable String selfComment;

    private @Nullable OffsetDateTime selfAssessedAt;

    private @Nullable Integer validatedLevel;

    private @Nullable String validationComment;

    private @Nullable String validatedBy;

    private @Nullable OffsetDateTime validatedAt;

    private @Version int version;

    @PersistenceCreator
    Assessment(@Nullable Long id, long personId, long frameworkId, String competenceCode, long competenceId,
            @Nullable Integer selfLevel, @Nullable String selfComment, @Nullable OffsetDateTime selfAssessedAt,
            @Nullable Integer validatedLevel, @Nullable String validationComment, @Nullable String validatedBy,
            @Nullable OffsetDateTime validatedAt, int version) {
        this.id = id;
        this.personId = personId;
        this.frameworkId = frameworkId;
        this.competenceCode = competenceCode;
        this.competenceId = competenceId;
        this.selfLevel = selfLevel;
        this.selfComment = selfComment;
        this.selfAssessedAt = selfAssessedAt;
        this.validatedLevel = validatedLevel;
        this.validationComment = validationComment;
        this.validatedBy = validatedBy;
        this.validatedAt = validatedAt;
        this.version = version;
    }

    static Assessment start(long personId, long frameworkId, String competenceCode, long competenceId) {
        return new Assessment(null, personId, frameworkId, competenceCode, competenceId, null, null, null, null, null,
                null, null, 0);
    }

    /** The employee's own view; it is assessed against the version now in use. */
    void selfAssess(long competenceIdInUse, int level, @Nullable String comment, OffsetDateTime now) {
        this.competenceId = competenceIdInUse;
        this.selfLevel = level;
        this.selfComment = comment;
        this.selfAssessedAt = now;
    }

    /** The leader confirms the employee's level, or sets another one (an adjustment, which needs a reason). */
    HistoryKind validate(int level, @Nullable String comment, String leader, OffsetDateTime now) {
        HistoryKind kind = selfLevel != null && selfLevel == level ? HistoryKind.VALIDATED : HistoryKind.ADJUSTED;
        this.validatedLevel = level;
        this.validationComment = comment;
        this.validatedBy = leader;
        this.validatedAt = now;
        return kind;
    }

    boolean adjusts(int level) {
        return selfLevel == null || selfLevel != level;
    }

    void expectVersion(int seenVersion) {
        if (seenVersion != version) {
            throw new OptimisticLockingFailureException("Assessment " + id + " changed");
        }
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Assessment not saved yet");
        }
        return id;
    }

    public long personId() {
        return personId;
    }

    public long frameworkId() {
        return frameworkId;
    }

    public String competenceCode() {
        return competenceCode;
    }

    public long competenceId() {
        return competenceId;
    }

    public @Nullable Integer selfLevel() {
        return selfLevel;
    }

    public @Nullable String selfComment() {
        return selfComment;
    }

    public @Nullable OffsetDateTime selfAssessedAt() {
        return selfAssessedAt;
    }

    public @Nullable Integer validatedLevel() {
        return validatedLevel;
    }

    public @Nullable String validationComment() {
        return validationComment;
    }

    public @Nullable String validatedBy() {
        return validatedBy;
    }

    public @Nullable OffsetDateTime validatedAt() {
        return validatedAt;
    }

    public int version() {
        return version;
    }

    /** Validated, and not self-assessed again since. */
    public boolean isValidated() {
        return validatedAt != null && (selfAssessedAt == null || !selfAssessedAt.isAfter(validatedAt));
    }

    /** The level that counts: the leader's when validated, otherwise the employee's own. */
    public @Nullable Integer effectiveLevel() {
        return isValidated() ? validatedLevel : selfLevel;
    }

}
