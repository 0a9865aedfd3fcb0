package no.fagflyt.competence.web;

import java.util.List;

import jakarta.validation.Valid;

import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementScope;
import no.fagflyt.competence.requirement.RequirementView;
import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.Profession;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the bar is: competence advisers set requirements per profession and position title, a unit's
 * leaders (and the advisers) per unit. A scope is addressed by type and key as query parameters, since
 * position titles are free text.
 */
@Controller
class RequirementController {

    static final String INDEX_VIEW = "competence/requirements";

    static final String PROFILE_VIEW = "competence/requirement-profile";

    private static final String PROFILE_PATH = "/kompetanse/krav/profil";

    private final RequirementProfiles requirements;

    private final FrameworkQueries frameworks;

    private final OrganisationDirectory directory;

    private final AccessPolicy accessPolicy;

    RequirementController(RequirementProfiles requirements, FrameworkQueries frameworks,
            OrganisationDirectory directory, AccessPolicy accessPolicy) {
        this.requirements = requirements;
        this.frameworks = frameworks;
        this.directory = directory;
        this.accessPolicy = accessPolicy;
    }

    @GetMapping("/kompetanse/krav")
    String index(@AuthenticationPrincipal CurrentUser user, Model model) {
        boolean adviser = FrameworkCatalogue.canEdit(user);
        var units = accessPolicy.scopeUnitIds(user, AccessPolicy.PERSONAL_DATA_ROLES)
            .stream()
            .map(directory::unit)
            .toList();
        if (!adviser && units.isEmpty()) {
            throw new AccessDeniedProblem("Ingen tilgang til kompetansekrav");
        }
        model.addAttribute("adviser", adviser);
        model.addAttribute("professions", adviser ? directory.professions() : List.of());
        model.addAttribute("units", units);
        return INDEX_VIEW;
    }

    @GetMapping(PROFILE_PATH)
    String profile(@AuthenticationPrincipal CurrentUser user, @RequestParam RequirementScope type,
            @RequestParam String key, Model model) {
        String title = scopeName(type, key);
        if (!requirements.canEdit(user, type, key)) {
            throw new AccessDeniedProblem("Ingen tilgang til krav for " + type + " " + key);
        }
        List<RequirementView> current = requirements.of(type, key);
        model.addAttribute("type", type);
        model.addAttribute("key", key);
        model.addAttribute("scopeName", title);
        model.addAttribute("requirements", current);
        model.addAttribute("published", frameworks.publishedCompetences());
        if (!model.containsAttribute("newRequirement")) {
            model.addAttribute("newRequirement", RequirementForms.NewRequirement.empty());
        }
        return PROFILE_VIEW;
    }

    @PostMapping(PROFILE_PATH)
    String add(@AuthenticationPrincipal CurrentUser user, @RequestParam RequirementScope type,
            @RequestParam String key, @Valid @ModelAttribute("newRequirement") RequirementForms.NewRequirement form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        scopeName(type, key);
        if (!result.hasErrors()) {
            Outcome<Long> outcome = requirements.require(user, type, key, form.competenceId(), form.level());
            if (outcome instanceof Outcome.Done<Long>) {
                Flash.success(redirect, "competence.requirement.saved");
                return toProfile(type, key, redirect);
            }
            FormSupport.reject(result, (Outcome.Refused<?>) outcome);
        }
        return profile(user, type, key, model);
    }

    @PostMapping("/kompetanse/krav/{requirementId}/niva")
    String changeLevel(@AuthenticationPrincipal CurrentUser user, @PathVariable long requirementId,
            @ModelAttribute RequirementForms.ChangeLevel form, RedirectAttributes redirect) {
        RequirementView requirement = requirements.find(requirementId);
        Outcome<Long> outcome = requirements.changeLevel(user, requirementId, form.level());
        if (outcome instanceof Outcome.Done<Long>) {
            Flash.success(redirect, "competence.requirement.changed", requirement.competence().name());
        }
        else {
            redirect.addFlashAttribute("refusal", outcome);
        }
        return toProfile(requirement.scope(), requirement.scopeKey(), redirect);
    }

    @PostMapping("/kompetanse/krav/{requirementId}/fjern")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long requirementId,
            RedirectAttributes redirect) {
        RequirementView requirement = requirements.find(requirementId);
        requirements.remove(user, requirementId);
        Flash.success(redirect, "competence.requirement.removed", requirement.competence().name());
        return toProfile(requirement.scope(), requirement.scopeKey(), redirect);
    }

    private static String toProfile(RequirementScope type, String key, RedirectAttributes redirect) {
        redirect.addAttribute("type", type.name());
        redirect.addAttribute("key", key);
        return "redirect:" + PROFILE_PATH;
    }

    /** The scope's display name; an unknown profession or unit is a 404, not an empty profile. */
    private String scopeName(RequirementScope type, String key) {
        return switch (type) {
            case PROFESSION -> directory.professions()
                .stream()
                .filter(p -> p.code().equals(key))
                .map(Profession::name)
                .findFirst()
                .orElseThrow(() -> new NotFoundProblem("Yrkesgruppe " + key));
            case UNIT -> {
                try {
                    yield directory.unit(Long.parseLong(key)).name();
                }
                catch (NumberFormatException notAnId) {
                    throw new NotFoundProblem("Enhet " + key);
                }
            }
            case TASK -> throw new NotFoundProblem("Oppgavekrav endres på enhetens oppgaveside");
            case POSITION -> {
                if (key.isBlank() || key.length() > 200) {
                    throw new NotFoundProblem("Stilling " + key);
                }
                yield key.strip();
            }
        };
    }

}
