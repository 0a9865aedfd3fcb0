package no.fagflyt.council;

import java.util.List;

import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.MyPageContributor;
import no.fagflyt.platform.MyPageItem;
import no.fagflyt.platform.NorwegianTexts;

import org.springframework.stereotype.Component;

/** The open action items a person owns, so they are reminded on "Min side" whichever body gave them. */
@Component
class CouncilMyPage implements MyPageContributor {

    private final CouncilMeetings meetings;

    private final NorwegianTexts messages;

    CouncilMyPage(CouncilMeetings meetings, NorwegianTexts messages) {
        this.meetings = meetings;
        this.messages = messages;
    }

    @Override
    public List<MyPageItem> itemsFor(CurrentUser user) {
        Long personId = user.personId();
        if (personId == null) {
            return List.of();
        }
        return meetings.openActionsOwnedBy(personId)
            .stream()
            .map(action -> new MyPageItem(messages.text("myPage.kind.action"),
                    messages.text("myPage.action", action.description(), action.bodyShortName()),
                    "/oppfolging#tiltak-" + action.id(), action.dueDate(), action.overdue()))
            .toList();
    }

}
