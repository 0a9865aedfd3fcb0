package no.fagflyt.council.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.platform.CurrentUser;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Search over cases, minutes, action items and experience notes. The query's words are stemmed like
 * the index, documents are ranked by how many of them they contain and then by the weight of the fields
 * they were found in (title above conclusion and decision above body text). The access rules are part of
 * the SQL, so a document the user may not see is never counted, ranked or shown:
 * <ul>
 * <li>cases: members of the body and the submitter see all; other employees of the organisation see
 * cases that are not confidential;</li>
 * <li>minutes and actions: members see all; other employees only published minutes, and nothing
 * under an item about a confidential case;</li>
 * <li>experience notes: members of the group only.</li>
 * </ul>
 */
@Service
public class CouncilSearch {

    /** How many hits are shown; more are counted but not listed. */
    public static final int SHOWN = 50;

    private static final int PER_TYPE = 200;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final JdbcClient jdbc;

    private final CouncilAccess access;

    CouncilSearch(JdbcClient jdbc, CouncilAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public record Query(String text, @Nullable Long bodyId, @Nullable CaseStatus status,
            @Nullable CaseCategory category, @Nullable Integer year) {
    }

    public record Results(List<SearchHit> hits, int total, Set<String> terms) {

        public boolean truncated() {
            return total > hits.size();
        }

    }

    public Results search(CurrentUser user, Query query) {
        Set<String> terms = NorwegianStemmer.terms(query.text());
        if (terms.isEmpty()) {
            return new Results(List.of(), 0, terms);
        }
        Scope scope = scope(user);
        List<SearchHit> hits = new ArrayList<>();
        hits.addAll(cases(scope, query, terms));
        hits.addAll(minutes(scope, query, terms));
        hits.addAll(actions(scope, query, terms));
        hits.addAll(notes(scope, query, terms));
        hits.sort(Comparator.comparingInt(SearchHit::matchedTerms)
            .thenComparingInt(SearchHit::score)
            .thenComparing(SearchHit::date)
            .reversed());
        return new Results(hits.subList(0, Math.min(SHOWN, hits.size())), hits.size(), terms);
    }

    /** What the user may see, as SQL conditions; the administrator sees everything. */
    private record Scope(boolean all, List<Long> memberBodies, long organisationId, long accountId) {

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            params.put("members", memberBodies.isEmpty() ? List.of(-1L) : memberBodies);
            params.put("org", organisationId);
            params.put("account", accountId);
            return params;
        }

    }

    private Scope scope(CurrentUser user) {
        return new Scope(user.isAdministrator(), access.memberBodyIds(user), access.organisationOf(user).orElse(-1L),
                user.accountId());
    }

    /**
     * The index rows {@code t} of one document type that match the query's terms. The query joins them flat
     * and groups by document: H2 re-runs a grouped sub-select once per outer row, PostgreSQL does not care.
     */
    private static final String TERMS = "council_search_term t";

    private static String termCondition(String type) {
        return "t.document_type = '" + type + "' and t.term in (:terms)";
    }

    /** Filters on the body {@code b}, the case {@code c} and a year expression. */
    private static String filters(Query query, String yearExpression, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (query.bodyId() != null) {
            sql.append(" and b.id = :body");
            params.put("body", query.bodyId());
        }
        if (query.status() != null) {
            sql.append(" and c.status = :status");
            params.put("status", query.status().name());
        }
        if (query.category() != null) {
            sql.append(" and c.category = :category");
            params.put("category", query.category().name());
        }
        if (query.year() != null) {
            sql.append(" and ").append(yearExpression).append(" = :year");
            params.put("year", query.year());
        }
        return sql.toString();
    }

