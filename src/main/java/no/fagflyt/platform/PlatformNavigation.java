package no.fagflyt.platform;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

@Component
class PlatformNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(900, "nav.audit", "/admin/logg", Set.of(Role.ADMINISTRATOR)));
    }

}
