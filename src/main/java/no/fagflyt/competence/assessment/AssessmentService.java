package no.fagflyt.competence.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.fagflyt.competence.framework.CompetenceKey;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.framework.VersionStatus;
import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessment by the employee, validation by a leader, and evidence. Each change is audit-logged and
 * written to the append-only history; a leader validating a stale page meets an optimistic-lock conflict.
 */
@Service
public class AssessmentService {

    /** The room for a name in the history, evidence and validation columns. */
    private static final int ACTOR_LENGTH = 100;

    public static final String AUDIT_ASSESSMENT = "KOMPETANSEVURDERING";

    private final AssessmentRepository assessments;

    private final FrameworkQueries frameworks;

    private final AccessPolicy accessPolicy;

    private final AuditLog auditLog;

    private final JdbcClient jdbc;

    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, FrameworkQueries frameworks, AccessPolicy accessPolicy,
            AuditLog auditLog, JdbcClient jdbc, Clock clock) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A leader or competence adviser over the person, never the person themselves. */
    public boolean canValidate(CurrentUser user, long personId) {
        boolean role = user.has(Role.LEDER) || user.has(Role.KOMPETANSERADGIVER);
        return role && !Long.valueOf(personId).equals(user.personId()) && accessPolicy.canSeePerson(user, personId);
    }

    @Transactional
    public Outcome<Assessment> selfAssess(CurrentUser user, long competenceId, @Nullable Integer level,
            @Nullable String comment) {
        Long personId = user.personId();
        if (personId == null) {
            throw new AccessDeniedProblem("Brukeren er ikke knyttet til en ansatt");
        }
        CompetenceView competence = frameworks.competence(competenceId);
        if (competence.versionStatus() != VersionStatus.PUBLISHED) {
            return Outcome.refused("competenceId", "competence.error.notPublished");
        }
        FrameworkVersion version = frameworks.version(competence.versionId());
        if (level == null || !version.hasLevel(level)) {
            return Outcome.refused("level", "competence.error.levelNotOnScale", version.highestLevel());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Assessment assessment = assessments
            .findByPersonIdAndFrameworkIdAndCompetenceCode(personId, competence.frameworkId(), competence.code())
            .orElseGet(() -> Assessment.start(personId, competence.frameworkId(), competence.code(), competenceId));
        assessment.selfAssess(competenceId, level, blankToNull(comment), now);
        assessment = assessments.save(assessment);
        history(assessment, competenceId, HistoryKind.SELF, level, blankToNull(comment), nameOf(user), now);
        auditLog.record(AuditAction.UPDATE, AUDIT_ASSESSMENT, assessment.id(), competence.name(),
                "Egenvurdering nivå " + level);
        return Outcome.done(assessment);
    }

    @Transactional
    public Outcome<Assessment> validate(CurrentUser user, long assessmentId, int seenVersion, @Nullable Integer level,
            @Nullable String comment) {
        Assessment assessment = assessment(assessmentId);
        if (!canValidate(user, assessment.personId())) {
            throw new AccessDeniedProblem("Kan ikke validere for person " + assessment.personId());
        }
        assessment.expectVersion(seenVersion);
        CompetenceView competence = frameworks.competence(assessment.competenceId());
        FrameworkVersion version = frameworks.version(competence.versionId());
        if (level == null || !version.hasLevel(level)) {
            return Outcome.refused("level", "competence.error.levelNotOnScale", version.highestLevel());
        }
        if (assessment.adjusts(level) && blankToNull(comment) == null) {
            return Outcome.refused("comment", "competence.error.adjustmentNeedsComment");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        HistoryKind kind = assessment.validate(level, blankToNull(comment), nameOf(user), now);
        assessment = assessments.save(assessment);
        history(assessment, assessment.competenceId(), kind, level, blankToNull(comment), nameOf(user), now);
        auditLog.record(AuditAction.UPDATE, AUDIT_ASSESSMENT, assessment.id(), competence.name(),
                (kind == HistoryKind.VALIDATED ? "Validert" : "Justert") + " til nivå " + level);
        return Outcome.done(assessment);
    }

    /** Registers documentation; the person themselves or someone who may validate for them. */
    @Transactional
    public Outcome<Long> addEvidence(CurrentUser user, long personId, long competenceId, EvidenceKind kind,
            String title, LocalDate issuedOn, @Nullable LocalDate expiresOn, @Nullable String note) {
        if (!Long.valueOf(personId).equals(user.personId()) && !canValidate(user, personId)) {
            throw new AccessDeniedProblem("Kan ikke registrere dokumentasjon for person " + personId);
        }
        CompetenceView competence = frameworks.competence(competenceId);
        if (competence.versionStatus() != VersionStatus.PUBLISHED) {
            return Outcome.refused("competenceId", "competence.error.notPublished");
        }
        LocalDate today = LocalDate.now(clock);
        if (issuedOn.isAfter(today)) {
            return Outcome.refused("issuedOn", "competence.error.evidenceInFuture");
        }
        if (expiresOn != null && expiresOn.isBefore(issuedOn)) {
            return Outcome.refused("expiresOn", "competence.error.expiryBeforeIssue");
        }
        // A certificate for a competence that must be renewed expires with it, unless the certificate says otherwise.
        LocalDate expiry = expiresOn;
        if (expiry == null && kind == EvidenceKind.CERTIFICATE && competence.validityMonths() != null) {
            expiry = issuedOn.plusMonths(competence.validityMonths());
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into competence_evidence (person_id, framework_id, competence_code, competence_id, kind, title,
                                                 issued_on, expires_on, note, registered_by, registered_at)
                values (:person, :framework, :code, :competence, :kind, :title, :issued, :expires, :note, :by, :at)
                """)
            .param("person", personId)
            .param("framework", competence.frameworkId())
            .param("code", competence.code())
            .param("competence", competenceId)
            .param("kind", kind.name())
            .param("title", title.strip())
            .param("issued", issuedOn)
            .param("expires", expiry)
            .param("note", blankToNull(note))
            .param("by", nameOf(user))
            .param("at", OffsetDateTime.now(clock))
            .update(keys, "id");
        auditLog.record(AuditAction.CREATE, AUDIT_ASSESSMENT, personId, competence.name(), "Dokumentasjon: " + title);
        return Outcome.done(keys.getKeyAs(Long.class));
    }

    public Assessment assessment(long assessmentId) {
        return assessments.findById(assessmentId)
            .orElseThrow(() -> new NotFoundProblem("Vurdering " + assessmentId));
    }

    private static final String ASSESSMENT_COLUMNS = """
            id, person_id, framework_id, competence_code, competence_id, self_level, self_comment, self_assessed_at,
            validated_level, validation_comment, validated_by, validated_at, version
            """;

    // The same columns in the same places, those that judging a requirement does not need left empty.
    private static final String STANDING_COLUMNS = """
            cast(null as bigint) as id, person_id, framework_id, competence_code, competence_id, self_level,
            cast(null as varchar(1)) as self_comment, self_assessed_at, validated_level,
            cast(null as varchar(1)) as validation_comment, cast(null as varchar(1)) as validated_by, validated_at,
            0 as version
            """;

    /** Unchecked: callers check access and write the audit log. */
    public List<Assessment> assessmentsOf(Collection<Long> personIds) {
        return assessments(ASSESSMENT_COLUMNS, personIds);
    }

    /**
     * Unchecked: callers check access and write the audit log. The assessments of many people with only what
     * judging a requirement needs (levels and when they were set; no id, comments, validator or version), for
     * counting over a whole organisation. Never for showing or changing an assessment.
     */
    public List<Assessment> standingsOf(Collection<Long> personIds) {
        return assessments(STANDING_COLUMNS, personIds);
    }

    // Mapped by hand and by position: for many people the generic entity mapping, and even looking the
    // columns up by name, cost more than the query.
    private List<Assessment> assessments(String columns, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + columns + " from competence_assessment where person_id in (:ids)")
            .param("ids", personIds)
            .query((rs, n) -> new Assessment(rs.getObject(1, Long.class), rs.getLong(2), rs.getLong(3),
                    rs.getString(4), rs.getLong(5), rs.getObject(6, Integer.class), rs.getString(7),
                    rs.getObject(8, OffsetDateTime.class), rs.getObject(9, Integer.class), rs.getString(10),
                    rs.getString(11), rs.getObject(12, OffsetDateTime.class), rs.getInt(13)))
            .list();
    }

    /** Unchecked: callers check access and write the audit log. */
    public List<EvidenceView> evidenceOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, person_id, framework_id, competence_code, competence_id, kind, title, issued_on, expires_on,
                       note, registered_by
                from competence_evidence where person_id in (:ids) order by issued_on desc, id desc
                """)
            .param("ids", personIds)
            .query((rs, n) -> new EvidenceView(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("framework_id"),
                    rs.getString("competence_code"), rs.getLong("competence_id"),
                    EvidenceKind.valueOf(rs.getString("kind")), rs.getString("title"),
                    rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                    rs.getString("note"), rs.getString("registered_by")))
            .list();
    }

    /**
     * Unchecked: callers check access and write the audit log. Per person and competence the latest expiry
     * date of their evidence, where any has one: all that judging a requirement needs of the evidence, read
     * without the evidence itself when counting over many people.
     */
    public Map<Long, Map<CompetenceKey, LocalDate>> latestEvidenceExpiries(Collection<Long> personIds) {
        Map<Long, Map<CompetenceKey, LocalDate>> latest = new HashMap<>();
        if (personIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                select person_id, framework_id, competence_code, max(expires_on) as expires_on
                from competence_evidence where person_id in (:ids) and expires_on is not null
                group by person_id, framework_id, competence_code
                """)
            .param("ids", personIds)
            .query(rs -> {
                latest.computeIfAbsent(rs.getLong("person_id"), k -> new HashMap<>())
                    .put(new CompetenceKey(rs.getLong("framework_id"), rs.getString("competence_code")),
                            rs.getObject("expires_on", LocalDate.class));
            });
        return latest;
    }

    /** Unchecked: callers check access and write the audit log. */
    public List<HistoryEntry> historyOf(long personId) {
        return jdbc.sql("""
                select assessment_id, competence_id, kind, level_no, comment, actor, occurred_at
                from assessment_history where person_id = :person order by occurred_at desc, id desc
                """)
            .param("person", personId)
            .query((rs, n) -> new HistoryEntry(rs.getLong("assessment_id"), rs.getLong("competence_id"),
                    HistoryKind.valueOf(rs.getString("kind")), rs.getInt("level_no"), rs.getString("comment"),
                    rs.getString("actor"), rs.getObject("occurred_at", OffsetDateTime.class)))
            .list();
    }

    private void history(Assessment assessment, long competenceId, HistoryKind kind, int level,
            @Nullable String comment, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into assessment_history (assessment_id, person_id, competence_id, kind, level_no, comment, actor,
                                                occurred_at)
                values (:assessment, :person, :competence, :kind, :level, :comment, :actor, :at)
                """)
            .param("assessment", assessment.id())
            .param("person", assessment.personId())
            .param("competence", competenceId)
            .param("kind", kind.name())
            .param("level", level)
            .param("comment", comment)
            .param("actor", actor)
            .param("at", now)
            .update();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Who did it, as shown to people: the person's name (the username for an account without a person). */
    private static String nameOf(CurrentUser user) {
        String name = user.displayName();
        return name.length() <= ACTOR_LENGTH ? name : name.substring(0, ACTOR_LENGTH);
    }

}
