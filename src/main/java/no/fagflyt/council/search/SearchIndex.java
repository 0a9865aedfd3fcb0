package no.fagflyt.council.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the stemmed terms of one document into {@code council_search_term}, replacing what was there.
 * Called in the transaction that changed the text, so the index is never behind what was saved.
 */
@Service
public class SearchIndex {

    public static final int TITLE = 3;

    public static final int KEY_TEXT = 2;

    public static final int BODY_TEXT = 1;

    /** A text of the document and how much a match in it counts. */
    public record Field(@Nullable String text, int weight) {
    }

    private final JdbcTemplate jdbc;

    SearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void index(DocumentType type, long documentId, Field... fields) {
        jdbc.update("delete from council_search_term where document_type = ? and document_id = ?", type.name(),
                documentId);
        insert(type, documentId, fields);
    }

    /** For documents known to be new, e.g. from the data generator: no delete first. */
    public void insert(DocumentType type, long documentId, Field... fields) {
        Map<String, Integer> weights = weights(fields);
        List<Object[]> rows = new ArrayList<>(weights.size());
        weights.forEach((term, weight) -> rows.add(new Object[] { type.name(), documentId, term, weight }));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into council_search_term (document_type, document_id, term, weight) values (?, ?, ?, ?)",
                    rows);
        }
    }

    @Transactional
    public void remove(DocumentType type, long documentId) {
        jdbc.update("delete from council_search_term where document_type = ? and document_id = ?", type.name(),
                documentId);
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
