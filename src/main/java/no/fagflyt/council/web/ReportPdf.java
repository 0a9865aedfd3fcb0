package no.fagflyt.council.web;

import java.util.ArrayList;
import java.util.List;

import no.fagflyt.council.report.Gain;
import no.fagflyt.council.report.YearlyReport;
import no.fagflyt.platform.NorwegianTexts;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.council.report.YearlyReport.CategoryRow;
import no.fagflyt.council.report.YearlyReport.Evidence;
import no.fagflyt.council.report.YearlyReport.MeetingRow;

import org.springframework.stereotype.Component;

/** The yearly report as PDF, with the page's tables; the chart's numbers are in the category table. */
@Component
class ReportPdf {

    private final NorwegianTexts messages;

    ReportPdf(NorwegianTexts messages) {
        this.messages = messages;
    }

    byte[] render(YearlyReport report) {
        Pdf pdf = new Pdf(msg("report.title", report.body().name(), report.year()));
        pdf.heading(msg("report.cases"));
        pdf.text(msg("report.casesTotal", report.casesTotal()));
        List<List<String>> rows = new ArrayList<>();
        for (CategoryRow row : report.casesByCategory()) {
            rows.add(List.of(msg(row.category().labelKey()), n(row.total()), n(row.open()), n(row.closed()),
                    n(row.rejected())));
        }
        pdf.table(List.of(msg("case.category"), msg("report.total"), msg("report.open"), msg("report.closed"),
                msg("report.rejected")), rows, new boolean[] { false, true, true, true, true });

        pdf.heading(msg("report.meetings"));
        pdf.text(msg("report.meetingsSummary", report.meetingsHeld(), report.attendancePercent()));
        List<List<String>> meetingRows = new ArrayList<>();
        for (MeetingRow meeting : report.meetings()) {
            meetingRows.add(List.of(NorwegianTime.date(meeting.date()), meeting.title(),
                    meeting.present() + " / " + meeting.recorded()));
        }
        if (!meetingRows.isEmpty()) {
            pdf.table(List.of(msg("report.date"), msg("report.meeting"), msg("report.attendance")), meetingRows,
                    new boolean[] { false, false, true });
        }

        pdf.heading(msg("report.actions"));
        pdf.text(msg("report.actionsSummary", report.actions().total(), report.actions().done(),
                report.actions().doneOnTime(), report.actions().open(), report.actions().overdue()));
        pdf.text(msg("report.escalations", report.escalations()));

        pdf.heading(msg("report.gains"));
        for (Gain gain : Gain.values()) {
            List<Evidence> evidence = report.evidence().get(gain);
            pdf.labelled(msg(gain.labelKey()), evidence.isEmpty() ? msg("report.noEvidence") : "");
            pdf.bullets(evidence.stream().map(e -> e.text() + " (" + e.recordedBy() + ")").toList());
        }
        return pdf.bytes();
    }

    private static String n(int value) {
        return String.valueOf(value);
    }

    private String msg(String key, Object... args) {
        return messages.text(key, args);
    }

}
