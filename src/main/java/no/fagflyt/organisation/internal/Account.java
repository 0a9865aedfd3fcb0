package no.fagflyt.organisation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import no.fagflyt.platform.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A local log-in with its roles. Repeated failed log-ins lock it for a while, longer each time. */
@Table("account")
public class Account {

    /** Failures allowed before the first lock. */
    static final int FREE_ATTEMPTS = 5;

    static final Duration FIRST_LOCK = Duration.ofMinutes(5);

    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    private @Id @Nullable Long id;

    private String username;

    private String passwordHash;

    private @Nullable Long personId;

    private boolean enabled;

    private int failedAttempts;

    private @Nullable OffsetDateTime lockedUntil;

    private @Nullable OffsetDateTime lastLoginAt;

    private boolean passwordChangeRequired;

    /** Moves on with every new password, which ends the account's other open sessions. */
    private int credentialVersion;

    @MappedCollection(idColumn = "account_id")
    private Set<RoleGrant> grants;

    // A wrapper, so "new" means "never saved" (null): rows written by bulk SQL start at version 0.
    private @Version @Nullable Integer version;

    @PersistenceCreator
    Account(@Nullable Long id, String username, String passwordHash, @Nullable Long personId, boolean enabled,
            int failedAttempts, @Nullable OffsetDateTime lockedUntil, @Nullable OffsetDateTime lastLoginAt,
            boolean passwordChangeRequired, int credentialVersion, Set<RoleGrant> grants, @Nullable Integer version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.personId = personId;
        this.enabled = enabled;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.lastLoginAt = lastLoginAt;
        this.passwordChangeRequired = passwordChangeRequired;
        this.credentialVersion = credentialVersion;
        this.grants = new HashSet<>(grants);
        this.version = version;
    }

    /** A new account with a one-time password from the administrator, to be changed at the first log-in. */
    public Account(String username, String passwordHash, @Nullable Long personId, Set<RoleGrant> grants) {
        this(null, username, passwordHash, personId, true, 0, null, null, true, 0, grants, null);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public @Nullable Long personId() {
        return personId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<RoleGrant> grants() {
        return Set.copyOf(grants);
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public @Nullable OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    public @Nullable OffsetDateTime lastLoginAt() {
        return lastLoginAt;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public int credentialVersion() {
        return credentialVersion;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }

    /** Every person with an account is at least an employee; the other roles come from grants. */
    public Set<Role> roles() {
        return roles(personId, grants.stream().map(RoleGrant::role).toList());
    }

    static Set<Role> roles(@Nullable Long personId, Collection<Role> granted) {
        Set<Role> roles = new HashSet<>(granted);
        if (personId != null) {
            roles.add(Role.MEDARBEIDER);
        }
        return roles;
    }

    /**
     * How long the account is locked after this many failures in a row: nothing for the first few, then 5, 10,
     * 20, 40 minutes ... up to an hour, so guessing stays slow without locking people out for days.
     */
    static Duration lockAfter(int failedAttempts) {
        if (failedAttempts < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failedAttempts - FREE_ATTEMPTS, 10));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** A password the administrator set: a one-time password the person must replace at the next log-in. */
    public void setOneTimePassword(String newHash) {
        newPassword(newHash, true);
    }

    /** A password the person chose themselves. */
    public void changeOwnPassword(String newHash) {
        newPassword(newHash, false);
    }

    /** Every new password ends the sessions opened with an older one. */
    private void newPassword(String newHash, boolean oneTime) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = oneTime;
        this.credentialVersion++;
    }

    public void linkTo(@Nullable Long personId) {
        this.personId = personId;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void replaceGrants(Set<RoleGrant> newGrants) {
        this.grants = new HashSet<>(newGrants);
    }

    public void expectVersion(int seenVersion) {
        if (seenVersion != version()) {
            throw new OptimisticLockingFailureException("Account " + id + " changed");
        }
    }

}
