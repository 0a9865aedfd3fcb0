package no.fagflyt.competence.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.campaign.Campaign;
import no.fagflyt.competence.campaign.CampaignBasis;
import no.fagflyt.competence.campaign.CampaignComparison;
import no.fagflyt.competence.campaign.CampaignResults;
import no.fagflyt.competence.campaign.CampaignSummary;
import no.fagflyt.competence.campaign.MappingCampaigns;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.Outcome;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Mapping campaigns: leaders, professional-development coordinators and competence advisers start, follow,
 * close and compare them; each participant answers their own sheet from "Min side".
 */
@Controller
class CampaignController {

    static final String OVERVIEW_VIEW = "competence/campaigns";

    static final String UNIT_VIEW = "competence/unit-campaigns";

    static final String NEW_VIEW = "competence/campaign-new";

    static final String PROGRESS_VIEW = "competence/campaign";

    static final String RESULT_VIEW = "competence/campaign-result";

    static final String COMPARE_VIEW = "competence/campaign-compare";

    static final String ANSWER_VIEW = "competence/campaign-answer";

    private final MappingCampaigns campaigns;

    private final CampaignResults results;

    private final FrameworkQueries frameworks;

    private final OrganisationDirectory directory;

    private final AccessPolicy accessPolicy;

    CampaignController(MappingCampaigns campaigns, CampaignResults results, FrameworkQueries frameworks,
            OrganisationDirectory directory, AccessPolicy accessPolicy) {
        this.campaigns = campaigns;
        this.results = results;
        this.frameworks = frameworks;
        this.directory = directory;
        this.accessPolicy = accessPolicy;
    }

