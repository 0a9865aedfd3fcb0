package no.fagflyt.competence.campaign;

import java.util.List;

import no.fagflyt.platform.CalendarContributor;
import no.fagflyt.platform.CalendarEntry;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTexts;

import org.springframework.stereotype.Component;

/** For the personal calendar feed: the deadlines of the open mappings the person has still to answer. */
@Component
class CampaignCalendar implements CalendarContributor {

    private final MappingCampaigns campaigns;

    private final NorwegianTexts messages;

    CampaignCalendar(MappingCampaigns campaigns, NorwegianTexts messages) {
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @Override
    public List<CalendarEntry> entriesFor(CurrentUser user, long personId) {
        return campaigns.waitingFor(personId)
            .stream()
            .map(campaign -> CalendarEntry.onDay("competence-campaign-" + campaign.id(), campaign.deadline(),
                    messages.text("calendar.campaign.summary", campaign.title()),
                    messages.text("calendar.campaign.description"),
                    "/min-kompetanse/kartlegginger/" + campaign.id(), 1))
            .toList();
    }

}
