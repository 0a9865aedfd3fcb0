package no.fagflyt.competence.task;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared task library (kept by the competence advisers) and each unit's adopted tasks (kept by the
 * unit's leaders): performers and the competences a task needs.
 */
@Service
public class TaskCatalogue {

    public static final String AUDIT_TASK = "OPPGAVE";

    private final JdbcClient jdbc;

    private final FrameworkQueries frameworks;

    private final AccessPolicy accessPolicy;

    private final AuditLog auditLog;

    private final Clock clock;

    TaskCatalogue(JdbcClient jdbc, FrameworkQueries frameworks, AccessPolicy accessPolicy, AuditLog auditLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The unit's leaders and the competence advisers whose scope holds the unit (and the administrator). The
     * adviser role itself opens only the shared library, never another organisation's units.
     */
    public boolean canEditUnit(CurrentUser user, long unitId) {
        return accessPolicy.canSeePeopleOf(user, unitId);
    }

    @Transactional
    public Outcome<Long> createTask(CurrentUser user, String code, String name, @Nullable String description) {
        if (!FrameworkCatalogue.canEdit(user)) {
            throw new AccessDeniedProblem("Bare kompetanserådgivere kan endre oppgavebiblioteket");
        }
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (jdbc.sql("select count(*) from task where code = :code").param("code", normalised).query(Long.class)
            .single() > 0) {
            return Outcome.refused("code", "competence.task.error.codeTaken", normalised);
        }
        jdbc.sql("insert into task (code, name, description, created_by, created_at)"
                + " values (:code, :name, :description, :by, :at)")
            .param("code", normalised)
            .param("name", name.strip())
            .param("description", description)
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
        long id = jdbc.sql("select id from task where code = :code").param("code", normalised).query(Long.class)
            .single();
        auditLog.record(AuditAction.CREATE, AUDIT_TASK, id, name, null);
        return Outcome.done(id);
    }

    public List<TaskView> library() {
        return jdbc.sql("""
                select t.id, t.code, t.name, t.description,
                       (select count(*) from unit_task ut where ut.task_id = t.id) as units
                from task t order by t.name
                """)
            .query((rs, n) -> new TaskView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                    rs.getString("description"), rs.getInt("units")))
            .list();
    }

    /** The unit takes a library task into use; adopting it twice answers the existing one. */
    @Transactional
    public Outcome<Long> adopt(CurrentUser user, long unitId, long taskId) {
        requireUnit(user, unitId);
        if (jdbc.sql("select count(*) from task where id = :id").param("id", taskId).query(Long.class).single() == 0) {
            return Outcome.refused("taskId", "competence.task.error.unknown");
        }
        var existing = jdbc.sql("select id from unit_task where unit_id = :unit and task_id = :task")
            .param("unit", unitId)
            .param("task", taskId)
            .query(Long.class)
            .optional();
        if (existing.isPresent()) {
            return Outcome.done(existing.get());
        }
        jdbc.sql("insert into unit_task (unit_id, task_id, adopted_by, adopted_at) values (:unit, :task, :by, :at)")
            .param("unit", unitId)
            .param("task", taskId)
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
        long id = jdbc.sql("select id from unit_task where unit_id = :unit and task_id = :task")
            .param("unit", unitId)
            .param("task", taskId)
            .query(Long.class)
            .single();
        auditLog.record(AuditAction.CREATE, AUDIT_TASK, "enhet:" + unitId, null, "Oppgave " + taskId + " tatt i bruk");
        return Outcome.done(id);
    }

    /** Replaces who performs the task: professions by code and/or named people by id. */
    @Transactional
    public void setPerformers(CurrentUser user, long unitTaskId, Collection<String> professions,
            Collection<Long> people) {
        long unitId = unitOf(unitTaskId);
        requireUnit(user, unitId);
        jdbc.sql("delete from unit_task_performer where unit_task_id = :id").param("id", unitTaskId).update();
        for (String profession : new LinkedHashSet<>(professions)) {
            insertPerformer(unitTaskId, "PROFESSION", profession);
        }
        for (Long person : new LinkedHashSet<>(people)) {
            insertPerformer(unitTaskId, "PERSON", String.valueOf(person));
        }
        auditLog.record(AuditAction.UPDATE, AUDIT_TASK, "enhet:" + unitId, null,
                "Utførere av oppgave " + unitTaskId + ": " + professions.size() + " yrkesgrupper, " + people.size()
                        + " personer");
    }

    /** Sets the level a task needs of a competence; a second call for the same competence changes it. */
    @Transactional
    public Outcome<Long> require(CurrentUser user, long unitTaskId, @Nullable Long competenceId,
            @Nullable Integer level) {
        requireUnit(user, unitOf(unitTaskId));
        Outcome<CompetenceView> target = frameworks.requirable(competenceId, level);
        if (target instanceof Outcome.Refused<CompetenceView> refused) {
            return Outcome.refused(refused.field(), refused.messageKey(), refused.argumentArray());
        }
        CompetenceView competence = ((Outcome.Done<CompetenceView>) target).value();
        jdbc.sql("delete from task_requirement where unit_task_id = :task and framework_id = :framework"
                + " and competence_code = :code")
            .param("task", unitTaskId)
            .param("framework", competence.frameworkId())
            .param("code", competence.code())
            .update();
        jdbc.sql("""
                insert into task_requirement (unit_task_id, framework_id, competence_code, competence_id, required_level)
                values (:task, :framework, :code, :competence, :level)
                """)
            .param("task", unitTaskId)
            .param("framework", competence.frameworkId())
            .param("code", competence.code())
            .param("competence", competenceId)
            .param("level", level)
            .update();
        auditLog.record(AuditAction.UPDATE, AUDIT_TASK, "oppgave:" + unitTaskId, competence.name(), "Nivå " + level);
        return Outcome.done(jdbc.sql("select id from task_requirement where unit_task_id = :task"
                + " and framework_id = :framework and competence_code = :code")
            .param("task", unitTaskId)
            .param("framework", competence.frameworkId())
            .param("code", competence.code())
            .query(Long.class)
            .single());
    }

