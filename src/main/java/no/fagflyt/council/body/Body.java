package no.fagflyt.council.body;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A council, network or local group. {@code unitId} is the unit the body belongs to: the hospital for
 * the council, the office group's own unit for a local professional-development group.
 */
@Table("council_body")
public class Body {

    private @Id @Nullable Long id;

    private long organisationId;

    private BodyKind kind;

    private String name;

    private String shortName;

    private String mandate;

    private String meetingRhythm;

    private @Nullable Long unitId;

    private @Version int version;

    @PersistenceCreator
    Body(@Nullable Long id, long organisationId, BodyKind kind, String name, String shortName, String mandate,
            String meetingRhythm, @Nullable Long unitId, int version) {
        this.id = id;
        this.organisationId = organisationId;
        this.kind = kind;
        this.name = name;
        this.shortName = shortName;
        this.mandate = mandate;
        this.meetingRhythm = meetingRhythm;
        this.unitId = unitId;
        this.version = version;
    }

    public Body(long organisationId, BodyKind kind, String name, String shortName, String mandate,
            String meetingRhythm, @Nullable Long unitId) {
        this(null, organisationId, kind, name, shortName, mandate, meetingRhythm, unitId, 0);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Body not saved yet");
        }
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public BodyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public String mandate() {
        return mandate;
    }

    public String meetingRhythm() {
        return meetingRhythm;
    }

    public @Nullable Long unitId() {
        return unitId;
    }

    public int version() {
        return version;
    }

    /** Changes what the body is called, its mandate and how often it meets. */
    public void describe(String name, String mandate, String meetingRhythm) {
        this.name = name;
        this.mandate = mandate;
        this.meetingRhythm = meetingRhythm;
    }

}