    private List<SearchHit> cases(Scope scope, Query query, Set<String> terms) {
        Map<String, Object> params = scope.params();
        params.put("terms", terms);
        params.put("limit", PER_TYPE);
        String visible = scope.all() ? "1 = 1"
                : "(c.body_id in (:members) or c.submitter_account_id = :account"
                        + " or (c.confidential = false and b.organisation_id = :org))";
        String columns = "c.id, b.short_name, c.case_year, c.case_number, c.title, c.description, c.status, c.submitted_at";
        return jdbc.sql("select " + columns + ", sum(t.weight) as score, count(*) as matched from " + TERMS
                + " join council_case c on c.id = t.document_id join council_body b on b.id = c.body_id where "
                + termCondition("SAK") + " and " + visible + filters(query, "c.case_year", params) + " group by "
                + columns + " order by matched desc, score desc, c.id desc limit :limit")
            .params(params)
            .query((rs, n) -> {
                String title = rs.getString("title");
                String description = rs.getString("description");
                return new SearchHit(DocumentType.SAK, "/saker/" + rs.getLong("id"), rs.getString("short_name"),
                        CouncilCase.formatNumber(rs.getInt("case_year"), rs.getInt("case_number")), null,
                        rs.getObject("submitted_at", OffsetDateTime.class).atZoneSameInstant(OSLO).toLocalDate(),
                        Highlighter.segments(title, terms), Highlighter.snippet(description, terms),
                        CaseStatus.valueOf(rs.getString("status")), rs.getInt("matched"), rs.getInt("score"));
            })
            .list();
    }

    /** Minutes and actions hang on an agenda item {@code i} of a meeting {@code m}, maybe about a case {@code c}. */
    private static String meetingVisible(Scope scope) {
        return scope.all() ? "1 = 1"
                : "(m.body_id in (:members) or (m.status = 'PUBLISERT' and b.organisation_id = :org"
                        + " and (c.id is null or c.confidential = false)))";
    }

    private List<SearchHit> minutes(Scope scope, Query query, Set<String> terms) {
        Map<String, Object> params = scope.params();
        params.put("terms", terms);
        params.put("limit", PER_TYPE);
        String columns = "i.id, i.meeting_id, m.body_id, b.short_name, m.title, m.starts_at, i.title, i.discussion,"
                + " i.conclusion, i.decision, c.case_year, c.case_number, c.status";
        return jdbc.sql("select i.id, i.meeting_id, m.body_id, b.short_name, m.title as meeting_title, m.starts_at,"
                + " i.title, i.discussion, i.conclusion, i.decision, c.case_year, c.case_number, c.status,"
                + " sum(t.weight) as score, count(*) as matched from " + TERMS
                + " join council_agenda_item i on i.id = t.document_id"
                + " join council_meeting m on m.id = i.meeting_id join council_body b on b.id = m.body_id"
                + " left join council_case c on c.id = i.case_id where " + termCondition("REFERAT") + " and "
                + meetingVisible(scope) + filters(query, "cast(extract(year from m.starts_at) as integer)", params)
                + " group by " + columns + " order by matched desc, score desc, i.id desc limit :limit")
            .params(params)
            .query((rs, n) -> {
                LocalDateTime startsAt = rs.getObject("starts_at", LocalDateTime.class);
                String best = firstMatching(terms, rs.getString("decision"), rs.getString("conclusion"),
                        rs.getString("discussion"));
                return new SearchHit(DocumentType.REFERAT,
                        itemUrl(scope, rs.getLong("body_id"), rs.getLong("meeting_id"), rs.getLong("id")),
                        rs.getString("short_name"),
                        caseNumber(rs), rs.getString("meeting_title") + " " + DATE.format(startsAt),
                        startsAt.toLocalDate(), Highlighter.segments(rs.getString("title"), terms),
                        best == null ? List.of() : Highlighter.snippet(best, terms), status(rs), rs.getInt("matched"),
                        rs.getInt("score"));
            })
            .list();
    }

