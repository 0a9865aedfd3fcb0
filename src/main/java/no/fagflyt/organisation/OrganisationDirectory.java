package no.fagflyt.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.ResultPage;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the organisation register for pages and other modules. Reads of people check
 * {@link AccessPolicy} and are written to the audit log.
 */
@Service
public class OrganisationDirectory {

    public static final String AUDIT_PERSON = "PERSON";

    public static final String AUDIT_UNIT_STAFF = "ENHET_BEMANNING";

    static final String UNIT_COLUMNS = """
            u.id, u.organisation_id, o.name as organisation_name, u.parent_id, u.code, u.name, u.kind, u.path,
            u.ended_on, u.version
            """;

    static final String PERSON_COLUMNS = """
            p.id, p.organisation_id, o.name as organisation_name, p.employee_number, p.first_name, p.last_name,
            p.profession_code, pr.name as profession_name, p.position_title, p.unit_id, u.name as unit_name,
            p.employment_percent, p.start_date, p.end_date, p.hpr_number, p.email, p.version
            """;

    static final String PERSON_FROM = """
            from person p
            join organisation o on o.id = p.organisation_id
            join org_unit u on u.id = p.unit_id
            join profession pr on pr.code = p.profession_code
            """;

    private final JdbcClient jdbc;

    private final AccessPolicy accessPolicy;

    private final AuditLog auditLog;

    OrganisationDirectory(JdbcClient jdbc, AccessPolicy accessPolicy, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
    }

    public record OrganisationSummary(long id, String name, OrganisationKind kind, @Nullable String orgNumber,
            long rootUnitId, int activePeople) {
    }

    public List<OrganisationSummary> organisations(LocalDate today) {
        return jdbc.sql("""
                select o.id, o.name, o.kind, o.org_number, root.id as root_unit_id,
                       (select count(*) from person p where p.organisation_id = o.id and p.start_date <= :today
                          and (p.end_date is null or p.end_date >= :today)) as active_people
                from organisation o
                join org_unit root on root.organisation_id = o.id and root.parent_id is null
                order by o.kind, o.name
                """)
            .param("today", today)
            .query((rs, n) -> new OrganisationSummary(rs.getLong("id"), rs.getString("name"),
                    OrganisationKind.valueOf(rs.getString("kind")), rs.getString("org_number"),
                    rs.getLong("root_unit_id"), rs.getInt("active_people")))
            .list();
    }

    public List<Profession> professions() {
        return jdbc.sql("select code, name from profession order by sort_order, name")
            .query((rs, n) -> new Profession(rs.getString("code"), rs.getString("name")))
            .list();
    }

