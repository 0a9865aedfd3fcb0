package no.fagflyt.organisation.internal;

import java.time.LocalDate;

import no.fagflyt.organisation.UnitKind;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A node in an organisation's unit tree. Moves go through {@code UnitAdministration}, which keeps paths. */
@Table("org_unit")
public class Unit {

    private @Id @Nullable Long id;

    private long organisationId;

    private @Nullable Long parentId;

    private String code;

    private String name;

    private UnitKind kind;

    private String path;

    private @Nullable LocalDate endedOn;

    // A wrapper, so "new" means "never saved" (null): rows written by bulk SQL start at version 0.
    private @Version @Nullable Integer version;

    @PersistenceCreator
    Unit(@Nullable Long id, long organisationId, @Nullable Long parentId, String code, String name, UnitKind kind,
            String path, @Nullable LocalDate endedOn, @Nullable Integer version) {
        this.id = id;
        this.organisationId = organisationId;
        this.parentId = parentId;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.path = path;
        this.endedOn = endedOn;
        this.version = version;
    }

    /** A new unit; its path is set once it has an id. */
    public Unit(long organisationId, @Nullable Long parentId, String code, String name, UnitKind kind) {
        this(null, organisationId, parentId, code, name, kind, "/", null, null);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Unit not saved yet");
        }
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitKind kind() {
        return kind;
    }

    public String path() {
        return path;
    }

    public @Nullable LocalDate endedOn() {
        return endedOn;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public boolean isActive(LocalDate today) {
        return endedOn == null || endedOn.isAfter(today);
    }

    public void rename(String code, String name, UnitKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public void placeUnder(@Nullable Long parentId, String parentPath) {
        this.parentId = parentId;
        this.path = parentPath + id() + "/";
    }

    public void end(LocalDate date) {
        this.endedOn = date;
    }

    public void reopen() {
        this.endedOn = null;
    }

    /** For the optimistic-lock check of an edit form: the version the person saw. */
    public void expectVersion(int seenVersion) {
        if (seenVersion != version()) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Unit " + id + " changed");
        }
    }

}
