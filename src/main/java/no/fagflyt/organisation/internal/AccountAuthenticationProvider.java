package no.fagflyt.organisation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import no.fagflyt.organisation.internal.ActiveAccounts.AccountState;
import no.fagflyt.platform.CurrentUser;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Form log-in against the local accounts. Attempts for the same username take turns through a gate, and
 * each failure is counted before the next attempt reads the account, so thirty wrong passwords sent at once
 * cost at most the free attempts' worth of password checks: the rest meet the lock. An unknown, disabled or
 * ended account costs one check against a dummy hash, so the time taken does not tell whether it exists.
 * The gate is per application instance; the count and the lock are in the database and hold across instances.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    /** Gates shared by hash of the username: bounded memory, and two names rarely share one. */
    private static final int GATES = 64;

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    private final ReentrantLock[] gates = new ReentrantLock[GATES];

    private final ActiveAccounts accounts;

    private final LoginAttempts attempts;

    private final PasswordEncoder passwordEncoder;

    private final Clock clock;

    private final String dummyHash;

    AccountAuthenticationProvider(ActiveAccounts accounts, LoginAttempts attempts, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        this.attempts = attempts;
        this.passwordEncoder = passwordEncoder;
        this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
        for (int i = 0; i < GATES; i++) {
            gates[i] = new ReentrantLock(true);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String password = String.valueOf(authentication.getCredentials());
        ReentrantLock gate = gates[Math.floorMod(username.hashCode(), GATES)];
        try {
            if (!gate.tryLock(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LockedException("Too many log-in attempts waiting for " + username);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InternalAuthenticationServiceException("Interrupted while waiting to log in", ex);
        }
        try {
            UsernamePasswordAuthenticationToken result = check(username, password);
            result.setDetails(authentication.getDetails());
            return result;
        }
        catch (DataAccessException ex) {
            throw new InternalAuthenticationServiceException("Accounts unavailable", ex);
        }
        finally {
            gate.unlock();
        }
    }

    private UsernamePasswordAuthenticationToken check(String username, String password) {
        Instant now = clock.instant();
        Optional<AccountState> found = accounts.byUsername(username);
        if (found.isEmpty()) {
            matches(password, dummyHash);
            throw new BadCredentialsException("Unknown user");
        }
        AccountState account = found.get();
        if (account.isLocked(now)) {
            // The lock is the throttle: no password check at all until it runs out.
            throw new LockedException("Locked");
        }
        if (!account.mayBeUsed(accounts.today())) {
            matches(password, dummyHash);
            throw new DisabledException("Disabled or employment ended");
        }
        if (!matches(password, account.passwordHash())) {
            attempts.recordFailure(account.id(), account.username());
            throw new BadCredentialsException("Bad credentials");
        }
        attempts.recordSuccess(account.id(), account.username());
        CurrentUser user = account.user(now);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private boolean matches(String password, String hash) {
        return PasswordPolicy.matches(passwordEncoder, password, hash);
    }

}
