package no.fagflyt.competence.framework;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a framework with its proficiency scale. Only a draft may change; publishing freezes
 * it, and retiring keeps it readable for the assessments made against it.
 */
@Table("framework_version")
public class FrameworkVersion {

    private @Id @Nullable Long id;

    private long frameworkId;

    private int number;

    private VersionStatus status;

    private @Nullable OffsetDateTime publishedAt;

    private @Nullable OffsetDateTime retiredAt;

    @MappedCollection(idColumn = "framework_version_id")
    private Set<ScaleLevel> levels;

    private @Version int version;

    @PersistenceCreator
    FrameworkVersion(@Nullable Long id, long frameworkId, int number, VersionStatus status,
            @Nullable OffsetDateTime publishedAt, @Nullable OffsetDateTime retiredAt, Set<ScaleLevel> levels,
            int version) {
        this.id = id;
        this.frameworkId = frameworkId;
        this.number = number;
        this.status = status;
        this.publishedAt = publishedAt;
        this.retiredAt = retiredAt;
        this.levels = new HashSet<>(levels);
        this.version = version;
    }

    static FrameworkVersion draft(long frameworkId, int number, List<ScaleLevel> levels) {
        return new FrameworkVersion(null, frameworkId, number, VersionStatus.DRAFT, null, null, new HashSet<>(levels),
                0);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Version not saved yet");
        }
        return id;
    }

    public long frameworkId() {
        return frameworkId;
    }

    public int number() {
        return number;
    }

    public VersionStatus status() {
        return status;
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    public @Nullable OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public int version() {
        return version;
    }

    /** The scale, lowest level first. */
    public List<ScaleLevel> levels() {
        return levels.stream().sorted(Comparator.comparingInt(ScaleLevel::levelNo)).toList();
    }

    public int highestLevel() {
        return levels.stream().mapToInt(ScaleLevel::levelNo).max().orElse(0);
    }

    public boolean hasLevel(int levelNo) {
        return levels.stream().anyMatch(level -> level.levelNo() == levelNo);
    }

    public Optional<ScaleLevel> level(int levelNo) {
        return levels.stream().filter(level -> level.levelNo() == levelNo).findFirst();
    }

    void describeLevel(int levelNo, String name, String descriptor) {
        requireDraft();
        levels.removeIf(level -> level.levelNo() == levelNo);
        levels.add(new ScaleLevel(levelNo, name, descriptor));
    }

    void publish(OffsetDateTime now) {
        requireDraft();
        status = VersionStatus.PUBLISHED;
        publishedAt = now;
    }

    void retire(OffsetDateTime now) {
        if (status != VersionStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published version can be retired");
        }
        status = VersionStatus.RETIRED;
        retiredAt = now;
    }

    void expectVersion(int seenVersion) {
        if (seenVersion != version) {
            throw new OptimisticLockingFailureException("Framework version " + id + " changed");
        }
    }

    private void requireDraft() {
        if (!isDraft()) {
            throw new IllegalStateException("Version " + number + " is " + status + " and cannot change");
        }
    }

}
