package no.fagflyt.council.web;

import java.util.List;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.meeting.AgendaLine;
import no.fagflyt.council.meeting.AttendanceLine;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.platform.NorwegianTexts;
import no.fagflyt.platform.NorwegianTime;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The minutes as the same reader sees them on screen, as a PDF: confidential items stay hidden for non-members. */
@Component
class MinutesPdf {

    private final NorwegianTexts messages;

    MinutesPdf(NorwegianTexts messages) {
        this.messages = messages;
    }

    byte[] render(Meeting meeting, Body body, List<AgendaLine> agenda, List<AttendanceLine> attendance) {
        Pdf pdf = new Pdf(msg("minutes.pageTitle", meeting.title()));
        pdf.text(body.name());
        pdf.text(msg("meeting.when", NorwegianTime.date(meeting.startsAt()), NorwegianTime.time(meeting.startsAt()),
                NorwegianTime.time(meeting.endsAt()), meeting.location()));
        if (!meeting.isPublished()) {
            pdf.text(msg("minutes.draft"));
        }
        if (meeting.minutesApproved()) {
            pdf.text(msg("approval.approvedBy", NorwegianTime.dateTime(meeting.minutesApprovedAt()),
                    meeting.minutesApprovedBy()));
        }
        pdf.heading(msg("attendance.present"));
        pdf.bullets(attendance.stream()
            .filter(AttendanceLine::present)
            .map(line -> line.member().personName() + ", " + msg(line.member().role().labelKey()))
            .toList());
        for (AgendaLine line : agenda) {
            if (line.hidden()) {
                pdf.heading(msg("agenda.itemHeading", line.item().sortOrder(), msg("minutes.hiddenItem")));
                pdf.text(msg("minutes.hiddenText"));
                continue;
            }
            pdf.heading(msg("agenda.itemHeading", line.item().sortOrder(), line.item().title()));
            labelled(pdf, "minutes.discussion", line.item().discussion());
            labelled(pdf, "minutes.conclusion", line.item().conclusion());
            labelled(pdf, "minutes.decision", line.item().decision());
            if (!line.actions().isEmpty()) {
                pdf.text(msg("action.title"));
                pdf.bullets(line.actions()
                    .stream()
                    .map(a -> msg("action.line", a.description(), a.ownerName(), NorwegianTime.date(a.dueDate())))
                    .toList());
            }
        }
        return pdf.bytes();
    }

    private void labelled(Pdf pdf, String key, @Nullable String text) {
        if (text != null) {
            pdf.labelled(msg(key), text);
        }
    }

    private String msg(String key, Object... args) {
        return messages.text(key, args);
    }

}
