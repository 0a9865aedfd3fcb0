package no.fagflyt.organisation.internal;

import no.fagflyt.organisation.OrganisationKind;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("organisation")
public class Organisation {

    private @Id @Nullable Long id;

    private String name;

    private OrganisationKind kind;

    private @Nullable String orgNumber;

    // A wrapper, so "new" means "never saved" (null): rows written by bulk SQL start at version 0.
    private @Version @Nullable Integer version;

    @PersistenceCreator
    Organisation(@Nullable Long id, String name, OrganisationKind kind, @Nullable String orgNumber, @Nullable Integer version) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.orgNumber = orgNumber;
        this.version = version;
    }

    public Organisation(String name, OrganisationKind kind, @Nullable String orgNumber) {
        this(null, name, kind, orgNumber, null);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Organisation not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public @Nullable String orgNumber() {
        return orgNumber;
    }

}
