package no.fagflyt.organisation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed log-ins towards the temporary lock, and writes log-ins to the audit log. The counter is
 * raised in the database in one statement, so attempts that arrive together are all counted and none of
 * them fails on a version conflict.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;

    private final AuditLog auditLog;

    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Counts one failure and locks the account once the free attempts are used; returns the count. */
    @Transactional
    public int recordFailure(long accountId, String username) {
        // The update holds the row lock until commit, so the count read next is this attempt's own.
        jdbc.sql("update account set failed_attempts = failed_attempts + 1 where id = :id").param("id", accountId).update();
        int failures = jdbc.sql("select failed_attempts from account where id = :id")
            .param("id", accountId)
            .query(Integer.class)
            .single();
        Duration lock = Account.lockAfter(failures);
        if (!lock.isZero()) {
            jdbc.sql("update account set locked_until = :until where id = :id")
                .param("until", utc(clock.instant().plus(lock)))
                .param("id", accountId)
                .update();
        }
        auditLog.recordAs(username, accountId, AuditAction.LOGIN_FAILED, AccountAdministration.AUDIT_ACCOUNT, accountId,
                username, "Mislykket forsøk nr. " + failures);
        return failures;
    }

    @Transactional
    public void recordSuccess(long accountId, String username) {
        jdbc.sql("update account set failed_attempts = 0, locked_until = null, last_login_at = :now where id = :id")
            .param("now", utc(clock.instant()))
            .param("id", accountId)
            .update();
        auditLog.recordAs(username, accountId, AuditAction.LOGIN, AccountAdministration.AUDIT_ACCOUNT, accountId,
                username, null);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

}
