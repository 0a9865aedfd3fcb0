package no.fagflyt.council;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.meeting.ActionLine;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.platform.CalendarContributor;
import no.fagflyt.platform.CalendarEntry;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTexts;

import org.springframework.stereotype.Component;

/**
 * For the personal calendar feed: the person's open action items on their due dates, and the meetings of
 * the bodies they sit in. Only the action text (which the owner sees on "Min side" anyway), the body and
 * the case number go out; the agenda stays behind the link to the meeting page, so no case title, and so
 * nothing of a confidential case, leaves Fagflyt.
 */
@Component
class CouncilCalendar implements CalendarContributor {

    /** Meetings further back than this are left out of the feed. */
    private static final int PAST_MEETING_DAYS = 90;

    private final CouncilMeetings meetings;

    private final CouncilBodies bodies;

    private final NorwegianTexts messages;

    private final Clock clock;

    CouncilCalendar(CouncilMeetings meetings, CouncilBodies bodies, NorwegianTexts messages, Clock clock) {
        this.meetings = meetings;
        this.bodies = bodies;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<CalendarEntry> entriesFor(CurrentUser user, long personId) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (ActionLine action : meetings.openActionsOwnedBy(personId)) {
            String origin = action.caseNumber() == null ? action.bodyShortName()
                    : text("calendar.action.fromCase", action.bodyShortName(), action.caseNumber());
            entries.add(CalendarEntry.onDay("council-action-" + action.id(), action.dueDate(),
                    text("calendar.action.summary", action.description()),
                    text("calendar.action.description", action.description(), origin),
                    "/oppfolging#tiltak-" + action.id(), 1));
        }
        Map<Long, Body> bodiesById = new HashMap<>();
        for (Meeting meeting : meetings.meetingsOfMyBodies(user, LocalDate.now(clock).minusDays(PAST_MEETING_DAYS))) {
            Body body = bodiesById.computeIfAbsent(meeting.bodyId(), bodies::body);
            entries.add(meeting.calendarEntry(text("calendar.meeting.description", body.name())));
        }
        return entries;
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

}