    private List<SearchHit> actions(Scope scope, Query query, Set<String> terms) {
        Map<String, Object> params = scope.params();
        params.put("terms", terms);
        params.put("limit", PER_TYPE);
        String columns = "a.id, a.meeting_id, a.agenda_item_id, a.description, m.body_id, b.short_name, m.title,"
                + " m.starts_at, c.case_year, c.case_number, c.status";
        return jdbc.sql("select a.id, a.meeting_id, a.agenda_item_id, a.description, m.body_id, b.short_name,"
                + " m.title as meeting_title, m.starts_at, c.case_year, c.case_number, c.status,"
                + " sum(t.weight) as score, count(*) as matched from " + TERMS
                + " join council_action a on a.id = t.document_id"
                + " join council_meeting m on m.id = a.meeting_id join council_body b on b.id = m.body_id"
                + " left join council_case c on c.id = a.case_id where " + termCondition("TILTAK") + " and "
                + meetingVisible(scope) + filters(query, "cast(extract(year from m.starts_at) as integer)", params)
                + " group by " + columns + " order by matched desc, score desc, a.id desc limit :limit")
            .params(params)
            .query((rs, n) -> {
                LocalDateTime startsAt = rs.getObject("starts_at", LocalDateTime.class);
                return new SearchHit(DocumentType.TILTAK,
                        itemUrl(scope, rs.getLong("body_id"), rs.getLong("meeting_id"), rs.getLong("agenda_item_id")),
                        rs.getString("short_name"), caseNumber(rs),
                        rs.getString("meeting_title") + " " + DATE.format(startsAt), startsAt.toLocalDate(),
                        Highlighter.segments(rs.getString("description"), terms), List.of(), status(rs),
                        rs.getInt("matched"), rs.getInt("score"));
            })
            .list();
    }

    /** Members work on the item's own page; others read it in the published minutes. */
    private static String itemUrl(Scope scope, long bodyId, long meetingId, long itemId) {
        if (scope.all() || scope.memberBodies().contains(bodyId)) {
            return "/moter/" + meetingId + "/punkter/" + itemId;
        }
        return "/moter/" + meetingId + "/referat#punkt-" + itemId;
    }

    /** Notes have no case, so a status or category filter leaves them out. */
    private List<SearchHit> notes(Scope scope, Query query, Set<String> terms) {
        if (query.status() != null || query.category() != null) {
            return List.of();
        }
        Map<String, Object> params = scope.params();
        params.put("terms", terms);
        params.put("limit", PER_TYPE);
        String columns = "n.id, n.body_id, b.short_name, n.title, n.what_happened, n.what_we_did, n.what_worked,"
                + " n.what_could_differ, n.occurred_on";
        return jdbc.sql("select " + columns + ", sum(t.weight) as score, count(*) as matched from " + TERMS
                + " join council_experience_note n on n.id = t.document_id join council_body b on b.id = n.body_id"
                + " where " + termCondition("NOTAT") + " and " + (scope.all() ? "1 = 1" : "n.body_id in (:members)")
                + filters(query, "cast(extract(year from n.occurred_on) as integer)", params)
                + " group by " + columns + " order by matched desc, score desc, n.id desc limit :limit")
            .params(params)
            .query((rs, n) -> {
                String best = firstMatching(terms, rs.getString("what_happened"), rs.getString("what_we_did"),
                        rs.getString("what_worked"), rs.getString("what_could_differ"));
                return new SearchHit(DocumentType.NOTAT,
                        "/rad/" + rs.getLong("body_id") + "/erfaringer#notat-" + rs.getLong("id"),
                        rs.getString("short_name"), null, null, rs.getObject("occurred_on", LocalDate.class),
                        Highlighter.segments(rs.getString("title"), terms),
                        best == null ? List.of() : Highlighter.snippet(best, terms), null, rs.getInt("matched"),
                        rs.getInt("score"));
            })
            .list();
    }

    private static @Nullable String firstMatching(Set<String> terms, @Nullable String... texts) {
        String fallback = null;
        for (String text : texts) {
            if (text != null) {
                if (Highlighter.matches(text, terms)) {
                    return text;
                }
                fallback = fallback == null ? text : fallback;
            }
        }
        return fallback;
    }

    private static @Nullable String caseNumber(ResultSet rs) throws SQLException {
        int year = rs.getInt("case_year");
        return rs.wasNull() ? null : CouncilCase.formatNumber(year, rs.getInt("case_number"));
    }

    private static @Nullable CaseStatus status(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return status == null ? null : CaseStatus.valueOf(status);
    }

    /** Years that have cases or meetings, newest first, for the year filter. */
    public List<Integer> years() {
        return jdbc.sql("""
                select distinct y from (select case_year as y from council_case
                union select cast(extract(year from starts_at) as integer) as y from council_meeting) years order by y desc
                """)
            .query((rs, n) -> rs.getInt(1))
            .list();
    }

}
