package no.fagflyt.competence.scale;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.ScaleLevel;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.PlannerStatistics;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Competence data for everyone in the database, for benchmarks on the organisation module's scale data
 * ({@code fagflyt.demo.scale-people}). From a fixed seed it writes six frameworks with a retired and a
 * published version, requirement profiles (per profession, position title, every unit and the tasks the
 * units with people adopt) giving each person about forty required competences, and for most of them an
 * assessment (self, and often validated, with history; some against the retired version) and evidence
 * (certificates with issue and expiry dates for competences that must be renewed, courses for others).
 * Plain JDBC batches, one transaction per thousand people, then the planner statistics refreshed (PostgreSQL);
 * written once, recognised by its framework codes.
 */
@Component
@Order(500)
@ConditionalOnProperty(name = "fagflyt.demo.enabled", havingValue = "true")
public class ScaleCompetenceData implements ApplicationRunner {

    public static final String FRAMEWORK_PREFIX = "SKALA-";

    private static final Logger log = LoggerFactory.getLogger(ScaleCompetenceData.class);

    private static final String ACTOR = "skaladata";

    private static final int PEOPLE_PER_STEP = 1000;

    private static final int BATCH_SIZE = 2000;

    private static final String[] FRAMEWORKS = { "Pasientsikkerhet og kvalitet", "Dokumentasjon og IKT",
            "Kommunikasjon og samhandling", "Smittevern og hygiene", "Legemiddelhåndtering", "Akutt og beredskap" };

    private static final String[] AREAS = { "Grunnleggende", "Rutiner og prosedyrer", "Systemer og verktøy",
            "Samarbeid og veiledning" };

    private static final String[] TASKS = { "Registrere henvisning", "Innkalling", "Ventelistebehandling", "Koding",
            "Sentralbord", "Arkivering", "Blodprøvetaking", "Pasienttransport", "Legemiddelutdeling",
            "Journalføring", "Smittevernrunde", "Opplæring av nyansatte" };

    private static final int COMPETENCES_PER_AREA = 8;

    /** Every table the data goes into, for refreshing the planner statistics afterwards. */
    private static final List<String> TABLES = List.of("competence_framework", "framework_version", "scale_level",
            "competence_area", "competence", "competence_requirement", "task", "unit_task", "unit_task_performer",
            "task_requirement", "competence_assessment", "assessment_history", "competence_evidence");

    // Requirements per scope, chosen so that a person in a unit four levels down has about forty in all.
    private static final int PER_PROFESSION = 18;

    private static final int PER_POSITION = 6;

    private static final int PER_UNIT = 5;

    private static final int TASKS_PER_UNIT = 2;

    private static final int PER_TASK = 3;

    private final JdbcClient jdbc;

    private final JdbcTemplate jdbcTemplate;

    private final TransactionTemplate transaction;

    private final Clock clock;

    private final PlannerStatistics statistics;

    private final int scalePeople;

    private final long seed;

