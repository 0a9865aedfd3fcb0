package no.fagflyt.organisation;

import java.util.List;
import java.util.Set;

import no.fagflyt.platform.NavigationContributor;
import no.fagflyt.platform.NavigationItem;
import no.fagflyt.platform.Role;

import org.springframework.stereotype.Component;

@Component
class OrganisationNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(10, "nav.myPage", "/min-side", Set.of(Role.MEDARBEIDER)),
                new NavigationItem(20, "nav.myUnits", "/mine-enheter", AccessPolicy.STAFF_LIST_ROLES),
                new NavigationItem(30, "nav.organisation", "/organisasjon", Set.of()),
                new NavigationItem(800, "nav.adminPeople", "/admin/personer", Set.of(Role.ADMINISTRATOR)),
                new NavigationItem(810, "nav.adminAccounts", "/admin/brukere", Set.of(Role.ADMINISTRATOR)),
                new NavigationItem(820, "nav.adminImport", "/admin/import", Set.of(Role.ADMINISTRATOR)));
    }

}