    @GetMapping("/kompetanse/kartlegginger")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<UnitView> units = accessPolicy.scopeUnitIds(user, AccessPolicy.STAFF_LIST_ROLES)
            .stream()
            .map(directory::unit)
            .toList();
        if (units.isEmpty() && !user.isAdministrator()) {
            throw new AccessDeniedProblem("Ingen enheter å kartlegge");
        }
        Map<UnitView, List<CampaignSummary>> byUnit = new LinkedHashMap<>();
        units.forEach(unit -> byUnit.put(unit, campaigns.campaignsBelow(user, unit.id())));
        model.addAttribute("byUnit", byUnit);
        return OVERVIEW_VIEW;
    }

    @GetMapping("/kompetanse/enheter/{unitId}/kartlegginger")
    String unitCampaigns(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId, Model model) {
        UnitView unit = directory.unit(unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("campaigns", campaigns.campaignsBelow(user, unitId));
        model.addAttribute("closed", results.closedCampaignsOf(user, unitId));
        model.addAttribute("canSeeMatrix", accessPolicy.canSeePeopleOf(user, unitId));
        if (!model.containsAttribute("compare")) {
            model.addAttribute("compare", new CampaignForms.Compare(null, null));
        }
        return UNIT_VIEW;
    }

    @GetMapping("/kompetanse/enheter/{unitId}/kartlegginger/ny")
    String newCampaign(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId, Model model) {
        UnitView unit = directory.unit(unitId);
        if (!campaigns.canManage(user, unitId)) {
            throw new AccessDeniedProblem("Kan ikke starte kartlegging i enhet " + unitId);
        }
        List<CompetenceView> published = frameworks.publishedCompetences();
        Set<Long> versions = new HashSet<>();
        published.forEach(c -> versions.add(c.versionId()));
        model.addAttribute("unit", unit);
        model.addAttribute("published", published);
        model.addAttribute("scales", frameworks.scales(versions));
        model.addAttribute("bases", CampaignBasis.values());
        if (!model.containsAttribute("newCampaign")) {
            model.addAttribute("newCampaign", CampaignForms.NewCampaign.empty());
        }
        if (!model.containsAttribute("chosenLevels")) {
            model.addAttribute("chosenLevels", Map.of());
        }
        return NEW_VIEW;
    }

    @PostMapping("/kompetanse/enheter/{unitId}/kartlegginger/ny")
    String start(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
            @Valid @ModelAttribute("newCampaign") CampaignForms.NewCampaign form, BindingResult result,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        // kept from the request itself, so the choices survive even a form that could not be bound
        model.addAttribute("chosenLevels", CampaignForms.chosenLevels(params));
        if (!result.hasErrors()) {
            Outcome<Campaign> outcome = campaigns.start(user, unitId, form.title(), form.deadline(), form.basis(),
                    form.levels() == null ? Map.of() : form.levels());
            if (outcome instanceof Outcome.Done<Campaign> done) {
                Flash.success(redirect, "competence.campaign.started", done.value().title());
                return "redirect:/kompetanse/kartlegginger/" + done.value().id();
            }
            FormSupport.reject(result, (Outcome.Refused<?>) outcome);
        }
        return newCampaign(user, unitId, model);
    }

    @GetMapping("/kompetanse/kartlegginger/{campaignId}")
    String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable long campaignId, Model model) {
        model.addAttribute("progress", campaigns.progress(user, campaignId));
        return PROGRESS_VIEW;
    }

    @PostMapping("/kompetanse/kartlegginger/{campaignId}/avslutt")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long campaignId,
            @ModelAttribute CampaignForms.Close form, RedirectAttributes redirect) {
        try {
            Outcome<Campaign> outcome = campaigns.close(user, campaignId, form.version());
            if (outcome instanceof Outcome.Done<Campaign> done) {
                Flash.success(redirect, "competence.campaign.closedFlash", done.value().title());
                return "redirect:/kompetanse/kartlegginger/" + campaignId + "/resultat";
            }
            redirect.addFlashAttribute("refusal", outcome);
        }
        catch (OptimisticLockingFailureException conflict) {
            // Someone else closed or changed it first: show how it stands now.
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/kompetanse/kartlegginger/" + campaignId;
    }

    @GetMapping("/kompetanse/kartlegginger/{campaignId}/resultat")
    String result(@AuthenticationPrincipal CurrentUser user, @PathVariable long campaignId, Model model) {
        model.addAttribute("snapshot", results.snapshot(user, campaignId));
        return RESULT_VIEW;
    }

    @GetMapping("/kompetanse/enheter/{unitId}/kartlegginger/sammenlign")
    String compare(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
            @ModelAttribute("compare") CampaignForms.Compare form, BindingResult result, Model model) {
        UnitView unit = directory.unit(unitId);
        if (!campaigns.canManage(user, unitId)) {
            throw new AccessDeniedProblem("Ingen tilgang til kartlegginger i enhet " + unitId);
        }
        model.addAttribute("unit", unit);
        model.addAttribute("closed", results.closedCampaignsOf(user, unitId));
        // a choice that could not be read is already an error beside its field
        if (!result.hasErrors() && (form.first() != null || form.second() != null)) {
            Outcome<CampaignComparison> outcome = results.compare(user, unitId, form.first(), form.second());
            if (outcome instanceof Outcome.Done<CampaignComparison> done) {
                model.addAttribute("comparison", done.value());
            }
            else {
                FormSupport.reject(result, (Outcome.Refused<?>) outcome);
            }
        }
        return COMPARE_VIEW;
    }

    @GetMapping("/min-kompetanse/kartlegginger/{campaignId}")
    String answerSheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long campaignId, Model model) {
        model.addAttribute("sheet", campaigns.answerSheet(user, campaignId));
        return ANSWER_VIEW;
    }

    @PostMapping("/min-kompetanse/kartlegginger/{campaignId}/svar")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long campaignId,
            @ModelAttribute CampaignForms.Answer form, RedirectAttributes redirect) {
        String back = "redirect:/min-kompetanse/kartlegginger/" + campaignId;
        if (form.competenceId() == null) {
            redirect.addFlashAttribute("refusal", Outcome.refused("level", "competence.form.competence.required"));
            return back;
        }
        Outcome<Assessment> outcome = campaigns.answer(user, campaignId, form.competenceId(), form.level());
        if (outcome instanceof Outcome.Done<Assessment>) {
            Flash.success(redirect, "competence.campaign.answerSaved",
                    frameworks.competence(form.competenceId()).name());
        }
        else {
            // shown at the competence's own field
            redirect.addFlashAttribute("answerRefusal", outcome);
            redirect.addFlashAttribute("answerCompetenceId", form.competenceId());
        }
        return back + "#kompetanse-" + form.competenceId();
    }

    @PostMapping("/min-kompetanse/kartlegginger/{campaignId}/ferdig")
    String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long campaignId,
            RedirectAttributes redirect) {
        Outcome<Campaign> outcome = campaigns.complete(user, campaignId);
        if (outcome instanceof Outcome.Done<Campaign> done) {
            Flash.success(redirect, "competence.campaign.doneFlash", done.value().title());
            return "redirect:/min-side";
        }
        redirect.addFlashAttribute("doneRefusal", outcome);
        return "redirect:/min-kompetanse/kartlegginger/" + campaignId + "#ferdig";
    }

}
