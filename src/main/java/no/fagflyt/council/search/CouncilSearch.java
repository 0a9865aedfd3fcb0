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
import java.util.EnumMap;
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
        List<Ranked> ranked = new ArrayList<>();
        for (Source source : Source.values()) {
            ranked.addAll(rank(source, scope, query, terms));
        }
        ranked.sort(Comparator.comparingInt(Ranked::matched)
            .thenComparingInt(Ranked::score)
            .thenComparing(Ranked::date)
            .reversed());
        List<Ranked> shown = ranked.subList(0, Math.min(SHOWN, ranked.size()));
        Map<DocumentType, Map<Long, SearchHit>> details = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            Map<Long, Ranked> ofType = new HashMap<>();
            shown.stream().filter(r -> r.type() == type).forEach(r -> ofType.put(r.id(), r));
            if (!ofType.isEmpty()) {
                details.put(type, details(type, scope, ofType, terms));
            }
        }
        List<SearchHit> hits = shown.stream().map(r -> details.get(r.type()).get(r.id())).toList();
        return new Results(hits, ranked.size(), terms);
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

    /** A document found, before its texts are read: the ranking needs only ids, counts and a date. */
    private record Ranked(DocumentType type, long id, int matched, int score, LocalDate date) {
    }

    /**
     * Where each document type lives: the joins from the index rows {@code t} to its body {@code b} and,
     * where it has one, its case {@code c}; who may see it; and its date and year.
     */
    private enum Source {

        CASES(DocumentType.SAK, """
                join council_case c on c.id = t.document_id join council_body b on b.id = c.body_id""",
                "(c.body_id in (:members) or c.submitter_account_id = :account"
                        + " or (c.confidential = false and b.organisation_id = :org))",
                "c.submitted_at", "c.case_year"),
        MINUTES(DocumentType.REFERAT, """
                join council_agenda_item i on i.id = t.document_id join council_meeting m on m.id = i.meeting_id
                join council_body b on b.id = m.body_id left join council_case c on c.id = i.case_id""",
                Source.MEETING_VISIBLE, "m.starts_at", "cast(extract(year from m.starts_at) as integer)"),
        ACTIONS(DocumentType.TILTAK, """
                join council_action a on a.id = t.document_id join council_meeting m on m.id = a.meeting_id
                join council_body b on b.id = m.body_id left join council_case c on c.id = a.case_id""",
                Source.MEETING_VISIBLE, "m.starts_at", "cast(extract(year from m.starts_at) as integer)"),
        // Notes have no case, so a status or category filter leaves them out.
        NOTES(DocumentType.NOTAT, """
                join council_experience_note n on n.id = t.document_id join council_body b on b.id = n.body_id""",
                "n.body_id in (:members)", "n.occurred_on", "cast(extract(year from n.occurred_on) as integer)");

        /** Minutes and actions: members see all; others only published minutes not about a confidential case. */
        private static final String MEETING_VISIBLE = "(m.body_id in (:members) or (m.status = 'PUBLISERT'"
                + " and b.organisation_id = :org and (c.id is null or c.confidential = false)))";

        final DocumentType type;

        final String joins;

        final String visible;

        final String date;

        final String year;

        Source(DocumentType type, String joins, String visible, String date, String year) {
            this.type = type;
            this.joins = joins;
            this.visible = visible;
            this.date = date;
            this.year = year;
        }

        boolean hasCase() {
            return type != DocumentType.NOTAT;
        }

    }

    /**
     * The best documents of one type for the query, grouped on the document id alone: grouping the matching
     * index rows of a common word together with the documents' texts is what made search slow.
     */
    private List<Ranked> rank(Source source, Scope scope, Query query, Set<String> terms) {
        if (!source.hasCase() && (query.status() != null || query.category() != null)) {
            return List.of();
        }
        Map<String, Object> params = scope.params();
        params.put("terms", terms);
        params.put("type", source.type.name());
        params.put("limit", PER_TYPE);
        StringBuilder sql = new StringBuilder("select t.document_id, sum(t.weight) as score, count(*) as matched, max(")
            .append(source.date)
            .append(") as sort_date from council_search_term t ")
            .append(source.joins)
            .append(" where t.document_type = :type and t.term in (:terms) and ")
            .append(scope.all() ? "1 = 1" : source.visible);
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
            sql.append(" and ").append(source.year).append(" = :year");
            params.put("year", query.year());
        }
        sql.append(" group by t.document_id order by matched desc, score desc, t.document_id desc limit :limit");
        return jdbc.sql(sql.toString())
            .params(params)
            .query((rs, n) -> new Ranked(source.type, rs.getLong("document_id"), rs.getInt("matched"),
                    rs.getInt("score"), sortDate(rs, source)))
            .list();
    }

    /** The sort date in Norwegian time, read as the type its column has (cases carry an instant). */
    private static LocalDate sortDate(ResultSet rs, Source source) throws SQLException {
        return switch (source) {
            case CASES -> rs.getObject("sort_date", OffsetDateTime.class).atZoneSameInstant(OSLO).toLocalDate();
            case MINUTES, ACTIONS -> rs.getObject("sort_date", LocalDateTime.class).toLocalDate();
            case NOTES -> rs.getObject("sort_date", LocalDate.class);
        };
    }

    /** The texts of the shown hits of one type, read by id once the ranking is done. */
    private Map<Long, SearchHit> details(DocumentType type, Scope scope, Map<Long, Ranked> ranked, Set<String> terms) {
        Map<Long, SearchHit> hits = new HashMap<>();
        switch (type) {
            case SAK -> jdbc.sql("""
                    select c.id, b.short_name, c.case_year, c.case_number, c.title, c.description, c.status,
                           c.submitted_at
                    from council_case c join council_body b on b.id = c.body_id where c.id in (:ids)""")
                .param("ids", ranked.keySet())
                .query(rs -> {
                    Ranked rank = ranked.get(rs.getLong("id"));
                    hits.put(rank.id(), new SearchHit(type, "/saker/" + rank.id(), rs.getString("short_name"),
                            CouncilCase.formatNumber(rs.getInt("case_year"), rs.getInt("case_number")), null,
                            rank.date(), Highlighter.segments(rs.getString("title"), terms),
                            Highlighter.snippet(rs.getString("description"), terms),
                            CaseStatus.valueOf(rs.getString("status")), rank.matched(), rank.score()));
                });
            case REFERAT -> jdbc.sql("""
                    select i.id, i.meeting_id, m.body_id, b.short_name, m.title as meeting_title, m.starts_at,
                           i.title, i.discussion, i.conclusion, i.decision, c.case_year, c.case_number, c.status
                    from council_agenda_item i join council_meeting m on m.id = i.meeting_id
                    join council_body b on b.id = m.body_id left join council_case c on c.id = i.case_id
                    where i.id in (:ids)""")
                .param("ids", ranked.keySet())
                .query(rs -> {
                    Ranked rank = ranked.get(rs.getLong("id"));
                    LocalDateTime startsAt = rs.getObject("starts_at", LocalDateTime.class);
                    String best = firstMatching(terms, rs.getString("decision"), rs.getString("conclusion"),
                            rs.getString("discussion"));
                    hits.put(rank.id(), new SearchHit(type,
                            itemUrl(scope, rs.getLong("body_id"), rs.getLong("meeting_id"), rank.id()),
                            rs.getString("short_name"), caseNumber(rs),
                            rs.getString("meeting_title") + " " + DATE.format(startsAt), rank.date(),
                            Highlighter.segments(rs.getString("title"), terms),
                            best == null ? List.of() : Highlighter.snippet(best, terms), status(rs), rank.matched(),
                            rank.score()));
                });
            case TILTAK -> jdbc.sql("""
                    select a.id, a.meeting_id, a.agenda_item_id, a.description, m.body_id, b.short_name,
                           m.title as meeting_title, m.starts_at, c.case_year, c.case_number, c.status
                    from council_action a join council_meeting m on m.id = a.meeting_id
                    join council_body b on b.id = m.body_id left join council_case c on c.id = a.case_id
                    where a.id in (:ids)""")
                .param("ids", ranked.keySet())
                .query(rs -> {
                    Ranked rank = ranked.get(rs.getLong("id"));
                    LocalDateTime startsAt = rs.getObject("starts_at", LocalDateTime.class);
                    hits.put(rank.id(), new SearchHit(type,
                            itemUrl(scope, rs.getLong("body_id"), rs.getLong("meeting_id"),
                                    rs.getLong("agenda_item_id")),
                            rs.getString("short_name"), caseNumber(rs),
                            rs.getString("meeting_title") + " " + DATE.format(startsAt), rank.date(),
                            Highlighter.segments(rs.getString("description"), terms), List.of(), status(rs),
                            rank.matched(), rank.score()));
                });
            case NOTAT -> jdbc.sql("""
                    select n.id, n.body_id, b.short_name, n.title, n.what_happened, n.what_we_did, n.what_worked,
                           n.what_could_differ
                    from council_experience_note n join council_body b on b.id = n.body_id where n.id in (:ids)""")
                .param("ids", ranked.keySet())
                .query(rs -> {
                    Ranked rank = ranked.get(rs.getLong("id"));
                    String best = firstMatching(terms, rs.getString("what_happened"), rs.getString("what_we_did"),
                            rs.getString("what_worked"), rs.getString("what_could_differ"));
                    hits.put(rank.id(), new SearchHit(type,
                            "/rad/" + rs.getLong("body_id") + "/erfaringer#notat-" + rank.id(),
                            rs.getString("short_name"), null, null, rank.date(),
                            Highlighter.segments(rs.getString("title"), terms),
                            best == null ? List.of() : Highlighter.snippet(best, terms), null, rank.matched(),
                            rank.score()));
                });
        }
        return hits;
    }

    /** Members work on the item's own page; others read it in the published minutes. */
    private static String itemUrl(Scope scope, long bodyId, long meetingId, long itemId) {
        if (scope.all() || scope.memberBodies().contains(bodyId)) {
            return "/moter/" + meetingId + "/punkter/" + itemId;
        }
        return "/moter/" + meetingId + "/referat#punkt-" + itemId;
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
