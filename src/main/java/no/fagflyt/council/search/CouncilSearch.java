package no.fagflyt.council.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;

/**
 * Search over cases, minutes, action items and experience notes. The query's words are stemmed like
 * the index, documents are ranked by how many of them they contain, then by the weight of the fields
 * they were found in (title above conclusion and decision above body text), then by date. The access rules
 * are tested on the facts each index row carries, so a document the user may not see is never counted,
 * ranked or shown:
 * <ul>
 * <li>members of the body see all its documents, and the submitter their own case;</li>
 * <li>other employees of the organisation see cases that are not confidential and the minutes and actions
 * of published meetings that are not about a confidential case;</li>
 * <li>experience notes are for the group's members only.</li>
 * </ul>
 * Each word is read from the index in ranking order and at most {@value #CANDIDATES_PER_TERM} visible
 * documents are taken from it, so a word that occurs in half the archive costs no more than a rare one.
 * When a word has more, the count is shown as a lower bound and the best of the title matches and newest
 * documents are ranked; the filters narrow the search to the rest.
 */
@Service
public class CouncilSearch {

    /** How many hits are shown; more are counted but not listed. */
    public static final int SHOWN = 50;

    static final int CANDIDATES_PER_TERM = 1_000;

    /** Words beyond this many in one query are ignored; a search box is not a document. */
    private static final int MAX_TERMS = 8;

    /**
     * Candidates looked up in the first round when a word's list was cut short: often enough to settle the
     * shown list. Later rounds take more at a time, so a query never needs more than a few.
     */
    private static final int FIRST_LOOKUP = 2 * SHOWN;

    private static final int LATER_LOOKUPS = 1_000;

    /** Ranking: most words matched, then weight of the fields, then newest. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::matched)
        .thenComparingInt(Candidate::score)
        .thenComparing(Candidate::date)
        .thenComparingLong(Candidate::id)
        .reversed();

    private final JdbcClient jdbc;

    private final CouncilAccess access;

    CouncilSearch(JdbcClient jdbc, CouncilAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public record Query(String text, @Nullable Long bodyId, @Nullable CaseStatus status,
            @Nullable CaseCategory category, @Nullable Integer year) {
    }

    /** The hits shown; {@code total} counts all found, and is a lower bound when {@code atLeast} is set. */
    public record Results(List<SearchHit> hits, int total, boolean atLeast, Set<String> terms) {

        public boolean truncated() {
            return total > hits.size();
        }

    }

