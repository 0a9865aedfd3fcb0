package no.fagflyt.council.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the stemmed terms of documents into {@code council_search_term}, one row per document and term
 * with the facts of {@link SearchSource}. Called in the transaction that changed a text or a fact, so the
 * index is never behind what was saved.
 */
@Service
public class SearchIndex {

    public static final int TITLE = 3;

    public static final int KEY_TEXT = 2;

    public static final int BODY_TEXT = 1;

    private static final int BATCH = 5_000;

    private static final String INSERT = """
            insert into council_search_term (document_type, document_id, term, weight, body_id, organisation_id,
                open_to_org, submitter_account_id, case_status, case_category, doc_year, sort_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** A text of the document and how much a match in it counts. */
    public record Field(@Nullable String text, int weight) {
    }

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    SearchIndex(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Indexes again the documents of one type that match a condition on the source, e.g. {@code i.meeting_id = :id}. */
    @Transactional
    void reindex(SearchSource source, String condition, Map<String, ?> params) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> documents = new ArrayList<>();
        jdbc.sql(source.select + " where " + condition).params(params).query(rs -> {
            documents.add(new Object[] { source.type.name(), rs.getLong("document_id") });
            addRows(rows, source, rs);
        });
        if (!documents.isEmpty()) {
            template.batchUpdate("delete from council_search_term where document_type = ? and document_id = ?",
                    documents);
            template.batchUpdate(INSERT, rows);
        }
    }

    /** Forgets a document that no longer exists. */
    @Transactional
    void remove(DocumentType type, long documentId) {
        jdbc.sql("delete from council_search_term where document_type = :type and document_id = :id")
            .param("type", type.name())
            .param("id", documentId)
            .update();
    }

    /** Empties the index and fills it from every document; for a database that has texts but no index. */
    @Transactional
    public int rebuild() {
        template.update("delete from council_search_term");
        int[] documents = { 0 };
        List<Object[]> rows = new ArrayList<>();
        for (SearchSource source : SearchSource.values()) {
            jdbc.sql(source.select).query(rs -> {
                addRows(rows, source, rs);
                documents[0]++;
                if (rows.size() >= BATCH) {
                    template.batchUpdate(INSERT, rows);
                    rows.clear();
                }
            });
        }
        if (!rows.isEmpty()) {
            template.batchUpdate(INSERT, rows);
        }
        return documents[0];
    }

    private static void addRows(List<Object[]> rows, SearchSource source, ResultSet rs) throws SQLException {
        long id = rs.getLong("document_id");
        long bodyId = rs.getLong("body_id");
        long organisationId = rs.getLong("organisation_id");
        boolean openToOrg = rs.getBoolean("open_to_org");
        long submitter = rs.getLong("submitter_account_id");
        Object submitterOrNull = rs.wasNull() ? new SqlParameterValue(Types.BIGINT, null) : submitter;
        Object status = new SqlParameterValue(Types.VARCHAR, rs.getString("case_status"));
        Object category = new SqlParameterValue(Types.VARCHAR, rs.getString("case_category"));
        int year = rs.getInt("doc_year");
        LocalDate sortDate = source.sortDate(rs);
        weights(source.fields(rs)).forEach((term, weight) -> rows.add(new Object[] { source.type.name(), id, term,
                weight, bodyId, organisationId, openToOrg, submitterOrNull, status, category, year, sortDate }));
    }

    static Map<String, Integer> weights(Field... fields) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Field field : fields) {
            if (field.text() != null) {
                for (String term : NorwegianStemmer.terms(field.text())) {
                    weights.merge(term, field.weight(), Integer::sum);
                }
            }
        }
        return weights;
    }

}
