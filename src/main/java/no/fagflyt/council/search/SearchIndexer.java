package no.fagflyt.council.search;

import java.util.Map;

import no.fagflyt.council.cases.CaseStatusChanged;
import no.fagflyt.council.cases.CaseTextChanged;
import no.fagflyt.council.experience.ExperienceNoteDeleted;
import no.fagflyt.council.experience.ExperienceTextChanged;
import no.fagflyt.council.meeting.ActionTextChanged;
import no.fagflyt.council.meeting.MeetingPublished;
import no.fagflyt.council.meeting.MinutesTextChanged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the index in step with the texts and the facts its rows carry. The listeners are synchronous, so
 * they run inside the transaction that saved the change: a rolled-back save leaves the index as it was.
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
        index.reindex(SearchSource.CASES, "c.id = :id", Map.of("id", event.caseId()));
    }

    /** Minutes and actions about the case are filtered by its status too. */
    @EventListener
    void on(CaseStatusChanged event) {
        Map<String, Long> id = Map.of("id", event.caseId());
        index.reindex(SearchSource.CASES, "c.id = :id", id);
        index.reindex(SearchSource.MINUTES, "i.case_id = :id", id);
        index.reindex(SearchSource.ACTIONS, "a.case_id = :id", id);
    }

    @EventListener
    void on(MinutesTextChanged event) {
        index.reindex(SearchSource.MINUTES, "i.id = :id", Map.of("id", event.agendaItemId()));
    }

    @EventListener
    void on(ActionTextChanged event) {
        index.reindex(SearchSource.ACTIONS, "a.id = :id", Map.of("id", event.actionId()));
    }

    @EventListener
    void on(MeetingPublished event) {
        Map<String, Long> id = Map.of("id", event.meetingId());
        index.reindex(SearchSource.MINUTES, "i.meeting_id = :id", id);
        index.reindex(SearchSource.ACTIONS, "a.meeting_id = :id", id);
    }

    @EventListener
    void on(ExperienceTextChanged event) {
        index.reindex(SearchSource.NOTES, "n.id = :id", Map.of("id", event.noteId()));
    }

    @EventListener
    void on(ExperienceNoteDeleted event) {
        index.remove(DocumentType.NOTAT, event.noteId());
    }

    /** A database with texts but an empty index (new, or emptied by a migration) gets it filled at start-up. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void rebuildWhenEmpty() {
        if (jdbc.sql("select count(*) from council_search_term").query(Long.class).single() > 0) {
            return;
        }
        int documents = index.rebuild();
        if (documents > 0) {
            log.info("Council search index filled from {} documents", documents);
        }
    }

}