    public Results search(CurrentUser user, Query query) {
        Set<String> terms = NorwegianStemmer.terms(query.text()).stream()
            .limit(MAX_TERMS)
            .collect(Collectors.toCollection(LinkedHashSet::new));
        if (terms.isEmpty()) {
            return new Results(List.of(), 0, false, terms);
        }
        Scope scope = scope(user);
        Map<DocumentKey, Candidate> candidates = new LinkedHashMap<>();
        Map<String, Integer> cutShort = new LinkedHashMap<>();
        for (String term : terms) {
            Integer lastWeight = candidatesOf(term, scope, query, candidates);
            if (lastWeight != null) {
                cutShort.put(term, lastWeight);
            }
        }
        if (!cutShort.isEmpty() && terms.size() > 1) {
            completeScores(candidates, cutShort);
        }
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.sort(BEST_FIRST);
        List<Candidate> shown = ranked.subList(0, Math.min(SHOWN, ranked.size()));
        Map<DocumentType, Map<Long, SearchHit>> details = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            Map<Long, Candidate> ofType = new HashMap<>();
            shown.stream().filter(c -> c.key.type() == type).forEach(c -> ofType.put(c.key.id(), c));
            if (!ofType.isEmpty()) {
                details.put(type, details(type, scope, ofType, terms));
            }
        }
        List<SearchHit> hits = shown.stream().map(c -> details.get(c.key.type()).get(c.key.id())).toList();
        return new Results(hits, ranked.size(), !cutShort.isEmpty(), terms);
    }

    /** What the user may see; the administrator sees everything. */
    private record Scope(boolean all, List<Long> memberBodies, long organisationId, long accountId) {

        String condition() {
            return all ? "1 = 1" : "(body_id in (:members) or submitter_account_id = :account"
                    + " or (open_to_org = true and organisation_id = :org))";
        }

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            if (!all) {
                params.put("members", memberBodies.isEmpty() ? List.of(-1L) : memberBodies);
                params.put("org", organisationId);
                params.put("account", accountId);
            }
            return params;
        }

    }

    private Scope scope(CurrentUser user) {
        return new Scope(user.isAdministrator(), access.memberBodyIds(user), access.organisationOf(user).orElse(-1L),
                user.accountId());
    }

    private record DocumentKey(DocumentType type, long id) {
    }

    /** A document found, before its texts are read: the ranking needs only the words it has and a date. */
    private static final class Candidate {

        final DocumentKey key;

        final LocalDate date;

        final Map<String, Integer> weights = new HashMap<>();

        /** Whether the words whose lists were cut short have been looked up for this document. */
        boolean complete;

        Candidate(DocumentKey key, LocalDate date) {
            this.key = key;
            this.date = date;
        }

        int matched() {
            return weights.size();
        }

        int score() {
            return weights.values().stream().mapToInt(Integer::intValue).sum();
        }

        /**
         * The best rank this document could still reach: as if it had every cut-short word it has not been
         * found with, each with the weight of the last row read of that word's list, since it comes after it.
         */
        Candidate bestCase(Map<String, Integer> cutShort) {
            Candidate best = new Candidate(key, date);
            best.weights.putAll(weights);
            if (!complete) {
                cutShort.forEach(best.weights::putIfAbsent);
            }
            return best;
        }

        long id() {
            return key.id();
        }

        LocalDate date() {
            return date;
        }

    }

    /**
     * Adds the best visible documents that contain one word, read in the index's own order (title matches
     * first, then newest); when the word has more than are taken, the weight of the last one taken, else null.
     */
    private @Nullable Integer candidatesOf(String term, Scope scope, Query query, Map<DocumentKey, Candidate> candidates) {
        Map<String, Object> params = scope.params();
        params.put("term", term);
        params.put("limit", CANDIDATES_PER_TERM + 1);
        StringBuilder sql = new StringBuilder("""
                select document_type, document_id, weight, sort_date from council_search_term
                where term = :term and\s""").append(scope.condition());
        if (query.bodyId() != null) {
            sql.append(" and body_id = :body");
            params.put("body", query.bodyId());
        }
        if (query.status() != null) {
            sql.append(" and case_status = :status");
            params.put("status", query.status().name());
        }
        if (query.category() != null) {
            sql.append(" and case_category = :category");
            params.put("category", query.category().name());
        }
        if (query.year() != null) {
            sql.append(" and doc_year = :year");
            params.put("year", query.year());
        }
        sql.append(" order by weight desc, sort_date desc, document_id desc limit :limit");
        int[] rows = { 0 };
        int[] lastWeight = { 0 };
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            if (++rows[0] <= CANDIDATES_PER_TERM) {
                DocumentKey key = new DocumentKey(DocumentType.valueOf(rs.getString("document_type")),
                        rs.getLong("document_id"));
                LocalDate date = rs.getObject("sort_date", LocalDate.class);
                lastWeight[0] = rs.getInt("weight");
                candidates.computeIfAbsent(key, k -> new Candidate(k, date)).weights.put(term, lastWeight[0]);
            }
        });
        return rows[0] > CANDIDATES_PER_TERM ? lastWeight[0] : null;
    }

    /**
     * A candidate found through one word may also contain a word whose list was cut short; those weights are
     * looked up by document, so every shown document is ranked on all the words it has. Candidates are
     * looked up best case first, a batch at a time, until none of the rest could reach the shown list even
     * with every word it might have: a common word then costs a few batches, not a lookup per candidate.
     * The ids are the index's own numbers, written into the SQL because long parameter lists are slow on H2.
     */
    private void completeScores(Map<DocumentKey, Candidate> candidates, Map<String, Integer> cutShort) {
        List<Candidate> open = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
            candidate.complete = candidate.weights.keySet().containsAll(cutShort.keySet());
            if (!candidate.complete) {
                open.add(candidate);
            }
        }
        Map<Candidate, Candidate> bestCases = new IdentityHashMap<>();
        open.forEach(candidate -> bestCases.put(candidate, candidate.bestCase(cutShort)));
        open.sort(Comparator.comparing(bestCases::get, BEST_FIRST));
        int from = 0;
        int batchSize = FIRST_LOOKUP;
        while (from < open.size()) {
            Candidate bar = lastShown(candidates.values());
            if (bar != null && BEST_FIRST.compare(bestCases.get(open.get(from)), bar) > 0) {
                return;
            }
            List<Candidate> batch = open.subList(from, Math.min(open.size(), from + batchSize));
            lookUp(batch, candidates, cutShort.keySet());
            from += batch.size();
            batchSize = LATER_LOOKUPS;
        }
    }

    /** The candidate that would be shown last if the ranking stopped now, or null when fewer are found. */
    private static @Nullable Candidate lastShown(Collection<Candidate> candidates) {
        if (candidates.size() < SHOWN) {
            return null;
        }
        PriorityQueue<Candidate> best = new PriorityQueue<>(BEST_FIRST.reversed());
        for (Candidate candidate : candidates) {
            best.add(candidate);
            if (best.size() > SHOWN) {
                best.poll();
            }
        }
        return best.peek();
    }

    private void lookUp(List<Candidate> batch, Map<DocumentKey, Candidate> candidates, Set<String> terms) {
        Map<DocumentType, List<Long>> byType = new EnumMap<>(DocumentType.class);
        batch.forEach(candidate -> {
            candidate.complete = true;
            byType.computeIfAbsent(candidate.key.type(), t -> new ArrayList<>()).add(candidate.key.id());
        });
        byType.forEach((type, ids) -> {
            // A join with the ids as one array: H2 reads every row of the type for "document_id in (…)".
            jdbc.sql("select t.document_id, t.term, t.weight from unnest(cast(:ids as bigint array)) as wanted (id)"
                    + " join council_search_term t on t.document_type = :type and t.document_id = wanted.id"
                    + " where t.term in (:terms)")
                .param("ids", new SqlArrayValue("bigint", ids.toArray()))
                .param("type", type.name())
                .param("terms", terms)
                .query(rs -> {
                    candidates.get(new DocumentKey(type, rs.getLong("document_id"))).weights
                        .putIfAbsent(rs.getString("term"), rs.getInt("weight"));
                });
        });
    }

    /** The texts of the shown hits of one type, read by id once the ranking is done. */
    private Map<Long, SearchHit> details(DocumentType type, Scope scope, Map<Long, Candidate> ranked, Set<String> terms) {
        Map<Long, SearchHit> hits = new HashMap<>();
        switch (type) {
            case SAK -> jdbc.sql("""
                    select c.id, b.short_name, c.case_year, c.case_number, c.title, c.description, c.status,
                           c.submitted_at
                    from council_case c join council_body b on b.id = c.body_id where c.id in (:ids)""")
                .param("ids", ranked.keySet())
                .query(rs -> {
                    Candidate rank = ranked.get(rs.getLong("id"));
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
                    Candidate rank = ranked.get(rs.getLong("id"));
                    LocalDateTime startsAt = rs.getObject("starts_at", LocalDateTime.class);
                    String best = firstMatching(terms, rs.getString("decision"), rs.getString("conclusion"),
                            rs.getString("discussion"));
                    hits.put(rank.id(), new SearchHit(type,
                            itemUrl(scope, rs.getLong("body_id"), rs.getLong("meeting_id"), rank.id()),
                            rs.getString("short_name"), caseNumber(rs),
                            rs.getString("meeting_title") + " " + NorwegianTime.date(startsAt), rank.date(),
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
                    Candidate rank = ranked.get(rs.getLong("id"));
                    LocalDateTime startsAt = rs.getObject("starts_at", LocalDateTime.class);
                    hits.put(rank.id(), new SearchHit(type,
                            itemUrl(scope, rs.getLong("body_id"), rs.getLong("meeting_id"),
                                    rs.getLong("agenda_item_id")),
                            rs.getString("short_name"), caseNumber(rs),
                            rs.getString("meeting_title") + " " + NorwegianTime.date(startsAt), rank.date(),
                            Highlighter.segments(rs.getString("description"), terms), List.of(), status(rs),
                            rank.matched(), rank.score()));
                });
            case NOTAT -> jdbc.sql("""
                    select n.id, n.body_id, b.short_name, n.title, n.what_happened, n.what_we_did, n.what_worked,
                           n.what_could_differ
                    from council_experience_note n join council_body b on b.id = n.body_id where n.id in (:ids)""")
                .param("ids", ranked.keySet())
                .query(rs -> {
                    Candidate rank = ranked.get(rs.getLong("id"));
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
