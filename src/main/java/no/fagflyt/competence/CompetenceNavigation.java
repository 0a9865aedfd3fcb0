package no.fagflyt.competence;

import java.util.List;
import java.util.Set;

import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.platform.NavigationContributor;
import no.fagflyt.platform.NavigationItem;
import no.fagflyt.platform.Role;

import org.springframework.stereotype.Component;

@Component
class CompetenceNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(15, "nav.myCompetence", "/min-kompetanse", Set.of(Role.MEDARBEIDER)),
                new NavigationItem(25, "nav.unitCompetence", "/kompetanse/enheter", AccessPolicy.PERSONAL_DATA_ROLES),
                new NavigationItem(26, "nav.campaigns", "/kompetanse/kartlegginger",
                        Set.of(Role.LEDER, Role.FAGUTVIKLINGSANSVARLIG, Role.KOMPETANSERADGIVER)),
                new NavigationItem(27, "nav.requirements", "/kompetanse/krav",
                        Set.of(Role.LEDER, Role.KOMPETANSERADGIVER, Role.ADMINISTRATOR)),
                new NavigationItem(41, "nav.taskLibrary", "/kompetanse/oppgaver",
                        Set.of(Role.KOMPETANSERADGIVER, Role.ADMINISTRATOR)),
                new NavigationItem(40, "nav.frameworks", "/kompetanse/rammeverk",
                        Set.of(Role.KOMPETANSERADGIVER, Role.ADMINISTRATOR)));
    }

}
