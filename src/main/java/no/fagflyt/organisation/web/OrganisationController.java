package no.fagflyt.organisation.web;

import java.time.Clock;
import java.time.LocalDate;

import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.platform.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing organisations, their unit trees, unit staff lists and person pages. */
@Controller
class OrganisationController {

    private final OrganisationDirectory directory;

    private final AccessPolicy accessPolicy;

    private final Clock clock;

    OrganisationController(OrganisationDirectory directory, AccessPolicy accessPolicy, Clock clock) {
        this.directory = directory;
        this.accessPolicy = accessPolicy;
        this.clock = clock;
    }

    @GetMapping("/organisasjon")
    String organisations(Model model) {
        model.addAttribute("organisations", directory.organisations(LocalDate.now(clock)));
        return "organisation/organisations";
    }

    @GetMapping("/organisasjon/{organisationId}")
    String tree(@PathVariable long organisationId, @RequestParam(defaultValue = "false") boolean visAvsluttede,
            Model model) {
        model.addAttribute("tree", directory.tree(organisationId, LocalDate.now(clock), visAvsluttede));
        model.addAttribute("includeEnded", visAvsluttede);
        return "organisation/tree";
    }

    @GetMapping("/enheter/{unitId}")
    String unit(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
            @RequestParam(defaultValue = "false") boolean underenheter,
            @RequestParam(defaultValue = "false") boolean visSluttede, Model model) {
        LocalDate today = LocalDate.now(clock);
        UnitView unit = directory.unit(unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("lineage", directory.lineage(unit));
        model.addAttribute("children", directory.children(unitId));
        model.addAttribute("includeSubunits", underenheter);
        model.addAttribute("includeEnded", visSluttede);
        model.addAttribute("today", today);
        boolean canSeeStaff = accessPolicy.canSeeStaffOf(user, unitId);
        model.addAttribute("canSeeStaff", canSeeStaff);
        model.addAttribute("canSeePeople", accessPolicy.canSeePeopleOf(user, unitId));
        if (canSeeStaff) {
            model.addAttribute("staff", directory.staff(user, unitId, underenheter, visSluttede, today));
        }
        return "organisation/unit";
    }

    @GetMapping("/personer/{personId}")
    String person(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, Model model) {
        var person = directory.person(user, personId);
        model.addAttribute("person", person);
        model.addAttribute("lineage", directory.lineage(directory.unit(person.unitId())));
        model.addAttribute("today", LocalDate.now(clock));
        return "organisation/person";
    }

}
