package no.fagflyt.competence.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.MyPageContributor;
import no.fagflyt.platform.MyPageItem;
import no.fagflyt.platform.NorwegianTexts;

import org.springframework.stereotype.Component;

/** The open campaigns a person was asked to answer and has not finished, on "Min side". */
@Component
class CampaignMyPage implements MyPageContributor {

    private final MappingCampaigns campaigns;

    private final NorwegianTexts messages;

    private final Clock clock;

    CampaignMyPage(MappingCampaigns campaigns, NorwegianTexts messages, Clock clock) {
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
            .map(campaign -> new MyPageItem(messages.text("myPage.kind.campaign"),
                    campaign.title(),
                    "/min-kompetanse/kartlegginger/" + campaign.id(), campaign.deadline(), campaign.isOverdue(today)))
            .toList();
    }

}
