package no.fagflyt.organisation.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import no.fagflyt.platform.AccountLookup;
import no.fagflyt.platform.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads local accounts for form log-in, and by id for the calendar feed. */
@Service
class AccountUserDetailsService implements UserDetailsService, AccountLookup {

    private final AccountRepository accounts;

    private final JdbcClient jdbc;

    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return userOf(accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
            .orElseThrow(() -> new UsernameNotFoundException("Unknown user")));
    }

    @Override
    public Optional<CurrentUser> activeAccount(long accountId) {
        return accounts.findById(accountId)
            .map(this::userOf)
            .filter(user -> user.isEnabled() && user.isAccountNonLocked());
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

    private CurrentUser userOf(Account account) {
        String displayName = account.personId() == null ? account.username()
                : jdbc.sql("select first_name || ' ' || last_name from person where id = :id")
                    .param("id", account.personId())
                    .query(String.class)
                    .optional()
                    .orElse(account.username());
        return new CurrentUser(account.id(), account.username(), account.passwordHash(), account.personId(), displayName,
                account.roles(), account.enabled(), account.isLocked(clock.instant()));
    }

}
