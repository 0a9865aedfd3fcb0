package no.fagflyt.council.web;

import jakarta.validation.Valid;

import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.search.CouncilSearch;
import no.fagflyt.council.web.Forms.SearchForm;
import no.fagflyt.platform.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** "Søk i råd og nettverk": one box over cases, minutes and actions, with filters. A GET, so results can be linked. */
@Controller
class SearchController {

    private static final String VIEW = "council/search";

    private final CouncilSearch search;

    private final CouncilBodies bodies;

    SearchController(CouncilSearch search, CouncilBodies bodies) {
        this.search = search;
        this.bodies = bodies;
    }

    @GetMapping("/rad/sok")
    String search(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("searchForm") SearchForm form,
            BindingResult result, Model model) {
        model.addAttribute("bodies", bodies.visibleBodies(user));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("years", search.years());
        if (form.hasText() && !result.hasErrors()) {
            model.addAttribute("results", search.search(user, new CouncilSearch.Query(form.q(), form.body(),
                    form.status(), form.category(), form.year())));
        }
        return VIEW;
    }

}
