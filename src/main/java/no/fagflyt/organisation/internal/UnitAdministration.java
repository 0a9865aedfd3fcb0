package no.fagflyt.organisation.internal;

import java.time.LocalDate;

import no.fagflyt.organisation.OrganisationKind;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes, moves and ends organisations and units, keeping the tree whole. */
@Service
public class UnitAdministration {

    static final String AUDIT_UNIT = "ENHET";

    private final OrganisationRepository organisations;

    private final UnitRepository units;

    private final JdbcClient jdbc;

    private final AuditLog auditLog;

    UnitAdministration(OrganisationRepository organisations, UnitRepository units, JdbcClient jdbc, AuditLog auditLog) {
        this.organisations = organisations;
        this.units = units;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** A new organisation with its root unit; answers the root unit. */
    @Transactional
    public Outcome<Unit> createOrganisation(String name, OrganisationKind kind, @Nullable String orgNumber,
            String rootCode) {
        if (organisations.findByName(name.strip()).isPresent()) {
            return Outcome.refused("name", "organisation.error.nameTaken", name);
        }
        // Checked here so a duplicate becomes a field error, not a constraint violation from the database.
        String number = blankToNull(orgNumber);
        if (number != null && organisations.findByOrgNumber(number).isPresent()) {
            return Outcome.refused("orgNumber", "organisation.error.orgNumberTaken", number);
        }
        if (rootCode.isBlank()) {
            return Outcome.refused("rootCode", "unit.error.codeRequired");
        }
        Organisation organisation = organisations.save(new Organisation(name.strip(), kind, number));
        Unit root = units.save(new Unit(organisation.id(), null, rootCode.strip(), organisation.name(),
                kind.rootUnitKind()));
        root.placeUnder(null, "/");
        root = units.save(root);
        auditLog.record(AuditAction.CREATE, "ORGANISASJON", organisation.id(), organisation.name(), null);
        return Outcome.done(root);
    }

    @Transactional
    public Outcome<Unit> createUnit(long parentId, String code, String name, UnitKind kind, LocalDate today) {
        Unit parent = load(parentId);
        if (!parent.isActive(today)) {
            return Outcome.refused("parentId", "unit.error.parentEnded", parent.name());
        }
        if (kind.isRoot()) {
            return Outcome.refused("kind", "unit.error.rootKind");
        }
        if (units.findByOrganisationIdAndCode(parent.organisationId(), code.strip()).isPresent()) {
            return Outcome.refused("code", "unit.error.codeTaken", code.strip());
        }
        Unit unit = units.save(new Unit(parent.organisationId(), parent.id(), code.strip(), name.strip(), kind));
        unit.placeUnder(parent.id(), parent.path());
        unit = units.save(unit);
        auditLog.record(AuditAction.CREATE, AUDIT_UNIT, unit.id(), unit.name(), "Under " + parent.name());
        return Outcome.done(unit);
    }

    @Transactional
    public Outcome<Unit> updateUnit(long unitId, int seenVersion, String code, String name, UnitKind kind) {
        Unit unit = load(unitId);
        unit.expectVersion(seenVersion);
        if (kind.isRoot() != unit.kind().isRoot()) {
            return Outcome.refused("kind", "unit.error.rootKind");
        }
        var sameCode = units.findByOrganisationIdAndCode(unit.organisationId(), code.strip());
        if (sameCode.isPresent() && sameCode.get().id() != unitId) {
            return Outcome.refused("code", "unit.error.codeTaken", code.strip());
        }
        unit.rename(code.strip(), name.strip(), kind);
        unit = units.save(unit);
        auditLog.record(AuditAction.UPDATE, AUDIT_UNIT, unit.id(), unit.name(), null);
        return Outcome.done(unit);
    }

    /** Moves a unit with everything below it under a new parent in the same organisation. */
    @Transactional
    public Outcome<Unit> moveUnit(long unitId, int seenVersion, long newParentId, LocalDate today) {
        Unit unit = load(unitId);
        unit.expectVersion(seenVersion);
        Unit newParent = load(newParentId);
        if (unit.parentId() == null) {
            return Outcome.refused("parentId", "unit.error.moveRoot");
        }
        if (newParent.organisationId() != unit.organisationId()) {
            return Outcome.refused("parentId", "unit.error.otherOrganisation");
        }
        if (newParent.path().startsWith(unit.path())) {
            return Outcome.refused("parentId", "unit.error.moveIntoItself");
        }
        if (!newParent.isActive(today)) {
            return Outcome.refused("parentId", "unit.error.parentEnded", newParent.name());
        }
        String oldPath = unit.path();
        unit.placeUnder(newParent.id(), newParent.path());
        unit = units.save(unit);
        // Every descendant keeps its own tail and takes the new prefix.
        jdbc.sql("""
                update org_unit set path = concat(:newPath, substring(path, :tailStart)), version = version + 1
                where path like :oldPrefix and id <> :id
                """)
            .param("newPath", unit.path())
            .param("tailStart", oldPath.length() + 1)
            .param("oldPrefix", oldPath + "%")
            .param("id", unit.id())
            .update();
        auditLog.record(AuditAction.MOVE, AUDIT_UNIT, unit.id(), unit.name(), "Flyttet under " + newParent.name());
        return Outcome.done(unit);
    }

    /** Ends a unit from a date; refused while people or sub-units are still active there. */
    @Transactional
    public Outcome<Unit> endUnit(long unitId, int seenVersion, LocalDate endDate) {
        Unit unit = load(unitId);
        unit.expectVersion(seenVersion);
        if (unit.parentId() == null) {
            return Outcome.refused("endDate", "unit.error.endRoot");
        }
        long activeChildren = jdbc.sql("""
                select count(*) from org_unit where parent_id = :id and (ended_on is null or ended_on > :date)
                """).param("id", unitId).param("date", endDate).query(Long.class).single();
        if (activeChildren > 0) {
            return Outcome.refused("endDate", "unit.error.activeChildren", activeChildren);
        }
        long activePeople = jdbc.sql("""
                select count(*) from person where unit_id = :id and (end_date is null or end_date >= :date)
                """).param("id", unitId).param("date", endDate).query(Long.class).single();
        if (activePeople > 0) {
            return Outcome.refused("endDate", "unit.error.activePeople", activePeople);
        }
        unit.end(endDate);
        unit = units.save(unit);
        auditLog.record(AuditAction.END, AUDIT_UNIT, unit.id(), unit.name(), "Avsluttet fra " + endDate);
        return Outcome.done(unit);
    }

    @Transactional
    public Unit reopenUnit(long unitId, int seenVersion) {
        Unit unit = load(unitId);
        unit.expectVersion(seenVersion);
        unit.reopen();
        unit = units.save(unit);
        auditLog.record(AuditAction.UPDATE, AUDIT_UNIT, unit.id(), unit.name(), "Gjenåpnet");
        return unit;
    }

    Unit load(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new NotFoundProblem("Enhet " + unitId));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
