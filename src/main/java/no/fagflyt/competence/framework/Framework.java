package no.fagflyt.competence.framework;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A named competence framework; its content lives in its versions. */
@Table("competence_framework")
public class Framework {

    private @Id @Nullable Long id;

    private String code;

    private String name;

    private @Nullable String description;

    private @Version int version;

    @PersistenceCreator
    Framework(@Nullable Long id, String code, String name, @Nullable String description, int version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.description = description;
        this.version = version;
    }

    Framework(String code, String name, @Nullable String description) {
        this(null, code, name, description, 0);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Framework not saved yet");
        }
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public @Nullable String description() {
        return description;
    }

}
