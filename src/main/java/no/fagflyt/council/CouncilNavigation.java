package no.fagflyt.council;

import java.util.List;
import java.util.Set;

import no.fagflyt.platform.NavigationContributor;
import no.fagflyt.platform.NavigationItem;

import org.springframework.stereotype.Component;

@Component
class CouncilNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        // Every employee may submit and follow cases; membership of a body is checked on each page.
        return List.of(new NavigationItem(60, "nav.council", "/rad", Set.of()),
                new NavigationItem(61, "nav.myCases", "/saker/mine", Set.of()),
                new NavigationItem(62, "nav.followUp", "/oppfolging", Set.of()));
    }

}
