package no.fagflyt.organisation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.fagflyt.platform.AccountLookup;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Accounts as they stand right now, each read in one indexed query with its roles and its person's end date:
 * for log-in, for every request of an open session, and for the calendar feed. As a UserDetailsService it
 * gives the demo data its actors; form log-in goes through {@link AccountAuthenticationProvider}.
 */
@Service
class ActiveAccounts implements AccountLookup, UserDetailsService {

    private static final String SELECT = """
            select a.id, a.username, a.password_hash, a.person_id, a.enabled, a.locked_until,
                   a.password_change_required, a.credential_version, p.first_name, p.last_name, p.end_date, r.role
            from account a
            left join person p on p.id = a.person_id
            left join account_role r on r.account_id = a.id
            """;

    private final JdbcClient jdbc;

    private final Clock clock;

    ActiveAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What log-in and sessions need to know about an account. */
    record AccountState(long id, String username, String passwordHash, @Nullable Long personId, String displayName,
            List<Role> granted, boolean enabled, @Nullable OffsetDateTime lockedUntil, @Nullable LocalDate personEndDate,
            boolean passwordChangeRequired, int credentialVersion) {

        boolean isLocked(Instant now) {
            return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
        }

        /** Enabled, and its person (if any) has not left: the last day of employment still counts. */
        boolean mayBeUsed(LocalDate today) {
            return enabled && (personEndDate == null || !personEndDate.isBefore(today));
        }

        CurrentUser user(Instant now) {
            return new CurrentUser(id, username, null, personId, displayName, Account.roles(personId, granted), enabled,
                    isLocked(now), passwordChangeRequired, credentialVersion);
        }

    }

    Optional<AccountState> byUsername(String normalisedUsername) {
        return read(jdbc.sql(SELECT + " where a.username = :username").param("username", normalisedUsername));
    }

    Optional<AccountState> byId(long accountId) {
        return read(jdbc.sql(SELECT + " where a.id = :id").param("id", accountId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return byUsername(username.strip().toLowerCase(Locale.ROOT)).map(account -> account.user(clock.instant()))
            .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    @Override
    public Optional<CurrentUser> activeAccount(long accountId) {
        Instant now = clock.instant();
        return byId(accountId).filter(account -> account.mayBeUsed(today()) && !account.isLocked(now))
            .map(account -> account.user(now));
    }

    @Override
    public Optional<CurrentUser> signedInAccount(long accountId) {
        Instant now = clock.instant();
        return byId(accountId).filter(account -> account.mayBeUsed(today())).map(account -> account.user(now));
    }

    @Override
    public Map<Long, String> personNames(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                select a.id, p.first_name || ' ' || p.last_name as name
                from account a join person p on p.id = a.person_id
                where a.id in (:ids)
                """)
            .param("ids", accountIds.stream().distinct().toList())
            .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name")))
            .list();
        return names;
    }

    /** One row per role (or one without), so the account and its roles come back in one round trip. */
    private static Optional<AccountState> read(JdbcClient.StatementSpec statement) {
        return statement.query(rs -> {
            if (!rs.next()) {
                return Optional.<AccountState>empty();
            }
            List<Role> granted = new ArrayList<>();
            Long personId = rs.getObject("person_id", Long.class);
            String username = rs.getString("username");
            String firstName = rs.getString("first_name");
            AccountState account = new AccountState(rs.getLong("id"), username, rs.getString("password_hash"), personId,
                    firstName == null ? username : firstName + " " + rs.getString("last_name"), granted,
                    rs.getBoolean("enabled"), rs.getObject("locked_until", OffsetDateTime.class),
                    rs.getObject("end_date", LocalDate.class), rs.getBoolean("password_change_required"),
                    rs.getInt("credential_version"));
            do {
                String role = rs.getString("role");
                if (role != null) {
                    granted.add(Role.valueOf(role));
                }
            }
            while (rs.next());
            return Optional.of(account);
        });
    }

}