    ScaleCompetenceData(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager,
            Clock clock, PlannerStatistics statistics, @Value("${fagflyt.demo.scale-people:0}") int scalePeople,
            @Value("${fagflyt.demo.seed:20261123}") long seed) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.statistics = statistics;
        this.scalePeople = scalePeople;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (scalePeople > 0) {
            writeIfMissing(seed);
        }
    }

    /** What was written, for the log and the benchmark report. */
    public record Result(int competences, int requirements, int unitTasks, long assessments, long history,
            long evidence, long people, long millis) {
    }

    /** Writes the data unless the scale frameworks exist already; answers null when they did. */
    public @Nullable Result writeIfMissing(long seed) {
        long existing = jdbc.sql("select count(*) from competence_framework where code like :prefix")
            .param("prefix", FRAMEWORK_PREFIX + "%")
            .query(Long.class)
            .single();
        if (existing > 0) {
            log.info("Scale competence data exists already; not written again");
            return null;
        }
        return write(seed);
    }

    private record Competence(long frameworkId, String code, long currentId, long oldId,
            @Nullable Integer validityMonths) {
    }

    private record Requirement(int competence, int level) {
    }

    private record UnitTask(long unitTaskId, List<String> professions, List<Requirement> requirements) {
    }

    private record Person(long id, long unitId, String profession, String position) {
    }

    private Result write(long seed) {
        long started = System.nanoTime();
        Random random = new Random(seed);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        List<Competence> pool = transaction.execute(status -> frameworks(random, now));
        Map<Long, String> paths = new HashMap<>();
        jdbc.sql("select id, path from org_unit").query(rs -> {
            paths.put(rs.getLong("id"), rs.getString("path"));
        });
        List<Person> people = jdbc.sql("select id, unit_id, profession_code, position_title from person order by id")
            .query((rs, n) -> new Person(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("profession_code"),
                    rs.getString("position_title")))
            .list();
        Map<String, List<Requirement>> byProfession = new HashMap<>();
        Map<String, List<Requirement>> byPosition = new HashMap<>();
        Map<Long, List<Requirement>> byUnit = new HashMap<>();
        Map<Long, List<UnitTask>> tasksByUnit = new HashMap<>();
        int[] counts = transaction.execute(status -> requirements(random, now, pool, paths, people, byProfession,
                byPosition, byUnit, tasksByUnit));
        long[] written = new long[3];
        for (int from = 0; from < people.size(); from += PEOPLE_PER_STEP) {
            List<Person> step = people.subList(from, Math.min(people.size(), from + PEOPLE_PER_STEP));
            long[] added = transaction.execute(status -> assessments(random, now, today, pool, paths, step,
                    byProfession, byPosition, byUnit, tasksByUnit));
            for (int i = 0; i < written.length; i++) {
                written[i] += added[i];
            }
            if ((from / PEOPLE_PER_STEP) % 20 == 19) {
                log.info("Scale competence data: {} of {} people, {} assessments, {} s", from + step.size(),
                        people.size(), written[0], (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        statistics.refresh(TABLES);
        Result result = new Result(pool.size(), counts[0], counts[1], written[0], written[1], written[2],
                people.size(), (System.nanoTime() - started) / 1_000_000);
        log.info("Scale competence data written: {}", result);
        return result;
    }

    /** Six frameworks, each with version 1 retired and version 2 published, on the default scale. */
    private List<Competence> frameworks(Random random, OffsetDateTime now) {
        List<Object[]> frameworkRows = new ArrayList<>();
        for (int f = 0; f < FRAMEWORKS.length; f++) {
            frameworkRows.add(new Object[] { FRAMEWORK_PREFIX + (f + 1), FRAMEWORKS[f],
                    "Generert for ytelsesmåling." });
        }
        jdbcTemplate.batchUpdate("insert into competence_framework (code, name, description) values (?, ?, ?)",
                frameworkRows, new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR });
        Map<String, Long> frameworkIds = new HashMap<>();
        jdbc.sql("select id, code from competence_framework where code like :prefix")
            .param("prefix", FRAMEWORK_PREFIX + "%")
            .query(rs -> {
                frameworkIds.put(rs.getString("code"), rs.getLong("id"));
            });
        OffsetDateTime firstPublished = now.minusYears(3);
        OffsetDateTime secondPublished = now.minusYears(1);
        List<Object[]> versionRows = new ArrayList<>();
        frameworkIds.values().forEach(id -> {
            versionRows.add(new Object[] { id, 1, "RETIRED", firstPublished, secondPublished });
            versionRows.add(new Object[] { id, 2, "PUBLISHED", secondPublished, null });
        });
        jdbcTemplate.batchUpdate("""
                insert into framework_version (framework_id, number, status, published_at, retired_at)
                values (?, ?, ?, ?, ?)
                """, versionRows, new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR,
                Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE });
        Map<Long, long[]> versionIds = new HashMap<>();
        jdbc.sql("select id, framework_id, number from framework_version where framework_id in (:ids)")
            .param("ids", frameworkIds.values())
            .query(rs -> {
                versionIds.computeIfAbsent(rs.getLong("framework_id"), k -> new long[2])[rs.getInt("number") - 1] = rs
                    .getLong("id");
            });
        List<Object[]> scaleRows = new ArrayList<>();
        List<Object[]> areaRows = new ArrayList<>();
        versionIds.values().forEach(ids -> {
            for (long versionId : ids) {
                for (ScaleLevel level : FrameworkCatalogue.DEFAULT_SCALE) {
                    scaleRows.add(new Object[] { versionId, level.levelNo(), level.name(), level.descriptor() });
                }
                for (int a = 0; a < AREAS.length; a++) {
                    areaRows.add(new Object[] { versionId, "O" + (a + 1), AREAS[a], a + 1 });
                }
            }
        });
        jdbcTemplate.batchUpdate("insert into scale_level (framework_version_id, level_no, name, descriptor)"
                + " values (?, ?, ?, ?)", scaleRows, new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR,
                        Types.VARCHAR });
        jdbcTemplate.batchUpdate("insert into competence_area (framework_version_id, code, name, sort_order)"
                + " values (?, ?, ?, ?)", areaRows, new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                        Types.INTEGER });
        Map<String, Long> areaIds = new HashMap<>();
        jdbc.sql("select id, framework_version_id, code from competence_area where framework_version_id in (:ids)")
            .param("ids", versionIds.values().stream().flatMap(ids -> java.util.Arrays.stream(ids).boxed()).toList())
            .query(rs -> {
                areaIds.put(rs.getLong("framework_version_id") + "/" + rs.getString("code"), rs.getLong("id"));
            });
        String[] kinds = { "KUNNSKAP", "FERDIGHET", "FERDIGHET", "HOLDNING" };
        List<Object[]> competenceRows = new ArrayList<>();
        Map<String, Integer> validity = new HashMap<>();
        for (int f = 0; f < FRAMEWORKS.length; f++) {
            long[] versions = versionIds.get(frameworkIds.get(FRAMEWORK_PREFIX + (f + 1)));
            for (int a = 0; a < AREAS.length; a++) {
                for (int c = 0; c < COMPETENCES_PER_AREA; c++) {
                    String code = "K" + (a + 1) + "-" + (c + 1);
                    // about one in five must be renewed (12, 24 or 36 months), like HLR
                    Integer months = random.nextInt(5) == 0 ? 12 * (1 + random.nextInt(3)) : null;
                    validity.put(f + "/" + code, months);
                    boolean mandatory = random.nextInt(6) == 0;
                    for (long versionId : versions) {
                        competenceRows.add(new Object[] { versionId, areaIds.get(versionId + "/O" + (a + 1)), code,
                                AREAS[a] + " " + (c + 1) + " (" + FRAMEWORKS[f].toLowerCase(java.util.Locale.ROOT)
                                        + ")",
                                kinds[c % kinds.length], months, mandatory, c == 0, c + 1 });
                    }
                }
            }
        }
        jdbcTemplate.batchUpdate("""
                insert into competence (framework_version_id, area_id, code, name, kind, validity_months, mandatory,
                                        core, sort_order)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, competenceRows, new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.INTEGER, Types.BOOLEAN, Types.BOOLEAN, Types.INTEGER });
        Map<String, Long> competenceIds = new HashMap<>();
        jdbc.sql("select id, framework_version_id, code from competence where framework_version_id in (:ids)")
            .param("ids", versionIds.values().stream().flatMap(ids -> java.util.Arrays.stream(ids).boxed()).toList())
            .query(rs -> {
                competenceIds.put(rs.getLong("framework_version_id") + "/" + rs.getString("code"), rs.getLong("id"));
            });
        List<Competence> pool = new ArrayList<>();
        for (int f = 0; f < FRAMEWORKS.length; f++) {
            long frameworkId = frameworkIds.get(FRAMEWORK_PREFIX + (f + 1));
            long[] versions = versionIds.get(frameworkId);
            for (int a = 0; a < AREAS.length; a++) {
                for (int c = 0; c < COMPETENCES_PER_AREA; c++) {
                    String code = "K" + (a + 1) + "-" + (c + 1);
                    pool.add(new Competence(frameworkId, code, competenceIds.get(versions[1] + "/" + code),
                            competenceIds.get(versions[0] + "/" + code), validity.get(f + "/" + code)));
                }
            }
        }
        return pool;
    }

    /** Requirement profiles and unit tasks; fills the maps the assessments are drawn from. */
    private int[] requirements(Random random, OffsetDateTime now, List<Competence> pool, Map<Long, String> paths,
            List<Person> people, Map<String, List<Requirement>> byProfession, Map<String, List<Requirement>> byPosition,
            Map<Long, List<Requirement>> byUnit, Map<Long, List<UnitTask>> tasksByUnit) {
        List<Object[]> rows = new ArrayList<>();
        Map<Long, List<String>> professionsByUnit = new HashMap<>();
        TreeSet<String> professions = new TreeSet<>();
        TreeSet<String> positions = new TreeSet<>();
        for (Person person : people) {
            professions.add(person.profession());
            positions.add(person.position());
            professionsByUnit.computeIfAbsent(person.unitId(), k -> new ArrayList<>()).add(person.profession());
        }
        for (String profession : professions) {
            byProfession.put(profession, draw(random, pool, PER_PROFESSION));
            byProfession.get(profession).forEach(r -> rows.add(requirementRow("PROFESSION", profession, pool, r, now)));
        }
        for (String position : positions) {
            byPosition.put(position, draw(random, pool, PER_POSITION));
            byPosition.get(position).forEach(r -> rows.add(requirementRow("POSITION", position, pool, r, now)));
        }
        for (long unitId : new TreeSet<>(paths.keySet())) {
            byUnit.put(unitId, draw(random, pool, PER_UNIT));
            byUnit.get(unitId).forEach(r -> rows.add(requirementRow("UNIT", String.valueOf(unitId), pool, r, now)));
        }
        batch("""
                insert into competence_requirement (scope_type, scope_key, framework_id, competence_code, competence_id,
                                                    required_level, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, new int[] { Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BIGINT,
                Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE });
        int requirementCount = rows.size();
        // The library of tasks, adopted by every unit people are placed in and performed by professions found there.
        List<Object[]> taskRows = new ArrayList<>();
        for (int t = 0; t < TASKS.length; t++) {
            taskRows.add(new Object[] { FRAMEWORK_PREFIX + "T" + (t + 1), TASKS[t], ACTOR, now });
        }
        jdbcTemplate.batchUpdate("insert into task (code, name, created_by, created_at) values (?, ?, ?, ?)", taskRows,
                new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE });
        List<Long> taskIds = jdbc.sql("select id from task where code like :prefix order by id")
            .param("prefix", FRAMEWORK_PREFIX + "T%")
            .query(Long.class)
            .list();
        List<Object[]> unitTaskRows = new ArrayList<>();
        Map<String, List<String>> performers = new HashMap<>();
        for (long unitId : new TreeSet<>(professionsByUnit.keySet())) {
            List<String> here = professionsByUnit.get(unitId);
            int first = random.nextInt(taskIds.size());
            for (int t = 0; t < TASKS_PER_UNIT; t++) {
                long taskId = taskIds.get((first + t * 5) % taskIds.size());
                unitTaskRows.add(new Object[] { unitId, taskId, ACTOR, now });
                List<String> by = new ArrayList<>(new TreeSet<>(List.of(here.get(random.nextInt(here.size())),
                        here.get(random.nextInt(here.size())))));
                performers.put(unitId + "/" + taskId, by);
            }
        }
        batch("insert into unit_task (unit_id, task_id, adopted_by, adopted_at) values (?, ?, ?, ?)", unitTaskRows,
                new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE });
        List<Object[]> performerRows = new ArrayList<>();
        List<Object[]> taskRequirementRows = new ArrayList<>();
        List<long[]> unitTasks = new ArrayList<>();
        jdbc.sql("select id, unit_id, task_id from unit_task where task_id in (:tasks) order by id")
            .param("tasks", taskIds)
            .query(rs -> {
                unitTasks.add(new long[] { rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("task_id") });
            });
        for (long[] unitTask : unitTasks) {
            List<String> by = performers.get(unitTask[1] + "/" + unitTask[2]);
            by.forEach(profession -> performerRows.add(new Object[] { unitTask[0], "PROFESSION", profession }));
            List<Requirement> needs = draw(random, pool, PER_TASK);
            for (Requirement need : needs) {
                Competence competence = pool.get(need.competence());
                taskRequirementRows.add(new Object[] { unitTask[0], competence.frameworkId(), competence.code(),
                        competence.currentId(), need.level() });
            }
            tasksByUnit.computeIfAbsent(unitTask[1], k -> new ArrayList<>()).add(new UnitTask(unitTask[0], by, needs));
        }
        batch("insert into unit_task_performer (unit_task_id, performer_type, performer_key) values (?, ?, ?)",
                performerRows, new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR });
        batch("""
                insert into task_requirement (unit_task_id, framework_id, competence_code, competence_id, required_level)
                values (?, ?, ?, ?, ?)
                """, taskRequirementRows, new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.BIGINT,
                Types.INTEGER });
        return new int[] { requirementCount + taskRequirementRows.size(), unitTasks.size() };
    }

    private static Object[] requirementRow(String scope, String key, List<Competence> pool, Requirement requirement,
            OffsetDateTime now) {
        Competence competence = pool.get(requirement.competence());
        return new Object[] { scope, key, competence.frameworkId(), competence.code(), competence.currentId(),
                requirement.level(), ACTOR, now };
    }

    /** Distinct competences with a level each, most at 2 or 3. */
    private static List<Requirement> draw(Random random, List<Competence> pool, int count) {
        List<Requirement> drawn = new ArrayList<>(count);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        while (drawn.size() < count) {
            int competence = random.nextInt(pool.size());
            if (seen.add(competence)) {
                drawn.add(new Requirement(competence, 1 + Math.min(3, random.nextInt(3) + random.nextInt(2))));
            }
        }
        return drawn;
    }

    /** For a step of people: their assessments, then (with the ids read back) history and evidence. */
    private long[] assessments(Random random, OffsetDateTime now, LocalDate today, List<Competence> pool,
            Map<Long, String> paths, List<Person> people, Map<String, List<Requirement>> byProfession,
            Map<String, List<Requirement>> byPosition, Map<Long, List<Requirement>> byUnit,
            Map<Long, List<UnitTask>> tasksByUnit) {
        record Drawn(long personId, Competence competence, boolean old, int self, OffsetDateTime selfAt,
                @Nullable Integer validated, @Nullable OffsetDateTime validatedAt, boolean earlier) {
        }
        List<Drawn> drawn = new ArrayList<>();
        for (Person person : people) {
            Map<Integer, Integer> required = new LinkedHashMap<>();
            byProfession.getOrDefault(person.profession(), List.of()).forEach(r -> required.merge(r.competence(),
                    r.level(), Math::max));
            byPosition.getOrDefault(person.position(), List.of()).forEach(r -> required.merge(r.competence(),
                    r.level(), Math::max));
            for (String part : paths.getOrDefault(person.unitId(), "/").split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                long unitId = Long.parseLong(part);
                byUnit.getOrDefault(unitId, List.of()).forEach(r -> required.merge(r.competence(), r.level(),
                        Math::max));
                for (UnitTask task : tasksByUnit.getOrDefault(unitId, List.of())) {
                    if (task.professions().contains(person.profession())) {
                        task.requirements().forEach(r -> required.merge(r.competence(), r.level(), Math::max));
                    }
                }
            }
            // about four in five required competences assessed, and a couple outside the required set
            List<Map.Entry<Integer, Integer>> chosen = new ArrayList<>();
            required.entrySet().forEach(entry -> {
                if (random.nextInt(100) < 82) {
                    chosen.add(entry);
                }
            });
            for (int extra = 0; extra < 2; extra++) {
                int competence = random.nextInt(pool.size());
                if (!required.containsKey(competence)) {
                    chosen.add(Map.entry(competence, 1 + random.nextInt(4)));
                    required.put(competence, 0);
                }
            }
            for (Map.Entry<Integer, Integer> entry : chosen) {
                int self = Math.max(1, Math.min(4, entry.getValue() + random.nextInt(3) - 1));
                OffsetDateTime selfAt = now.minusDays(1 + random.nextInt(900)).withHour(9).withMinute(0);
                Integer validated = null;
                OffsetDateTime validatedAt = null;
                if (random.nextInt(100) < 60) {
                    validated = random.nextInt(10) == 0 ? Math.max(1, self - 1) : self;
                    validatedAt = selfAt.plusDays(random.nextInt(30));
                    if (validatedAt.isAfter(now)) {
                        validatedAt = now;
                    }
                }
                drawn.add(new Drawn(person.id(), pool.get(entry.getKey()), random.nextInt(100) < 15, self, selfAt,
                        validated, validatedAt, random.nextInt(100) < 15));
            }
        }
        List<Object[]> rows = new ArrayList<>(drawn.size());
        for (Drawn d : drawn) {
            rows.add(new Object[] { d.personId(), d.competence().frameworkId(), d.competence().code(),
                    d.old() ? d.competence().oldId() : d.competence().currentId(), d.self(), d.selfAt(), d.validated(),
                    d.validated() == null ? null : "Leder (skaladata)", d.validatedAt() });
        }
        batch("""
                insert into competence_assessment (person_id, framework_id, competence_code, competence_id, self_level,
                                                   self_assessed_at, validated_level, validated_by, validated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.INTEGER,
                Types.TIMESTAMP_WITH_TIMEZONE, Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE });
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                select id, person_id, framework_id, competence_code from competence_assessment
                where person_id between :first and :last and competence_code like 'K%'
                """)
            .param("first", people.get(0).id())
            .param("last", people.get(people.size() - 1).id())
            .query(rs -> {
                ids.put(rs.getLong("person_id") + "/" + rs.getLong("framework_id") + "/" + rs.getString("competence_code"),
                        rs.getLong("id"));
            });
        List<Object[]> history = new ArrayList<>();
        List<Object[]> evidence = new ArrayList<>();
        for (Drawn d : drawn) {
            Long id = ids.get(d.personId() + "/" + d.competence().frameworkId() + "/" + d.competence().code());
            if (id == null) {
                continue;
            }
            long competenceId = d.old() ? d.competence().oldId() : d.competence().currentId();
            if (d.earlier()) {
                history.add(new Object[] { id, d.personId(), competenceId, "SELF", Math.max(1, d.self() - 1),
                        ACTOR, d.selfAt().minusDays(200) });
            }
            history.add(new Object[] { id, d.personId(), competenceId, "SELF", d.self(), ACTOR, d.selfAt() });
            if (d.validated() != null) {
                history.add(new Object[] { id, d.personId(), competenceId,
                        d.validated() == d.self() ? "VALIDATED" : "ADJUSTED", d.validated(), ACTOR, d.validatedAt() });
            }
            Integer months = d.competence().validityMonths();
            if (months != null && random.nextInt(10) < 9) {
                // issued up to a little over one validity period ago: most valid, some expiring soon, some expired
                LocalDate issued = today.minusDays(random.nextInt(months * 30 + months * 5));
                evidence.add(new Object[] { d.personId(), d.competence().frameworkId(), d.competence().code(),
                        competenceId, "CERTIFICATE", "Kursbevis", issued, issued.plusMonths(months), ACTOR, now });
            }
            else if (months == null && random.nextInt(10) < 4) {
                LocalDate issued = d.selfAt().atZoneSameInstant(NorwegianTime.ZONE).toLocalDate()
                    .minusDays(random.nextInt(300));
                evidence.add(new Object[] { d.personId(), d.competence().frameworkId(), d.competence().code(),
                        competenceId, "COURSE", "Internkurs", issued, null, ACTOR, now });
            }
        }
        batch("""
                insert into assessment_history (assessment_id, person_id, competence_id, kind, level_no, actor,
                                                occurred_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, history, new int[] { Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER,
                Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE });
        batch("""
                insert into competence_evidence (person_id, framework_id, competence_code, competence_id, kind, title,
                                                 issued_on, expires_on, registered_by, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, evidence, new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE });
        return new long[] { rows.size(), history.size(), evidence.size() };
    }

    private void batch(String sql, List<Object[]> rows, int[] types) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            jdbcTemplate.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)), types);
        }
    }

}
