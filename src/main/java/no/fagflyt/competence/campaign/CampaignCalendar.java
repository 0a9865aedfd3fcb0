package no.fagflyt.competence.campaign;

import java.util.List;
import java.util.Locale;

import no.fagflyt.platform.CalendarContributor;
import no.fagflyt.platform.CalendarEntry;
import no.fagflyt.platform.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** For the personal calendar feed: the deadlines of the open mappings the person has still to answer. */
@Component
class CampaignCalendar implements CalendarContributor {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

    private final MappingCampaigns campaigns;

    private final MessageSource messages;

    CampaignCalendar(MappingCampaigns campaigns, MessageSource messages) {
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @Override
    public List<CalendarEntry> entriesFor(CurrentUser user, long personId) {
        return campaigns.waitingFor(personId)
            .stream()
            .map(campaign -> CalendarEntry.onDay("competence-campaign-" + campaign.id(), campaign.deadline(),
                    messages.getMessage("calendar.campaign.summary", new Object[] { campaign.title() }, BOKMAL),
                    messages.getMessage("calendar.campaign.description", null, BOKMAL),
                    "/min-kompetanse/kartlegginger/" + campaign.id(), 1))
            .toList();
    }

}
