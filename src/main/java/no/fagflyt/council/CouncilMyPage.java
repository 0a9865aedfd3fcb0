package no.fagflyt.council;

import java.util.List;
import java.util.Locale;

import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.MyPageContributor;
import no.fagflyt.platform.MyPageItem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The open action items a person owns, so they are reminded on "Min side" whichever body gave them. */
@Component
class CouncilMyPage implements MyPageContributor {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

    private final CouncilMeetings meetings;

    private final MessageSource messages;

    CouncilMyPage(CouncilMeetings meetings, MessageSource messages) {
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
            .map(action -> new MyPageItem(messages.getMessage("myPage.kind.action", null, BOKMAL),
                    messages.getMessage("myPage.action", new Object[] { action.description(), action.bodyShortName() },
                            BOKMAL),
                    "/oppfolging#tiltak-" + action.id(), action.dueDate(), action.overdue()))
            .toList();
    }

}