    public Optional<UnitView> findUnit(long unitId) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u join organisation o on o.id = u.organisation_id"
                + " where u.id = :id")
            .param("id", unitId)
            .query(OrganisationDirectory::unit)
            .optional();
    }

    public UnitView unit(long unitId) {
        return findUnit(unitId).orElseThrow(() -> new NotFoundProblem("Enhet " + unitId));
    }

    /** The unit and its ancestors, root first, for breadcrumbs. */
    public List<UnitView> lineage(UnitView unit) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u join organisation o on o.id = u.organisation_id"
                + " where u.id in (:ids) order by length(u.path)")
            .param("ids", pathIds(unit.path()))
            .query(OrganisationDirectory::unit)
            .list();
    }

    /** All units of an organisation as a tree, with active head counts, in two queries whatever the size. */
    public UnitNode tree(long organisationId, LocalDate today, boolean includeEnded) {
        List<UnitView> units = jdbc.sql("select " + UNIT_COLUMNS
                + " from org_unit u join organisation o on o.id = u.organisation_id"
                + " where u.organisation_id = :org order by u.name")
            .param("org", organisationId)
            .query(OrganisationDirectory::unit)
            .list();
        Map<Long, Integer> staff = new HashMap<>();
        jdbc.sql("""
                select unit_id, count(*) as staff from person
                where organisation_id = :org and start_date <= :today and (end_date is null or end_date >= :today)
                group by unit_id
                """)
            .param("org", organisationId)
            .param("today", today)
            .query(rs -> {
                staff.put(rs.getLong("unit_id"), rs.getInt("staff"));
            });
        Map<Long, List<UnitView>> byParent = new HashMap<>();
        UnitView root = null;
        for (UnitView unit : units) {
            if (unit.parentId() == null) {
                root = unit;
            }
            else if (includeEnded || !unit.isEnded(today)) {
                byParent.computeIfAbsent(unit.parentId(), key -> new ArrayList<>()).add(unit);
            }
        }
        if (root == null) {
            throw new NotFoundProblem("Organisasjon " + organisationId);
        }
        return node(root, byParent, staff);
    }

    /** A unit and everything below it that is still active, with head counts. */
    public UnitNode subtree(long unitId, LocalDate today) {
        UnitView unit = unit(unitId);
        return find(tree(unit.organisationId(), today, false), unitId)
            .orElseThrow(() -> new NotFoundProblem("Enhet " + unitId));
    }

    /**
     * A unit and every unit below it that is still active (as in {@link #subtree}), in one query by path and
     * without head counts, for reading a unit's data without the tree of its whole organisation.
     */
    public List<UnitView> activeUnitsBelow(UnitView unit, LocalDate today) {
        List<UnitView> all = jdbc.sql("select " + UNIT_COLUMNS
                + " from org_unit u join organisation o on o.id = u.organisation_id where u.path like :prefix")
            .param("prefix", unit.path() + "%")
            .query(OrganisationDirectory::unit)
            .list();
        return activeOnly(all, today);
    }

    /** The units that are neither ended nor below an ended unit. */
    private static List<UnitView> activeOnly(List<UnitView> units, LocalDate today) {
        List<String> endedPaths = units.stream().filter(u -> u.isEnded(today)).map(UnitView::path).toList();
        return units.stream().filter(u -> endedPaths.stream().noneMatch(u.path()::startsWith)).toList();
    }

    private static List<Long> pathIds(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    private static Optional<UnitNode> find(UnitNode node, long unitId) {
        if (node.unit().id() == unitId) {
            return Optional.of(node);
        }
        for (UnitNode child : node.children()) {
            Optional<UnitNode> found = find(child, unitId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static UnitNode node(UnitView unit, Map<Long, List<UnitView>> byParent, Map<Long, Integer> staff) {
        List<UnitNode> children = byParent.getOrDefault(unit.id(), List.of())
            .stream()
            .map(child -> node(child, byParent, staff))
            .toList();
        return new UnitNode(unit, children, staff.getOrDefault(unit.id(), 0));
    }

    /** Units directly below a unit. */
    public List<UnitView> children(long unitId) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u join organisation o on o.id = u.organisation_id"
                + " where u.parent_id = :id order by u.name")
            .param("id", unitId)
            .query(OrganisationDirectory::unit)
            .list();
    }

    /** The people placed in a unit and, when asked, in every unit below it. Checked and audit-logged. */
    @Transactional
    public List<PersonView> staff(CurrentUser user, long unitId, boolean includeSubunits, boolean includeEnded,
            LocalDate today) {
        UnitView unit = unit(unitId);
        accessPolicy.requireStaffOf(user, unitId);
        String where = includeSubunits ? "u.path like :pathPrefix" : "p.unit_id = :unitId";
        List<PersonView> people = jdbc.sql("select " + PERSON_COLUMNS + PERSON_FROM + " where " + where
                + (includeEnded ? "" : " and (p.end_date is null or p.end_date >= :today)")
                + " order by p.last_name, p.first_name, p.id")
            .param("pathPrefix", unit.path() + "%")
            .param("unitId", unitId)
            .param("today", today)
            .query(OrganisationDirectory::person)
            .list();
        auditLog.record(AuditAction.READ, AUDIT_UNIT_STAFF, unitId, unit.name(),
                people.size() + " personer" + (includeSubunits ? ", med underenheter" : ""));
        return people;
    }

    /**
     * A unit with the units above it (root first, ending with the unit), its active units below (as in
     * {@link #activeUnitsBelow}, the unit first) and the active people placed in those, by last and first name.
     */
    public record SubtreeStaff(UnitView unit, List<UnitView> lineage, List<UnitView> units, List<PersonView> people) {
    }

    /**
     * Everyone in a unit and its active units below, for pages over a whole subtree that show personal data
     * (competence matrix and summaries): the units and the people in a fixed number of queries, however large
     * the subtree. Requires {@link AccessPolicy#canSeePeopleOf}; audit-logged as a read of the staff list.
     * An unknown or ended unit is not found.
     */
    @Transactional
    public SubtreeStaff subtreeStaff(CurrentUser user, long unitId, LocalDate today) {
        UnitView unit = unit(unitId);
        if (!accessPolicy.canSeePeopleOf(user, unitId)) {
            throw new AccessDeniedProblem("Ingen tilgang til personene i enhet " + unitId);
        }
        List<Long> lineageIds = pathIds(unit.path());
        // Down the parent links rather than by path prefix, so both parts are index lookups, not a scan of
        // every unit in the database.
        List<UnitView> found = jdbc.sql("""
                with recursive below (id) as (
                  select id from org_unit where id = :id
                  union all
                  select c.id from org_unit c join below b on c.parent_id = b.id
                )
                select %1$s from org_unit u join organisation o on o.id = u.organisation_id
                where u.id in (select id from below)
                union
                select %1$s from org_unit u join organisation o on o.id = u.organisation_id
                where u.id in (:lineage)
                """.formatted(UNIT_COLUMNS))
            .param("id", unitId)
            .param("lineage", lineageIds)
            .query(OrganisationDirectory::unit)
            .list();
        List<UnitView> lineage = found.stream()
            .filter(u -> lineageIds.contains(u.id()))
            .sorted(java.util.Comparator.comparingInt(u -> u.path().length()))
            .toList();
        List<UnitView> units = activeOnly(found.stream().filter(unit::contains).toList(), today);
        if (units.isEmpty()) {
            throw new NotFoundProblem("Enhet " + unitId);
        }
        List<UnitView> ordered = new ArrayList<>(units.size());
        ordered.add(unit);
        units.stream().filter(u -> u.id() != unitId).forEach(ordered::add);
        Set<Long> active = new HashSet<>();
        units.forEach(u -> active.add(u.id()));
        List<PersonView> people = jdbc.sql("select " + PERSON_COLUMNS + PERSON_FROM
                + " where p.unit_id in (:units) and (p.end_date is null or p.end_date >= :today)"
                + " order by p.last_name, p.first_name, p.id")
            .param("units", active)
            .param("today", today)
            .query(OrganisationDirectory::person)
            .list();
        auditLog.record(AuditAction.READ, AUDIT_UNIT_STAFF, unitId, unit.name(),
                people.size() + " personer, med underenheter");
        return new SubtreeStaff(unit, lineage, List.copyOf(ordered), people);
    }

    /** One person, if the user may see them. Checked and audit-logged. */
    @Transactional
    public PersonView person(CurrentUser user, long personId) {
        PersonView person = findPersonUnchecked(personId).orElseThrow(() -> new NotFoundProblem("Person " + personId));
        accessPolicy.requirePerson(user, personId);
        auditLog.record(AuditAction.READ, AUDIT_PERSON, personId, person.fullName(), null);
        return person;
    }

    /** A unit by its code within an organisation, e.g. a clinic "MKK"; used to place seeded data. */
    public Optional<UnitView> findUnitByCode(long organisationId, String code) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u join organisation o on o.id = u.organisation_id"
                + " where u.organisation_id = :org and u.code = :code")
            .param("org", organisationId)
            .param("code", code)
            .query(OrganisationDirectory::unit)
            .optional();
    }

    /** The root unit of an organisation found by the root's code, e.g. "SIV". */
    public Optional<UnitView> findRootUnitByCode(String code) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u join organisation o on o.id = u.organisation_id"
                + " where u.parent_id is null and u.code = :code order by u.id")
            .param("code", code)
            .query(OrganisationDirectory::unit)
            .list()
            .stream()
            .findFirst();
    }

    /** Several units by id in one query, for pages that show many rows. Unknown ids are left out. */
    public Map<Long, UnitView> units(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, UnitView> found = new HashMap<>();
        jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u join organisation o on o.id = u.organisation_id"
                + " where u.id in (:ids)")
            .param("ids", new HashSet<>(unitIds))
            .query(OrganisationDirectory::unit)
            .list()
            .forEach(unit -> found.put(unit.id(), unit));
        return found;
    }

    /**
     * Names of several people in one query. Only the name, organisation and unit: enough to say who
     * submitted, owns or attended something, which colleagues may see, without opening personal data.
     */
    public Map<Long, PersonName> personNames(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PersonName> found = new HashMap<>();
        jdbc.sql("select id, organisation_id, unit_id, first_name, last_name from person where id in (:ids)")
            .param("ids", new HashSet<>(personIds))
            .query(OrganisationDirectory::personName)
            .list()
            .forEach(name -> found.put(name.id(), name));
        return found;
    }

    /** Names of the active people placed in a unit or anywhere below it, for choosing members and owners. */
    public List<PersonName> activePeopleBelow(long unitId, LocalDate today) {
        UnitView unit = unit(unitId);
        return jdbc.sql("""
                select p.id, p.organisation_id, p.unit_id, p.first_name, p.last_name from person p
                join org_unit u on u.id = p.unit_id
                where u.path like :pathPrefix and p.start_date <= :today and (p.end_date is null or p.end_date >= :today)
                order by p.last_name, p.first_name, p.id
                """)
            .param("pathPrefix", unit.path() + "%")
            .param("today", today)
            .query(OrganisationDirectory::personName)
            .list();
    }

    /** The fewest letters a name search needs; fewer would match most of an organisation. */
    public static final int PERSON_SEARCH_MIN_LENGTH = 2;

    /**
     * Active people of an organisation, and only those placed in {@code belowUnitId} or below it when it is
     * given, whose name contains the text (any part of the first, last or full name, either order, case
     * ignored), by last name, at most {@code limit} of them. A text shorter than
     * {@link #PERSON_SEARCH_MIN_LENGTH} finds no one. One bounded query, for pickers in large organisations;
     * the page's {@code hasNext} tells that more people match than the limit.
     */
    public ResultPage<PersonMatch> findActivePeople(long organisationId, @Nullable Long belowUnitId, String text,
            LocalDate today, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < PERSON_SEARCH_MIN_LENGTH) {
            return ResultPage.of(List.of(), 0, limit);
        }
        String pathPrefix = belowUnitId == null ? "/" : unit(belowUnitId).path();
        List<PersonMatch> found = jdbc.sql("""
                select p.id, p.organisation_id, p.unit_id, p.first_name, p.last_name, u.name as unit_name,
                       pr.name as profession_name
                from person p
                join org_unit u on u.id = p.unit_id
                join profession pr on pr.code = p.profession_code
                where p.organisation_id = :org and u.path like :pathPrefix
                  and p.start_date <= :today and (p.end_date is null or p.end_date >= :today)
                  and (lower(concat(p.first_name, ' ', p.last_name)) like :text
                       or lower(concat(p.last_name, ' ', p.first_name)) like :text)
                order by p.last_name, p.first_name, p.id
                limit :limit
                """)
            .param("org", organisationId)
            .param("pathPrefix", pathPrefix + "%")
            .param("today", today)
            .param("text", "%" + escapeLike(needle) + "%")
            .param("limit", limit + 1)
            .query((rs, n) -> new PersonMatch(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("unit_id"),
                    rs.getString("first_name") + " " + rs.getString("last_name"), rs.getString("unit_name"),
                    rs.getString("profession_name")))
            .list();
        return ResultPage.of(found, 0, limit);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static PersonName personName(ResultSet rs, int rowNum) throws SQLException {
        return new PersonName(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("unit_id"),
                rs.getString("first_name") + " " + rs.getString("last_name"));
    }

    Optional<PersonView> findPersonUnchecked(long personId) {
        return jdbc.sql("select " + PERSON_COLUMNS + PERSON_FROM + " where p.id = :id")
            .param("id", personId)
            .query(OrganisationDirectory::person)
            .optional();
    }

    static UnitView unit(ResultSet rs, int rowNum) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new UnitView(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                parentId, rs.getString("code"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("path"), rs.getObject("ended_on", LocalDate.class), rs.getInt("version"));
    }

    static PersonView person(ResultSet rs, int rowNum) throws SQLException {
        return new PersonView(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getString("employee_number"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("profession_code"), rs.getString("profession_name"), rs.getString("position_title"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getBigDecimal("employment_percent").stripTrailingZeros(),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("hpr_number"), rs.getString("email"), rs.getInt("version"));
    }

}
