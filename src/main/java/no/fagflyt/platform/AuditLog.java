package no.fagflyt.platform;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes who read or changed what. Personal data is never copied into the log beyond a short label,
 * so the log itself does not become a second register.
 */
@Service
public class AuditLog {

    /** The actor recorded for work no one signed in did, such as scheduled jobs and the demo data. */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;

    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or by "system" when none is signed in). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String subjectType, @Nullable Object subjectId, @Nullable String subjectLabel,
            @Nullable String details) {
        var user = CurrentUsers.current();
        recordAs(user.map(CurrentUser::getUsername).orElse(SYSTEM), user.map(CurrentUser::accountId).orElse(null),
                action, subjectType, subjectId, subjectLabel, details);
    }

    /** Records an action by a named actor, used where no one is signed in yet (log-in attempts). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actorUsername, @Nullable Long actorAccountId, AuditAction action, String subjectType,
            @Nullable Object subjectId, @Nullable String subjectLabel, @Nullable String details) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_username, actor_account_id, action, subject_type,
                                         subject_id, subject_label, details)
                values (:occurredAt, :actor, :actorId, :action, :subjectType, :subjectId, :label, :details)
                """)
            .param("occurredAt", OffsetDateTime.now(clock))
            .param("actor", truncate(actorUsername, 100))
            .param("actorId", actorAccountId)
            .param("action", action.name())
            .param("subjectType", subjectType)
            .param("subjectId", subjectId == null ? null : subjectId.toString())
            .param("label", truncate(subjectLabel, 300))
            .param("details", truncate(details, 2000))
            .update();
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

}
