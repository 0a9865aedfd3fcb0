package no.fagflyt.competence.framework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and edits frameworks. Content changes only in a draft version; every change saves the version
 * row too, so two editors working on the same draft meet an optimistic-lock conflict instead of
 * overwriting each other.
 */
@Service
public class FrameworkCatalogue {

    public static final String AUDIT_FRAMEWORK = "KOMPETANSERAMMEVERK";

    /** A four-step scale that fits most office and support work; editable while the version is a draft. */
    public static final List<ScaleLevel> DEFAULT_SCALE = List.of(
            new ScaleLevel(1, "Kjenner til", "Vet hva oppgaven går ut på og hvor rutinen står, men utfører den ikke selv."),
            new ScaleLevel(2, "Under veiledning", "Utfører oppgaven med støtte fra en kollega og sjekker arbeidet."),
            new ScaleLevel(3, "Selvstendig", "Utfører oppgaven selvstendig og trygt, også når noe avviker fra det vanlige."),
            new ScaleLevel(4, "Kan lære bort", "Er ressursperson: lærer opp andre, forbedrer rutinen og tar vanskelige saker."));

    private final FrameworkRepository frameworks;

    private final FrameworkVersionRepository versions;

    private final JdbcClient jdbc;

    private final AuditLog auditLog;

    private final Clock clock;

