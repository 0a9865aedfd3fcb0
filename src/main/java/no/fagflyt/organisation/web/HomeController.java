package no.fagflyt.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonView;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.platform.CalendarFeeds;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.MyPageContributor;
import no.fagflyt.platform.MyPageItem;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start pages: "Mine enheter" for those who lead or follow up units, "Min side" for everyone else. */
@Controller
class HomeController {

    private final AccessPolicy accessPolicy;

    private final OrganisationDirectory directory;

    private final Clock clock;

    private final List<MyPageContributor> myPageContributors;

    private final CalendarFeeds calendarFeeds;

    HomeController(AccessPolicy accessPolicy, OrganisationDirectory directory, Clock clock,
            List<MyPageContributor> myPageContributors, CalendarFeeds calendarFeeds) {
        this.myPageContributors = myPageContributors;
        this.calendarFeeds = calendarFeeds;
        this.accessPolicy = accessPolicy;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        if (!accessPolicy.scopeUnitIds(user, AccessPolicy.STAFF_LIST_ROLES).isEmpty()) {
            return "redirect:/mine-enheter";
        }
        if (user.personId() != null) {
            return "redirect:/min-side";
        }
        return "redirect:/organisasjon";
    }

    @GetMapping("/min-side")
    String myPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        Long personId = user.personId();
        if (personId != null) {
            PersonView me = directory.person(user, personId);
            model.addAttribute("person", me);
            model.addAttribute("lineage", directory.lineage(directory.unit(me.unitId())));
            model.addAttribute("calendarFeed", calendarFeeds.status(user).orElse(null));
        }
        model.addAttribute("roles", user.roles());
        model.addAttribute("todo", myPageContributors.stream()
            .flatMap(contributor -> contributor.itemsFor(user).stream())
            .sorted(Comparator.comparing(MyPageItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList());
        return "organisation/my-page";
    }

    @GetMapping("/mine-enheter")
    String myUnits(@AuthenticationPrincipal CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<UnitView> scopes = accessPolicy.scopeUnitIds(user, AccessPolicy.STAFF_LIST_ROLES)
            .stream()
            .map(directory::unit)
            .toList();
        model.addAttribute("trees", scopes.stream()
            .map(unit -> directory.subtree(unit.id(), today))
            .toList());
        return "organisation/my-units";
    }

}
