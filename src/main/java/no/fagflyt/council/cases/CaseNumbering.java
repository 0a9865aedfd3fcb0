package no.fagflyt.council.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case numbers per body and year. The counter row is created if missing (a concurrent creator
 * is ignored, not an error) and then incremented by an update, which locks the row until the submitting
 * transaction ends: two submissions at the same moment wait for each other instead of sharing a number.
 */
@Component
class CaseNumbering {

    private final JdbcClient jdbc;

    CaseNumbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(long bodyId, int year) {
        jdbc.sql("""
                insert into council_case_counter (body_id, case_year, last_number) values (:body, :year, 0)
                on conflict do nothing
                """)
            .param("body", bodyId)
            .param("year", year)
            .update();
        jdbc.sql("update council_case_counter set last_number = last_number + 1 where body_id = :body and case_year = :year")
            .param("body", bodyId)
            .param("year", year)
            .update();
        return jdbc.sql("select last_number from council_case_counter where body_id = :body and case_year = :year")
            .param("body", bodyId)
            .param("year", year)
            .query(Integer.class)
            .single();
    }

}
