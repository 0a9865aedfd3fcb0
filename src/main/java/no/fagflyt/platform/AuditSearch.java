package no.fagflyt.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read model behind the administrator's audit log page: filtered, newest first, one page at a time. */
@Service
public class AuditSearch {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    private final AccountLookup accounts;

    AuditSearch(JdbcClient jdbc, AccountLookup accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public record Filter(@Nullable String actor, @Nullable AuditAction action, @Nullable String subjectType,
            @Nullable String subjectId, @Nullable LocalDate from, @Nullable LocalDate to, int page) {
    }

    /**
     * One event. {@code actor} is the username it was recorded with; {@code actorName} the name of the person
     * behind the account, or the username again when no person is linked (the system, an unknown login).
     */
    public record Entry(long id, OffsetDateTime occurredAt, String actor, String actorName, AuditAction action,
            String subjectType, @Nullable String subjectId, @Nullable String subjectLabel, @Nullable String details) {

        /** The label key of the kind of thing the event is about, e.g. "audit.subject.PERSON". */
        public String subjectTypeKey() {
            return AuditSearch.subjectTypeKey(subjectType);
        }

        /** Whether Fagflyt itself did it, with no one signed in. */
        public boolean bySystem() {
            return AuditLog.SYSTEM.equals(actor) && actor.equals(actorName);
        }
    }

    /** The label key of a kind of audited subject, e.g. "audit.subject.PERSON". */
    public static String subjectTypeKey(String subjectType) {
        return "audit.subject." + subjectType;
    }

    private record Row(Entry entry, @Nullable Long actorAccountId) {
    }

    public ResultPage<Entry> search(Filter filter) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor_username, actor_account_id, action, subject_type, subject_id, subject_label, details
                from audit_event where 1 = 1
                """);
        Map<String, Object> params = new HashMap<>();
        if (hasText(filter.actor())) {
            sql.append(" and lower(actor_username) like :actor");
            params.put("actor", "%" + filter.actor().toLowerCase() + "%");
        }
        if (filter.action() != null) {
            sql.append(" and action = :action");
            params.put("action", filter.action().name());
        }
        if (hasText(filter.subjectType())) {
            sql.append(" and subject_type = :subjectType");
            params.put("subjectType", filter.subjectType());
        }
        if (hasText(filter.subjectId())) {
            sql.append(" and subject_id = :subjectId");
            params.put("subjectId", filter.subjectId().trim());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(NorwegianTime.ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(NorwegianTime.ZONE).toOffsetDateTime());
        }
        int page = ResultPage.safePage(filter.page());
        sql.append(" order by occurred_at desc, id desc limit :limit offset :offset");
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", page * PAGE_SIZE);
        List<Row> rows = jdbc.sql(sql.toString())
            .params(params)
            .query((rs, n) -> new Row(new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("actor_username"), rs.getString("actor_username"),
                    AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"),
                    rs.getString("subject_id"), rs.getString("subject_label"), rs.getString("details")),
                    rs.getObject("actor_account_id", Long.class)))
            .list();
        Map<Long, String> names = accounts.personNames(
                rows.stream().map(Row::actorAccountId).filter(Objects::nonNull).toList());
        List<Entry> entries = new ArrayList<>(rows.stream().map(row -> named(row, names)).toList());
        return ResultPage.of(entries, page, PAGE_SIZE);
    }

    private static Entry named(Row row, Map<Long, String> names) {
        Entry e = row.entry();
        String name = row.actorAccountId() == null ? null : names.get(row.actorAccountId());
        return name == null ? e : new Entry(e.id(), e.occurredAt(), e.actor(), name, e.action(), e.subjectType(),
                e.subjectId(), e.subjectLabel(), e.details());
    }

    public List<String> subjectTypes() {
        return jdbc.sql("select distinct subject_type from audit_event order by subject_type")
            .query(String.class)
            .list();
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

}