    FrameworkCatalogue(FrameworkRepository frameworks, FrameworkVersionRepository versions, JdbcClient jdbc,
            AuditLog auditLog, Clock clock) {
        this.frameworks = frameworks;
        this.versions = versions;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public static boolean canEdit(CurrentUser user) {
        return user.isAdministrator() || user.has(Role.KOMPETANSERADGIVER);
    }

    /** A new framework with a first draft version on the default scale; answers the draft. */
    @Transactional
    public Outcome<FrameworkVersion> createFramework(CurrentUser user, String code, String name,
            @Nullable String description) {
        requireEditor(user);
        return create(code, name, description, DEFAULT_SCALE);
    }

    @Transactional
    public Outcome<FrameworkVersion> describeLevel(CurrentUser user, long versionId, int seenVersion, int levelNo,
            String name, String descriptor) {
        requireEditor(user);
        FrameworkVersion version = draft(versionId, seenVersion);
        if (!version.isDraft()) {
            return Outcome.refused("levelNo", "competence.error.notDraft");
        }
        if (!version.hasLevel(levelNo) && levelNo != version.highestLevel() + 1) {
            return Outcome.refused("levelNo", "competence.error.levelOutsideScale", levelNo, version.highestLevel() + 1);
        }
        if (levelNo > 9) {
            return Outcome.refused("levelNo", "competence.error.scaleTooLong");
        }
        version.describeLevel(levelNo, name.strip(), descriptor.strip());
        version = versions.save(version);
        audit(AuditAction.UPDATE, version, "Nivå " + levelNo + " " + name.strip());
        return Outcome.done(version);
    }

    @Transactional
    public Outcome<Long> addArea(CurrentUser user, long versionId, int seenVersion, String code, String name) {
        requireEditor(user);
        FrameworkVersion version = draft(versionId, seenVersion);
        return addArea(version, code, name);
    }

    @Transactional
    public Outcome<Long> addCompetence(CurrentUser user, long versionId, int seenVersion, CompetenceDraft draft) {
        requireEditor(user);
        FrameworkVersion version = draft(versionId, seenVersion);
        return addCompetence(version, draft);
    }

    @Transactional
    public Outcome<FrameworkVersion> removeCompetence(CurrentUser user, long versionId, int seenVersion,
            long competenceId) {
        requireEditor(user);
        FrameworkVersion version = draft(versionId, seenVersion);
        if (!version.isDraft()) {
            return Outcome.refused("competenceId", "competence.error.notDraft");
        }
        jdbc.sql("delete from competence where id = :id and framework_version_id = :v")
            .param("id", competenceId)
            .param("v", versionId)
            .update();
        version = versions.save(version);
        audit(AuditAction.DELETE, version, "Kompetanse " + competenceId);
        return Outcome.done(version);
    }

    /** Publishes a draft; the version in use until now is retired but stays readable. */
    @Transactional
    public Outcome<FrameworkVersion> publish(CurrentUser user, long versionId, int seenVersion) {
        requireEditor(user);
        return publish(draft(versionId, seenVersion));
    }

    /** Starts the next version as a copy of the one in use, so changes never rewrite what is published. */
    @Transactional
    public Outcome<FrameworkVersion> startNewVersion(CurrentUser user, long frameworkId) {
        requireEditor(user);
        List<FrameworkVersion> all = versions.findByFrameworkIdOrderByNumberDesc(frameworkId);
        if (all.stream().anyMatch(FrameworkVersion::isDraft)) {
            return Outcome.refused("frameworkId", "competence.error.draftExists");
        }
        FrameworkVersion published = all.stream().filter(FrameworkVersion::isPublished).findFirst().orElse(null);
        if (published == null) {
            return Outcome.refused("frameworkId", "competence.error.nothingPublished");
        }
        FrameworkVersion draft = versions.save(FrameworkVersion.draft(frameworkId, all.get(0).number() + 1,
                published.levels()));
        jdbc.sql("""
                insert into competence_area (framework_version_id, code, name, sort_order)
                select :draft, code, name, sort_order from competence_area where framework_version_id = :from
                """).param("draft", draft.id()).param("from", published.id()).update();
        jdbc.sql("""
                insert into competence (framework_version_id, area_id, code, name, description, kind, tacit_category,
                                        validity_months, mandatory, core, sort_order)
                select :draft, na.id, c.code, c.name, c.description, c.kind, c.tacit_category, c.validity_months,
                       c.mandatory, c.core, c.sort_order
                from competence c
                join competence_area oa on oa.id = c.area_id
                join competence_area na on na.framework_version_id = :draft and na.code = oa.code
                where c.framework_version_id = :from
                """).param("draft", draft.id()).param("from", published.id()).update();
        audit(AuditAction.CREATE, draft, "Ny utkastversjon fra versjon " + published.number());
        return Outcome.done(draft);
    }

    Outcome<FrameworkVersion> create(String code, String name, @Nullable String description, List<ScaleLevel> scale) {
        String cleanCode = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (frameworks.findByCode(cleanCode).isPresent()) {
            return Outcome.refused("code", "competence.error.frameworkCodeTaken", cleanCode);
        }
        Framework framework = frameworks.save(new Framework(cleanCode, name.strip(), blankToNull(description)));
        FrameworkVersion draft = versions.save(FrameworkVersion.draft(framework.id(), 1, scale));
        audit(AuditAction.CREATE, draft, framework.name());
        return Outcome.done(draft);
    }

    Outcome<Long> addArea(FrameworkVersion version, String code, String name) {
        if (!version.isDraft()) {
            return Outcome.refused("code", "competence.error.notDraft");
        }
        String cleanCode = code.strip().toUpperCase(java.util.Locale.ROOT);
        long taken = jdbc.sql("select count(*) from competence_area where framework_version_id = :v and code = :code")
            .param("v", version.id())
            .param("code", cleanCode)
            .query(Long.class)
            .single();
        if (taken > 0) {
            return Outcome.refused("code", "competence.error.areaCodeTaken", cleanCode);
        }
        int order = jdbc.sql("select coalesce(max(sort_order), 0) + 10 from competence_area where framework_version_id = :v")
            .param("v", version.id())
            .query(Integer.class)
            .single();
        long areaId = insertArea(version.id(), cleanCode, name.strip(), order);
        versions.save(version);
        audit(AuditAction.UPDATE, version, "Nytt område " + name.strip());
        return Outcome.done(areaId);
    }

    Outcome<Long> addCompetence(FrameworkVersion version, CompetenceDraft draft) {
        if (!version.isDraft()) {
            return Outcome.refused("code", "competence.error.notDraft");
        }
        long areaInVersion = jdbc.sql("select count(*) from competence_area where id = :a and framework_version_id = :v")
            .param("a", draft.areaId())
            .param("v", version.id())
            .query(Long.class)
            .single();
        if (areaInVersion == 0) {
            return Outcome.refused("areaId", "competence.error.areaNotInVersion");
        }
        String cleanCode = draft.code().strip().toUpperCase(java.util.Locale.ROOT);
        long taken = jdbc.sql("select count(*) from competence where framework_version_id = :v and code = :code")
            .param("v", version.id())
            .param("code", cleanCode)
            .query(Long.class)
            .single();
        if (taken > 0) {
            return Outcome.refused("code", "competence.error.competenceCodeTaken", cleanCode);
        }
        Integer validity = draft.validityMonths();
        if (validity != null && (validity < 1 || validity > 120)) {
            return Outcome.refused("validityMonths", "competence.error.validityMonths");
        }
        int order = jdbc.sql("select coalesce(max(sort_order), 0) + 10 from competence where framework_version_id = :v")
            .param("v", version.id())
            .query(Integer.class)
            .single();
        long competenceId = insertCompetence(version.id(), draft.areaId(), new FrameworkContent.Competence(cleanCode,
                draft.name().strip(), blankToNull(draft.description()), draft.kind(), draft.tacitCategory(), validity,
                draft.mandatory(), draft.core()), order);
        versions.save(version);
        audit(AuditAction.UPDATE, version, "Ny kompetanse " + draft.name().strip());
        return Outcome.done(competenceId);
    }

    /**
     * Stores imported content as a new framework, or as the next draft version of the framework with the same
     * code. The content has been checked by the reader; a clash found here (another draft started meanwhile)
     * is a refusal, and anything the database refuses rolls the whole import back.
     */
    @Transactional
    public Outcome<FrameworkVersion> importContent(CurrentUser user, FrameworkContent content, String source) {
        requireEditor(user);
        var existing = frameworks.findByCode(content.code());
        FrameworkVersion version;
        if (existing.isPresent()) {
            List<FrameworkVersion> all = versions.findByFrameworkIdOrderByNumberDesc(existing.get().id());
            var draft = all.stream().filter(FrameworkVersion::isDraft).findFirst();
            if (draft.isPresent()) {
                return Outcome.refused("file", "competence.exchange.error.draftExists", content.code(),
                        draft.get().number());
            }
            version = versions.save(FrameworkVersion.draft(existing.get().id(), all.isEmpty() ? 1
                    : all.get(0).number() + 1, content.scale()));
        }
        else {
            Outcome<FrameworkVersion> created = create(content.code(), content.name(), content.description(),
                    content.scale());
            if (!(created instanceof Outcome.Done<FrameworkVersion> done)) {
                return created;
            }
            version = done.value();
        }
        int areaOrder = 0;
        int competenceOrder = 0;
        for (FrameworkContent.Area area : content.areas()) {
            long areaId = insertArea(version.id(), area.code(), area.name(), areaOrder += 10);
            for (FrameworkContent.Competence competence : area.competences()) {
                insertCompetence(version.id(), areaId, competence, competenceOrder += 10);
            }
        }
        auditLog.record(AuditAction.IMPORT, AUDIT_FRAMEWORK, version.frameworkId(), "Versjon " + version.number(),
                source + ": " + content.areas().size() + " områder, " + content.competenceCount() + " kompetanser");
        return Outcome.done(version);
    }

    private long insertArea(long versionId, String code, String name, int order) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into competence_area (framework_version_id, code, name, sort_order) values (:v, :code, :name, :o)")
            .param("v", versionId)
            .param("code", code)
            .param("name", name)
            .param("o", order)
            .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private long insertCompetence(long versionId, long areaId, FrameworkContent.Competence competence, int order) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into competence (framework_version_id, area_id, code, name, description, kind, tacit_category,
                                        validity_months, mandatory, core, sort_order)
                values (:v, :area, :code, :name, :description, :kind, :tacit, :validity, :mandatory, :core, :o)
                """)
            .param("v", versionId)
            .param("area", areaId)
            .param("code", competence.code())
            .param("name", competence.name())
            .param("description", competence.description())
            .param("kind", competence.kind().name())
            .param("tacit", competence.tacitCategory() == null ? null : competence.tacitCategory().name())
            .param("validity", competence.validityMonths())
            .param("mandatory", competence.mandatory())
            .param("core", competence.core())
            .param("o", order)
            .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Outcome<FrameworkVersion> publish(FrameworkVersion version) {
        if (!version.isDraft()) {
            return Outcome.refused("versionId", "competence.error.notDraft");
        }
        long competences = jdbc.sql("select count(*) from competence where framework_version_id = :v")
            .param("v", version.id())
            .query(Long.class)
            .single();
        if (competences == 0) {
            return Outcome.refused("versionId", "competence.error.publishEmpty");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (FrameworkVersion other : versions.findByFrameworkIdOrderByNumberDesc(version.frameworkId())) {
            if (other.isPublished()) {
                other.retire(now);
                versions.save(other);
            }
        }
        version.publish(now);
        version = versions.save(version);
        audit(AuditAction.UPDATE, version, "Publisert");
        return Outcome.done(version);
    }

    private FrameworkVersion draft(long versionId, int seenVersion) {
        FrameworkVersion version = versions.findById(versionId)
            .orElseThrow(() -> new no.fagflyt.platform.NotFoundProblem("Rammeverksversjon " + versionId));
        version.expectVersion(seenVersion);
        return version;
    }

    private void audit(AuditAction action, FrameworkVersion version, String details) {
        auditLog.record(action, AUDIT_FRAMEWORK, version.frameworkId(), "Versjon " + version.number(), details);
    }

    private static void requireEditor(CurrentUser user) {
        if (!canEdit(user)) {
            throw new AccessDeniedProblem("Bare kompetanserådgiver og administrator kan endre rammeverk");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
