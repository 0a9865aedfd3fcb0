package no.fagflyt.competence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.EvidenceView;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.platform.NorwegianTime;

import org.jspecify.annotations.Nullable;

/**
 * One required competence for one person: the strictest required level, every reason it is required,
 * and where the person stands.
 */
public record GapLine(CompetenceView competence, int requiredLevel, List<String> reasons,
        @Nullable Assessment assessment, @Nullable Integer level, @Nullable LocalDate expiresOn, GapStatus status) {

    /** How many days ahead a competence that must be renewed is flagged as running out. */
    public static final int EXPIRY_WARNING_DAYS = 90;

    /**
     * Where a person stands against a required level, given their assessment and evidence (any of theirs;
     * only those of this competence count). The one rule shared by the gap analysis and mapping campaigns.
     */
    public static GapLine of(CompetenceView competence, int requiredLevel, List<String> reasons,
            @Nullable Assessment assessment, List<EvidenceView> evidence, LocalDate today) {
        return ofLatestEvidence(competence, requiredLevel, reasons, assessment, latestExpiry(competence, evidence),
                today);
    }

    /**
     * The same rule when the latest expiry date among the person's evidence of this competence is known
     * already (null when none has one), as when counting over many people.
     */
    public static GapLine ofLatestEvidence(CompetenceView competence, int requiredLevel, List<String> reasons,
            @Nullable Assessment assessment, @Nullable LocalDate latestEvidenceExpiry, LocalDate today) {
        Integer level = assessment == null ? null : assessment.effectiveLevel();
        LocalDate expiresOn = expiry(competence, assessment, latestEvidenceExpiry);
        GapStatus status;
        if (assessment == null || level == null) {
            status = GapStatus.NOT_ASSESSED;
        }
        else if (expiresOn != null && expiresOn.isBefore(today)) {
            status = GapStatus.EXPIRED;
        }
        else if (level < requiredLevel) {
            status = GapStatus.BELOW;
        }
        else {
            status = assessment.isValidated() ? GapStatus.MET : GapStatus.MET_NOT_VALIDATED;
        }
        return new GapLine(competence, requiredLevel, reasons, assessment, level, expiresOn, status);
    }

    /** The latest expiry date among the evidence of this competence, if any has one. */
    private static @Nullable LocalDate latestExpiry(CompetenceView competence, List<EvidenceView> evidence) {
        if (competence.validityMonths() == null) {
            return null;
        }
        return evidence.stream()
            .filter(e -> e.frameworkId() == competence.frameworkId() && e.competenceCode().equals(competence.code()))
            .map(EvidenceView::expiresOn)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    }

    public int gap() {
        return level == null ? requiredLevel : Math.max(0, requiredLevel - level);
    }

    /** Met today, but its certificate or assessment runs out within {@value #EXPIRY_WARNING_DAYS} days. */
    public boolean expiresSoon(LocalDate today) {
        return status.isMet() && expiresOn != null && !expiresOn.isAfter(today.plusDays(EXPIRY_WARNING_DAYS));
    }

    /** Validated by a leader, and not self-assessed again since. */
    public boolean validated() {
        return assessment != null && assessment.isValidated();
    }

    /** For a competence that must be renewed: the latest evidence expiry, else the last assessment plus validity. */
    private static @Nullable LocalDate expiry(CompetenceView competence, @Nullable Assessment assessment,
            @Nullable LocalDate latestEvidenceExpiry) {
        Integer months = competence.validityMonths();
        if (months == null) {
            return null;
        }
        if (latestEvidenceExpiry != null) {
            return latestEvidenceExpiry;
        }
        if (assessment == null) {
            return null;
        }
        OffsetDateTime basis = assessment.isValidated() ? assessment.validatedAt() : assessment.selfAssessedAt();
        return basis == null ? null : basis.atZoneSameInstant(NorwegianTime.ZONE).toLocalDate().plusMonths(months);
    }

}
