package no.fagflyt.organisation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.fagflyt.platform.ResultPage;
import no.fagflyt.platform.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The administrator's lists of people and accounts. One query per page (two for accounts, whose roles
 * come in one more), with LIMIT/OFFSET, so a register of hundreds of thousands stays quick.
 */
@Service
public class AdminSearch {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AdminSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record PersonRow(long id, String organisationName, String employeeNumber, String firstName,
            String lastName, String professionName, String unitName, LocalDate startDate,
            @Nullable LocalDate endDate) {

        public boolean hasEnded(LocalDate today) {
            return endDate != null && endDate.isBefore(today);
        }

    }

    /** People whose name or employee number matches, optionally in one organisation, by last name. */
    public ResultPage<PersonRow> people(@Nullable String query, @Nullable Long organisationId, int page) {
        int safePage = ResultPage.safePage(page);
        StringBuilder sql = new StringBuilder("""
                select p.id, o.name as organisation_name, p.employee_number, p.first_name, p.last_name,
                       pr.name as profession_name, u.name as unit_name, p.start_date, p.end_date
                from person p
                join organisation o on o.id = p.organisation_id
                join org_unit u on u.id = p.unit_id
                join profession pr on pr.code = p.profession_code
                where 1 = 1
                """);
        Map<String, Object> params = new HashMap<>();
        if (query != null && !query.isBlank()) {
            String text = query.strip().toLowerCase(Locale.ROOT);
            sql.append("""
                     and (lower(concat(p.first_name, ' ', p.last_name)) like :text
                          or lower(concat(p.last_name, ', ', p.first_name)) like :text
                          or p.employee_number = :exact)
                    """);
            params.put("text", "%" + escapeLike(text) + "%");
            params.put("exact", query.strip());
        }
        if (organisationId != null) {
            sql.append(" and p.organisation_id = :org");
            params.put("org", organisationId);
        }
        sql.append(" order by p.last_name, p.first_name, p.id limit :limit offset :offset");
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", safePage * PAGE_SIZE);
        List<PersonRow> rows = jdbc.sql(sql.toString())
            .params(params)
            .query((rs, n) -> new PersonRow(rs.getLong("id"), rs.getString("organisation_name"),
                    rs.getString("employee_number"), rs.getString("first_name"), rs.getString("last_name"),
                    rs.getString("profession_name"), rs.getString("unit_name"),
                    rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)))
            .list();
        return ResultPage.of(rows, safePage, PAGE_SIZE);
    }

    public record GrantRow(Role role, @Nullable Long unitId, @Nullable String unitName) {
    }

    public record AccountRow(long id, String username, @Nullable Long personId, @Nullable String personName,
            boolean enabled, @Nullable OffsetDateTime lockedUntil, @Nullable OffsetDateTime lastLoginAt,
            List<GrantRow> grants) {

        public boolean isLocked(OffsetDateTime now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

    }

    /** Accounts by user name, with linked person and roles. */
    public ResultPage<AccountRow> accounts(@Nullable String query, int page) {
        int safePage = ResultPage.safePage(page);
        Map<String, Object> params = new HashMap<>();
        String where = "";
        if (query != null && !query.isBlank()) {
            where = " where a.username like :text or lower(concat(p.first_name, ' ', p.last_name)) like :text";
            params.put("text", "%" + escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", safePage * PAGE_SIZE);
        List<AccountRow> rows = jdbc.sql("""
                select a.id, a.username, a.person_id, p.first_name, p.last_name, a.enabled, a.locked_until,
                       a.last_login_at
                from account a left join person p on p.id = a.person_id
                """ + where + " order by a.username limit :limit offset :offset")
            .params(params)
            .query((rs, n) -> {
                long personId = rs.getLong("person_id");
                boolean hasPerson = !rs.wasNull();
                return new AccountRow(rs.getLong("id"), rs.getString("username"), hasPerson ? personId : null,
                        hasPerson ? rs.getString("first_name") + " " + rs.getString("last_name") : null,
                        rs.getBoolean("enabled"), rs.getObject("locked_until", OffsetDateTime.class),
                        rs.getObject("last_login_at", OffsetDateTime.class), new ArrayList<>());
            })
            .list();
        if (!rows.isEmpty()) {
            Map<Long, AccountRow> byId = new HashMap<>();
            rows.forEach(row -> byId.put(row.id(), row));
            jdbc.sql("""
                    select r.account_id, r.role, r.unit_id, u.name as unit_name
                    from account_role r left join org_unit u on u.id = r.unit_id
                    where r.account_id in (:ids) order by r.role, u.name
                    """).param("ids", byId.keySet()).query(rs -> {
                long unit = rs.getLong("unit_id");
                Long unitId = rs.wasNull() ? null : unit;
                byId.get(rs.getLong("account_id"))
                    .grants()
                    .add(new GrantRow(Role.valueOf(rs.getString("role")), unitId, rs.getString("unit_name")));
            });
        }
        return ResultPage.of(rows, safePage, PAGE_SIZE);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
