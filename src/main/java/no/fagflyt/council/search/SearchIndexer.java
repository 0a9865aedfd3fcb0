package no.fagflyt.council.search;

import java.sql.ResultSet;
import java.sql.SQLException;

import no.fagflyt.council.cases.CaseTextChanged;
import no.fagflyt.council.experience.ExperienceTextChanged;
import no.fagflyt.council.meeting.ActionTextChanged;
import no.fagflyt.council.meeting.MinutesTextChanged;
import no.fagflyt.council.search.SearchIndex.Field;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the index in step with the texts. The listeners are synchronous, so they run inside the
 * transaction that saved the text: a rolled-back save leaves no terms behind.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;

    private final JdbcClient jdbc;

    SearchIndexer(SearchIndex index, JdbcClient jdbc) {
        this.index = index;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CaseTextChanged event) {
        jdbc.sql("select title, description from council_case where id = :id")
            .param("id", event.caseId())
            .query(rs -> {
                index.index(DocumentType.SAK, event.caseId(), new Field(rs.getString("title"), SearchIndex.TITLE),
                        new Field(rs.getString("description"), SearchIndex.BODY_TEXT));
            });
    }

    @EventListener
    void on(MinutesTextChanged event) {
        jdbc.sql("select title, discussion, conclusion, decision from council_agenda_item where id = :id")
            .param("id", event.agendaItemId())
            .query(rs -> {
                index.index(DocumentType.REFERAT, event.agendaItemId(), minutesFields(rs.getString("title"),
                        rs.getString("discussion"), rs.getString("conclusion"), rs.getString("decision")));
            });
    }

    @EventListener
    void on(ActionTextChanged event) {
        jdbc.sql("select description from council_action where id = :id")
            .param("id", event.actionId())
            .query(rs -> {
                index.index(DocumentType.TILTAK, event.actionId(),
                        new Field(rs.getString("description"), SearchIndex.BODY_TEXT));
            });
    }

    @EventListener
    void on(ExperienceTextChanged event) {
        jdbc.sql("select title, what_happened, what_we_did, what_worked, what_could_differ from council_experience_note where id = :id")
            .param("id", event.noteId())
            .query(rs -> {
                index.index(DocumentType.NOTAT, event.noteId(), noteFields(rs));
            });
    }

    private static Field[] noteFields(ResultSet rs) throws SQLException {
        return new Field[] { new Field(rs.getString("title"), SearchIndex.TITLE),
                new Field(rs.getString("what_happened"), SearchIndex.BODY_TEXT),
                new Field(rs.getString("what_we_did"), SearchIndex.BODY_TEXT),
                new Field(rs.getString("what_worked"), SearchIndex.KEY_TEXT),
                new Field(rs.getString("what_could_differ"), SearchIndex.BODY_TEXT) };
    }

    static Field[] minutesFields(String title, @Nullable String discussion, @Nullable String conclusion,
            @Nullable String decision) {
        return new Field[] { new Field(title, SearchIndex.TITLE), new Field(discussion, SearchIndex.BODY_TEXT),
                new Field(conclusion, SearchIndex.KEY_TEXT), new Field(decision, SearchIndex.KEY_TEXT) };
    }

    /** A database that had texts before the index existed gets them indexed once, at start-up. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void backfillWhenEmpty() {
        if (jdbc.sql("select count(*) from council_search_term").query(Long.class).single() > 0) {
            return;
        }
        int[] count = { 0 };
        jdbc.sql("select id, title, description from council_case").query(rs -> {
            index.insert(DocumentType.SAK, rs.getLong("id"), new Field(rs.getString("title"), SearchIndex.TITLE),
                    new Field(rs.getString("description"), SearchIndex.BODY_TEXT));
            count[0]++;
        });
        jdbc.sql("select id, title, discussion, conclusion, decision from council_agenda_item").query(rs -> {
            index.insert(DocumentType.REFERAT, rs.getLong("id"), minutesFields(rs.getString("title"),
                    rs.getString("discussion"), rs.getString("conclusion"), rs.getString("decision")));
            count[0]++;
        });
        jdbc.sql("select id, description from council_action").query(rs -> {
            index.insert(DocumentType.TILTAK, rs.getLong("id"),
                    new Field(rs.getString("description"), SearchIndex.BODY_TEXT));
            count[0]++;
        });
        jdbc.sql("select id, title, what_happened, what_we_did, what_worked, what_could_differ from council_experience_note")
            .query(rs -> {
                index.insert(DocumentType.NOTAT, rs.getLong("id"), noteFields(rs));
                count[0]++;
            });
        if (count[0] > 0) {
            log.info("Council search index filled with {} documents", count[0]);
        }
    }

}
