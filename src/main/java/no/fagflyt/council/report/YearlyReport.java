package no.fagflyt.council.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CaseStatus;

/** Everything the yearly report shows, read in a fixed number of queries. */
public record YearlyReport(Body body, int year, List<CategoryRow> casesByCategory, List<StatusRow> casesByStatus,
        int casesTotal, List<MeetingRow> meetings, int meetingsHeld, int attendancePercent, Actions actions,
        int escalations, Map<Gain, List<Evidence>> evidence, List<Bar> chart) {

    public record CategoryRow(CaseCategory category, int total, int open, int closed, int rejected) {
    }

    public record StatusRow(CaseStatus status, int count) {
    }

    /** A held meeting with how many of the members recorded were present. */
    public record MeetingRow(long id, String title, LocalDate date, int present, int recorded) {
    }

    public record Actions(int total, int done, int doneOnTime, int open, int overdue) {
    }

    public record Evidence(String text, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** A bar of the chart: its label key, value and length in per cent of the longest bar. */
    public record Bar(String labelKey, int value, int percent) {
    }

}
