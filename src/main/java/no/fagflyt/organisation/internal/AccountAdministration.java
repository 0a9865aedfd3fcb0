package no.fagflyt.organisation.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.CurrentUsers;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and roles, managed by the administrator. */
@Service
public class AccountAdministration {

    static final String AUDIT_ACCOUNT = "KONTO";

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");

    private final AccountRepository accounts;

    private final UnitRepository units;

    private final PersonRepository people;

    private final PasswordEncoder passwordEncoder;

    private final AuditLog auditLog;

    private final LoginAttempts loginAttempts;

    private final Clock clock;

    AccountAdministration(AccountRepository accounts, UnitRepository units, PersonRepository people,
            PasswordEncoder passwordEncoder, AuditLog auditLog, LoginAttempts loginAttempts, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.loginAttempts = loginAttempts;
        this.clock = clock;
    }

    /** A new account; the password is a one-time password the person must change at the first log-in. */
    @Transactional
    public Outcome<Account> create(String username, String password, @Nullable Long personId, Set<RoleGrant> grants) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            return Outcome.refused("username", "account.error.usernameFormat");
        }
        if (accounts.findByUsername(name).isPresent()) {
            return Outcome.refused("username", "account.error.usernameTaken", name);
        }
        Outcome<Account> refusal = PasswordPolicy.check(password, name, "password");
        if (refusal == null) {
            refusal = checkLinks(personId, grants);
        }
        if (refusal != null) {
            return refusal;
        }
        Account account = accounts.save(new Account(name, passwordEncoder.encode(password), personId, grants));
        auditLog.record(AuditAction.CREATE, AUDIT_ACCOUNT, account.id(), name, describe(grants));
        return Outcome.done(account);
    }

    @Transactional
    public Outcome<Account> update(long accountId, int seenVersion, @Nullable Long personId, Set<RoleGrant> grants,
            boolean enabled) {
        Account account = load(accountId);
        account.expectVersion(seenVersion);
        boolean ownAccount = CurrentUsers.current().map(user -> user.accountId() == accountId).orElse(false);
        boolean staysAdministrator = enabled && grants.stream().anyMatch(grant -> grant.role() == Role.ADMINISTRATOR);
        if (ownAccount && account.roles().contains(Role.ADMINISTRATOR) && !staysAdministrator) {
            // Otherwise the last administrator could lock everyone out of administration.
            return Outcome.refused("grants", "account.error.selfLockout");
        }
        Outcome<Account> refusal = checkLinks(personId, grants);
        if (refusal != null) {
            return refusal;
        }
        account.linkTo(personId);
        account.replaceGrants(grants);
        account.setEnabled(enabled);
        account = accounts.save(account);
        auditLog.record(AuditAction.UPDATE, AUDIT_ACCOUNT, account.id(), account.username(),
                describe(grants) + (enabled ? "" : " (deaktivert)"));
        return Outcome.done(account);
    }

    /** The administrator sets a one-time password, which the person must change at the next log-in. */
    @Transactional
    public Outcome<Account> resetPassword(long accountId, String newPassword) {
        Account account = load(accountId);
        Outcome<Account> refusal = PasswordPolicy.check(newPassword, account.username(), "password");
        if (refusal != null) {
            return refusal;
        }
        account.setOneTimePassword(passwordEncoder.encode(newPassword));
        account.unlock();
        account = accounts.save(account);
        auditLog.record(AuditAction.UPDATE, AUDIT_ACCOUNT, account.id(), account.username(), "Nytt passord satt");
        return Outcome.done(account);
    }

    @Transactional
    public Account unlock(long accountId) {
        Account account = load(accountId);
        account.unlock();
        account = accounts.save(account);
        auditLog.record(AuditAction.UPDATE, AUDIT_ACCOUNT, account.id(), account.username(), "Låst opp");
        return account;
    }

    /**
     * The signed-in person changes their own password, giving the current one. A wrong current password counts
     * towards the temporary lock like a failed log-in, so an unattended session cannot be used to guess it.
     */
    @Transactional
    public Outcome<Account> changeOwnPassword(CurrentUser user, String currentPassword, String newPassword,
            String repeated) {
        Account account = load(user.accountId());
        if (account.isLocked(clock.instant())) {
            return Outcome.refused("currentPassword", "account.error.passwordLocked");
        }
        if (!PasswordPolicy.matches(passwordEncoder, currentPassword, account.passwordHash())) {
            loginAttempts.recordFailure(account.id(), account.username());
            return Outcome.refused("currentPassword", "account.error.currentPasswordWrong");
        }
        Outcome<Account> refusal = PasswordPolicy.check(newPassword, account.username(), "newPassword");
        if (refusal != null) {
            return refusal;
        }
        if (!newPassword.equals(repeated)) {
            return Outcome.refused("repeatedPassword", "account.error.passwordMismatch");
        }
        if (newPassword.equals(currentPassword)) {
            return Outcome.refused("newPassword", "account.error.passwordUnchanged");
        }
        account.changeOwnPassword(passwordEncoder.encode(newPassword));
        account = accounts.save(account);
        auditLog.record(AuditAction.UPDATE, AUDIT_ACCOUNT, account.id(), account.username(), "Byttet eget passord");
        return Outcome.done(account);
    }

    private @Nullable Outcome<Account> checkLinks(@Nullable Long personId, Set<RoleGrant> grants) {
        if (personId != null && people.findById(personId).isEmpty()) {
            return Outcome.refused("personId", "account.error.personUnknown");
        }
        for (RoleGrant grant : grants) {
            if (grant.role().requiresUnit() && grant.unitId() == null) {
                return Outcome.refused("grants", "account.error.roleNeedsUnit");
            }
            if (grant.unitId() != null && units.findById(grant.unitId()).isEmpty()) {
                return Outcome.refused("grants", "account.error.unitUnknown");
            }
        }
        return null;
    }

    private static String describe(Set<RoleGrant> grants) {
        return grants.stream()
            .map(grant -> grant.role().name() + (grant.unitId() == null ? "" : "@" + grant.unitId()))
            .sorted()
            .reduce((a, b) -> a + ", " + b)
            .orElse("ingen roller");
    }

    Account load(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundProblem("Konto " + accountId));
    }

}
