package no.fagflyt.council.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import no.fagflyt.council.search.SearchIndex.Field;
import no.fagflyt.platform.NorwegianTime;

/**
 * Where each document type lives: one query per type that reads a document's texts together with the
 * facts its index rows carry. A document is open to the organisation's employees when it is a case that is
 * not confidential, or minutes and actions of a published meeting that are not about a confidential case;
 * experience notes are for the group's members only.
 */
enum SearchSource {

    CASES(DocumentType.SAK, "c", """
            select c.id as document_id, c.body_id, b.organisation_id, c.confidential = false as open_to_org,
                   c.submitter_account_id, c.status as case_status, c.category as case_category,
                   c.case_year as doc_year, c.submitted_at as sort_at, c.title, c.description
            from council_case c join council_body b on b.id = c.body_id"""),
    MINUTES(DocumentType.REFERAT, "i", """
            select i.id as document_id, m.body_id, b.organisation_id,
                   (m.status = 'PUBLISERT' and (c.id is null or c.confidential = false)) as open_to_org,
                   cast(null as bigint) as submitter_account_id, c.status as case_status, c.category as case_category,
                   cast(extract(year from m.starts_at) as integer) as doc_year, m.starts_at as sort_at,
                   i.title, i.discussion, i.conclusion, i.decision
            from council_agenda_item i join council_meeting m on m.id = i.meeting_id
            join council_body b on b.id = m.body_id left join council_case c on c.id = i.case_id"""),
    ACTIONS(DocumentType.TILTAK, "a", """
            select a.id as document_id, m.body_id, b.organisation_id,
                   (m.status = 'PUBLISERT' and (c.id is null or c.confidential = false)) as open_to_org,
                   cast(null as bigint) as submitter_account_id, c.status as case_status, c.category as case_category,
                   cast(extract(year from m.starts_at) as integer) as doc_year, m.starts_at as sort_at, a.description
            from council_action a join council_meeting m on m.id = a.meeting_id
            join council_body b on b.id = m.body_id left join council_case c on c.id = a.case_id"""),
    NOTES(DocumentType.NOTAT, "n", """
            select n.id as document_id, n.body_id, b.organisation_id, false as open_to_org,
                   cast(null as bigint) as submitter_account_id, cast(null as varchar(30)) as case_status,
                   cast(null as varchar(40)) as case_category, cast(extract(year from n.occurred_on) as integer) as doc_year,
                   n.occurred_on as sort_at, n.title, n.what_happened, n.what_we_did, n.what_worked, n.what_could_differ
            from council_experience_note n join council_body b on b.id = n.body_id""");

    final DocumentType type;

    /** The alias of the document's own table in {@link #select}, for conditions such as {@code i.meeting_id = :id}. */
    final String alias;

    final String select;

    SearchSource(DocumentType type, String alias, String select) {
        this.type = type;
        this.alias = alias;
        this.select = select;
    }

    static SearchSource of(DocumentType type) {
        for (SearchSource source : values()) {
            if (source.type == type) {
                return source;
            }
        }
        throw new IllegalArgumentException(type.name());
    }

    /** The texts of the current row and how much a match in each counts. */
    Field[] fields(ResultSet rs) throws SQLException {
        return switch (this) {
            case CASES -> new Field[] { new Field(rs.getString("title"), SearchIndex.TITLE),
                    new Field(rs.getString("description"), SearchIndex.BODY_TEXT) };
            case MINUTES -> new Field[] { new Field(rs.getString("title"), SearchIndex.TITLE),
                    new Field(rs.getString("discussion"), SearchIndex.BODY_TEXT),
                    new Field(rs.getString("conclusion"), SearchIndex.KEY_TEXT),
                    new Field(rs.getString("decision"), SearchIndex.KEY_TEXT) };
            case ACTIONS -> new Field[] { new Field(rs.getString("description"), SearchIndex.BODY_TEXT) };
            case NOTES -> new Field[] { new Field(rs.getString("title"), SearchIndex.TITLE),
                    new Field(rs.getString("what_happened"), SearchIndex.BODY_TEXT),
                    new Field(rs.getString("what_we_did"), SearchIndex.BODY_TEXT),
                    new Field(rs.getString("what_worked"), SearchIndex.KEY_TEXT),
                    new Field(rs.getString("what_could_differ"), SearchIndex.BODY_TEXT) };
        };
    }

    /** The date a document is sorted by, in Norwegian time, read as the type its column has. */
    LocalDate sortDate(ResultSet rs) throws SQLException {
        return switch (this) {
            case CASES -> rs.getObject("sort_at", OffsetDateTime.class).atZoneSameInstant(NorwegianTime.ZONE).toLocalDate();
            case MINUTES, ACTIONS -> rs.getObject("sort_at", LocalDateTime.class).toLocalDate();
            case NOTES -> rs.getObject("sort_at", LocalDate.class);
        };
    }

}
