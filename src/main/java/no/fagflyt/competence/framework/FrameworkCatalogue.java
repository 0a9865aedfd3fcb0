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
        copyContent(published.id(), draft.id());
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
        storeTree(version.id(), content);
        auditLog.record(AuditAction.IMPORT, AUDIT_FRAMEWORK, version.frameworkId(), "Versjon " + version.number(),
                source + ": " + content.areas().size() + " områder, " + content.competenceCount() + " kompetanser, "
                        + content.depth() + " nivåer, " + content.relations().size() + " kryssreferanser");
        return Outcome.done(version);
    }

    /** What the file said about the framework and its scale beyond our own fields, and the tree below it. */
    private void storeTree(long versionId, FrameworkContent content) {
        FrameworkContent.ScaleSetup setup = content.scaleSetup();
        jdbc.sql("""
                update framework_version set external_id = :externalId, uri = :uri, description_format = :format,
                       taxonomies = :taxonomies, scale_external_id = :scaleId, scale_default = :scaleDefault,
                       scale_proficient = :proficient
                where id = :v
                """)
            .param("externalId", content.origin().externalId())
            .param("uri", content.origin().uri())
            .param("format", content.origin().descriptionFormat())
            .param("taxonomies", content.taxonomies())
            .param("scaleId", setup.externalScaleId())
            .param("scaleDefault", setup.defaultLevel())
            .param("proficient", setup.proficientLevels().isEmpty() ? null
                    : setup.proficientLevels().stream().map(String::valueOf).collect(
                            java.util.stream.Collectors.joining(",")))
            .param("v", versionId)
            .update();
        int[] areaOrder = { 0 };
        int[] competenceOrder = { 0 };
        for (FrameworkContent.Area area : content.areas()) {
            long areaId = insertArea(versionId, area, areaOrder[0] += 10);
            for (FrameworkContent.Competence competence : area.competences()) {
                insertTree(versionId, areaId, null, 1, competence, competenceOrder);
            }
        }
        int relationOrder = 0;
        for (FrameworkContent.Relation relation : content.relations()) {
            jdbc.sql("""
                    insert into competence_relation (framework_version_id, relation_type, origin_ref, origin_uri,
                                                     origin_title, destination_ref, destination_uri, destination_title,
                                                     external_id, sort_order)
                    values (:v, :type, :origin, :originUri, :originTitle, :destination, :destinationUri,
                            :destinationTitle, :externalId, :o)
                    """)
                .param("v", versionId)
                .param("type", relation.type())
                .param("origin", relation.originRef())
                .param("originUri", relation.originUri())
                .param("originTitle", relation.originTitle())
                .param("destination", relation.destinationRef())
                .param("destinationUri", relation.destinationUri())
                .param("destinationTitle", relation.destinationTitle())
                .param("externalId", relation.externalId())
                .param("o", relationOrder += 10)
                .update();
        }
    }

    private void insertTree(long versionId, long areaId, @Nullable Long parentId, int depth,
            FrameworkContent.Competence competence, int[] order) {
        long id = insertCompetence(versionId, areaId, competence, order[0] += 10);
        jdbc.sql("update competence set parent_id = :parent, depth = :depth where id = :id")
            .param("parent", parentId)
            .param("depth", depth)
            .param("id", id)
            .update();
        for (FrameworkContent.Competence child : competence.children()) {
            insertTree(versionId, areaId, id, depth + 1, child, order);
        }
    }

    /** A new draft's tree, scale setup and relations as a copy of another version's. */
    private void copyContent(long from, long to) {
        jdbc.sql("""
                update framework_version set (external_id, uri, description_format, taxonomies, scale_external_id,
                                              scale_default, scale_proficient) =
                    (select external_id, uri, description_format, taxonomies, scale_external_id, scale_default,
                            scale_proficient from framework_version where id = :from)
                where id = :to
                """).param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into competence_area (framework_version_id, code, name, sort_order, description, %s, synthetic)
                select :to, code, name, sort_order, description, %s, synthetic
                from competence_area where framework_version_id = :from
                """.formatted(ORIGIN_COLUMNS, ORIGIN_COLUMNS)).param("to", to).param("from", from).update();
        jdbc.sql("""
                insert into competence (framework_version_id, area_id, code, name, description, kind, tacit_category,
                                        validity_months, mandatory, core, sort_order, depth, %s)
                select :to, na.id, c.code, c.name, c.description, c.kind, c.tacit_category, c.validity_months,
                       c.mandatory, c.core, c.sort_order, c.depth, %s
                from competence c
                join competence_area oa on oa.id = c.area_id
                join competence_area na on na.framework_version_id = :to and na.code = oa.code
                where c.framework_version_id = :from
                """.formatted(ORIGIN_COLUMNS, prefixed("c.")))
            .param("to", to)
            .param("from", from)
            .update();
        jdbc.sql("""
                update competence set parent_id = (
                    select np.id from competence oc
                    join competence op on op.id = oc.parent_id
                    join competence np on np.framework_version_id = :to and np.code = op.code
                    where oc.framework_version_id = :from and oc.code = competence.code)
                where framework_version_id = :to
                """).param("to", to).param("from", from).update();
        jdbc.sql("""
                insert into competence_relation (framework_version_id, relation_type, origin_ref, origin_uri,
                                                 origin_title, destination_ref, destination_uri, destination_title,
                                                 external_id, sort_order)
                select :to, relation_type, origin_ref, origin_uri, origin_title, destination_ref, destination_uri,
                       destination_title, external_id, sort_order
                from competence_relation where framework_version_id = :from
                """).param("to", to).param("from", from).update();
    }

    /** The columns that keep what another system called a node, the same in competence_area and competence. */
    static final String ORIGIN_COLUMNS = "description_format, external_id, uri, human_code, item_type, link_id,"
            + " rule_type, rule_outcome, rule_config, name_shortened";

    private static String prefixed(String alias) {
        return java.util.Arrays.stream(ORIGIN_COLUMNS.split(",\\s*")).map(column -> alias + column)
            .collect(java.util.stream.Collectors.joining(", "));
    }

    private long insertArea(long versionId, String code, String name, int order) {
        return insertArea(versionId, new FrameworkContent.Area(code, name, List.of()), order);
    }

    private long insertArea(long versionId, FrameworkContent.Area area, int order) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        originParams(jdbc.sql("""
                insert into competence_area (framework_version_id, code, name, sort_order, description, synthetic, %s)
                values (:v, :code, :name, :o, :description, :synthetic, %s)
                """.formatted(ORIGIN_COLUMNS, ORIGIN_PARAMS)), area.origin())
            .param("v", versionId)
            .param("code", area.code())
            .param("name", area.name())
            .param("o", order)
            .param("description", area.description())
            .param("synthetic", area.synthetic())
            .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private long insertCompetence(long versionId, long areaId, FrameworkContent.Competence competence, int order) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        originParams(jdbc.sql("""
                insert into competence (framework_version_id, area_id, code, name, description, kind, tacit_category,
                                        validity_months, mandatory, core, sort_order, %s)
                values (:v, :area, :code, :name, :description, :kind, :tacit, :validity, :mandatory, :core, :o, %s)
                """.formatted(ORIGIN_COLUMNS, ORIGIN_PARAMS)), competence.origin())
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

    private static final String ORIGIN_PARAMS = ":descriptionFormat, :externalId, :uri, :humanCode, :itemType,"
            + " :linkId, :ruleType, :ruleOutcome, :ruleConfig, :nameShortened";

    private static JdbcClient.StatementSpec originParams(JdbcClient.StatementSpec spec, FrameworkContent.Origin origin) {
        return spec.param("descriptionFormat", origin.descriptionFormat())
            .param("externalId", origin.externalId())
            .param("uri", origin.uri())
            .param("humanCode", origin.humanCode())
            .param("itemType", origin.itemType())
            .param("linkId", origin.linkId())
            .param("ruleType", origin.ruleType())
            .param("ruleOutcome", origin.ruleOutcome())
            .param("ruleConfig", origin.ruleConfig())
            .param("nameShortened", origin.nameShortened());
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