    /** The unit stops doing the task: its performers and competence needs go with it. */
    @Transactional
    public void stopUsing(CurrentUser user, long unitTaskId) {
        long unitId = unitOf(unitTaskId);
        requireUnit(user, unitId);
        String name = jdbc.sql("select t.name from unit_task ut join task t on t.id = ut.task_id where ut.id = :id")
            .param("id", unitTaskId)
            .query(String.class)
            .single();
        jdbc.sql("delete from unit_task where id = :id").param("id", unitTaskId).update();
        auditLog.record(AuditAction.DELETE, AUDIT_TASK, "enhet:" + unitId, name, "Oppgave tatt ut av bruk");
    }

    /** Drops one competence need from a task; the people who perform it no longer need that competence for it. */
    @Transactional
    public void removeNeed(CurrentUser user, long unitTaskId, long requirementId) {
        requireUnit(user, unitOf(unitTaskId));
        int removed = jdbc.sql("delete from task_requirement where id = :id and unit_task_id = :task")
            .param("id", requirementId)
            .param("task", unitTaskId)
            .update();
        if (removed == 0) {
            throw new NotFoundProblem("Krav " + requirementId + " for oppgave " + unitTaskId);
        }
        auditLog.record(AuditAction.DELETE, AUDIT_TASK, "oppgave:" + unitTaskId, null, "Krav " + requirementId + " fjernet");
    }

    /** The tasks adopted by these units with performers and requirements, in three queries. */
    public List<UnitTask> ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        record Head(long id, long unitId, long taskId, String code, String name) {
        }
        // Each task with its performers, one row per performer (or one without when it has none).
        Map<Long, Head> headsById = new LinkedHashMap<>();
        Map<Long, Set<String>> professions = new HashMap<>();
        Map<Long, Set<Long>> people = new HashMap<>();
        jdbc.sql("""
                select ut.id, ut.unit_id, t.id as task_id, t.code, t.name, p.performer_type, p.performer_key
                from unit_task ut
                join task t on t.id = ut.task_id
                left join unit_task_performer p on p.unit_task_id = ut.id
                where ut.unit_id in (:units) order by t.name, ut.unit_id, ut.id
                """)
            .param("units", unitIds)
            .query(rs -> {
                long id = rs.getLong("id");
                if (!headsById.containsKey(id)) {
                    headsById.put(id, new Head(id, rs.getLong("unit_id"), rs.getLong("task_id"), rs.getString("code"),
                            rs.getString("name")));
                }
                String type = rs.getString("performer_type");
                if ("PROFESSION".equals(type)) {
                    professions.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(rs.getString("performer_key"));
                }
                else if (type != null) {
                    people.computeIfAbsent(id, k -> new LinkedHashSet<>())
                        .add(Long.parseLong(rs.getString("performer_key")));
                }
            });
        if (headsById.isEmpty()) {
            return List.of();
        }
        List<Head> heads = List.copyOf(headsById.values());
        List<Long> ids = List.copyOf(headsById.keySet());
        // As for requirement profiles: a level set on an older version reads as the same code in the
        // version now published.
        record Req(long id, long unitTaskId, long competenceId, int level) {
        }
        List<Req> reqs = jdbc.sql("""
                select r.id, r.unit_task_id, r.required_level,
                       coalesce((select max(c.id) from competence c
                                   join framework_version v on v.id = c.framework_version_id
                                  where v.framework_id = r.framework_id and v.status = 'PUBLISHED'
                                    and c.code = r.competence_code), r.competence_id) as competence_id
                from task_requirement r where r.unit_task_id in (:ids) order by r.id
                """)
            .param("ids", ids)
            .query((rs, n) -> new Req(rs.getLong("id"), rs.getLong("unit_task_id"), rs.getLong("competence_id"),
                    rs.getInt("required_level")))
            .list();
        Map<Long, CompetenceView> competences = new HashMap<>();
        frameworks.competences(reqs.stream().map(Req::competenceId).distinct().toList())
            .forEach(c -> competences.put(c.id(), c));
        Map<Long, List<TaskRequirement>> byTask = new LinkedHashMap<>();
        for (Req req : reqs) {
            byTask.computeIfAbsent(req.unitTaskId(), k -> new ArrayList<>())
                .add(new TaskRequirement(req.id(), competences.get(req.competenceId()), req.level()));
        }
        return heads.stream()
            .map(h -> new UnitTask(h.id(), h.unitId(), h.taskId(), h.code(), h.name(),
                    professions.getOrDefault(h.id(), Set.of()), people.getOrDefault(h.id(), Set.of()),
                    byTask.getOrDefault(h.id(), List.of())))
            .toList();
    }

    private void insertPerformer(long unitTaskId, String type, String key) {
        jdbc.sql("insert into unit_task_performer (unit_task_id, performer_type, performer_key) values (:id, :type, :key)")
            .param("id", unitTaskId)
            .param("type", type)
            .param("key", key)
            .update();
    }

    private long unitOf(long unitTaskId) {
        return jdbc.sql("select unit_id from unit_task where id = :id")
            .param("id", unitTaskId)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundProblem("Oppgave " + unitTaskId));
    }

    private void requireUnit(CurrentUser user, long unitId) {
        if (!canEditUnit(user, unitId)) {
            throw new AccessDeniedProblem("Kan ikke endre oppgaver i enhet " + unitId);
        }
    }

}
