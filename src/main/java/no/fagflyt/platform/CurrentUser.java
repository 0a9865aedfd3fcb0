package no.fagflyt.platform;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as kept in the session. Roles, the enabled flag and whether the password must be
 * changed are read again from the account on every request (see the security configuration), so a withdrawn
 * role or a disabled account takes effect at once; a changed password ends every session opened before it. Unit scopes are not cached here either: they are looked up
 * when access is decided.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final long accountId;

    private final String username;

    private @Nullable String passwordHash;

    private final @Nullable Long personId;

    private final String displayName;

    private final Set<Role> roles;

    private final boolean enabled;

    private final boolean locked;

    private final boolean passwordChangeRequired;

    private final int credentialVersion;

    public CurrentUser(long accountId, String username, @Nullable String passwordHash, @Nullable Long personId,
            String displayName, Set<Role> roles, boolean enabled, boolean locked) {
        this(accountId, username, passwordHash, personId, displayName, roles, enabled, locked, false);
    }

    public CurrentUser(long accountId, String username, @Nullable String passwordHash, @Nullable Long personId,
            String displayName, Set<Role> roles, boolean enabled, boolean locked, boolean passwordChangeRequired) {
        this(accountId, username, passwordHash, personId, displayName, roles, enabled, locked, passwordChangeRequired, 0);
    }

    public CurrentUser(long accountId, String username, @Nullable String passwordHash, @Nullable Long personId,
            String displayName, Set<Role> roles, boolean enabled, boolean locked, boolean passwordChangeRequired,
            int credentialVersion) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.personId = personId;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.locked = locked;
        this.passwordChangeRequired = passwordChangeRequired;
        this.credentialVersion = credentialVersion;
    }

    public long accountId() {
        return accountId;
    }

    public @Nullable Long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The password is a one-time password from the administrator and must be changed before anything else. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /**
     * How many times the account's password had been changed when this session was opened: a session whose
     * count is behind the account's ends, so a new password ends every session opened with an older one.
     */
    public int credentialVersion() {
        return credentialVersion;
    }

    public boolean isAdministrator() {
        return has(Role.ADMINISTRATOR);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** Called after log-in: the password hash has no business in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + "]";
    }

}
