package no.fagflyt.competence.web;

import no.fagflyt.competence.GapAnalysis;
import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.platform.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The competence matrix of a unit and everything below it. */
@Controller
class UnitCompetenceController {

    private final GapAnalysis gaps;

    private final AccessPolicy accessPolicy;

    private final OrganisationDirectory directory;

    UnitCompetenceController(GapAnalysis gaps, AccessPolicy accessPolicy, OrganisationDirectory directory) {
        this.gaps = gaps;
        this.accessPolicy = accessPolicy;
        this.directory = directory;
    }

    @GetMapping("/kompetanse/enheter")
    String units(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("units", accessPolicy.scopeUnitIds(user, AccessPolicy.PERSONAL_DATA_ROLES)
            .stream()
            .map(directory::unit)
            .toList());
        return "competence/units";
    }

    @GetMapping("/kompetanse/enheter/{unitId}")
    String matrix(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
            @RequestParam(name = "sorter", defaultValue = "navn") String sort, Model model) {
        boolean byGaps = "mangler".equals(sort);
        model.addAttribute("matrix", gaps.forUnit(user, unitId).sorted(byGaps));
        model.addAttribute("byGaps", byGaps);
        return "competence/unit-matrix";
    }

}
