package no.fagflyt.competence.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.MyPageContributor;
import no.fagflyt.platform.MyPageItem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The open campaigns a person was asked to answer and has not finished, on "Min side". */
@Component
class CampaignMyPage implements MyPageContributor {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");


    private final MappingCampaigns campaigns;

    private final MessageSource messages;

    private final Clock clock;

    CampaignMyPage(MappingCampaigns campaigns, MessageSource messages, Clock clock) {
        this.campaigns = campaigns;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<MyPageItem> itemsFor(CurrentUser user) {
        Long personId = user.personId();
        if (personId == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return campaigns.waitingFor(personId)
            .stream()
            .map(campaign -> new MyPageItem(messages.getMessage("myPage.kind.campaign", null, BOKMAL),
                    campaign.title(),
                    "/min-kompetanse/kartlegginger/" + campaign.id(), campaign.deadline(), campaign.isOverdue(today)))
            .toList();
    }

}
