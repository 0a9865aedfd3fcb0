package no.fagflyt.competence.web;



import jakarta.validation.Valid;

import no.fagflyt.competence.framework.CompetenceKind;
import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.framework.TacitCategory;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.Outcome;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Browsing frameworks, and editing and publishing drafts (competence advisers and administrators). */
@Controller
@RequestMapping("/kompetanse/rammeverk")
class FrameworkController {

    static final String LIST_VIEW = "competence/frameworks";

    static final String VERSION_VIEW = "competence/framework-version";

    private final FrameworkQueries queries;

    private final FrameworkCatalogue catalogue;

    FrameworkController(FrameworkQueries queries, FrameworkCatalogue catalogue) {
        this.queries = queries;
        this.catalogue = catalogue;
    }

    @ModelAttribute("kinds")
    CompetenceKind[] kinds() {
        return CompetenceKind.values();
    }

    @ModelAttribute("tacitCategories")
    TacitCategory[] tacitCategories() {
        return TacitCategory.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("frameworks", queries.frameworks());
        model.addAttribute("canEdit", FrameworkCatalogue.canEdit(user));
        if (!model.containsAttribute("newFramework")) {
            model.addAttribute("newFramework", FrameworkForms.NewFramework.empty());
        }
        return LIST_VIEW;
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("newFramework") FrameworkForms.NewFramework form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            Outcome<FrameworkVersion> outcome = catalogue.createFramework(user, form.code(), form.name(),
                    form.description());
            if (outcome instanceof Outcome.Done<FrameworkVersion> done) {
                Flash.success(redirect, "competence.framework.created", form.name());
                return "redirect:/kompetanse/rammeverk/versjoner/" + done.value().id();
            }
            FormSupport.reject(result, (Outcome.Refused<?>) outcome);
        }
        return list(user, model);
    }

    @GetMapping("/versjoner/{versionId}")
    String version(@AuthenticationPrincipal CurrentUser user, @PathVariable long versionId, Model model) {
        var details = queries.details(versionId);
        int version = details.version().version();
        model.addAttribute("details", details);
        model.addAttribute("canEdit", FrameworkCatalogue.canEdit(user) && details.version().isDraft());
        model.addAttribute("canStartNewVersion", FrameworkCatalogue.canEdit(user) && details.version().isPublished()
                && details.allVersions().stream().noneMatch(FrameworkVersion::isDraft));
        addIfMissing(model, "newArea", FrameworkForms.NewArea.empty(version));
        addIfMissing(model, "newCompetence", FrameworkForms.NewCompetence.empty(version));
        addIfMissing(model, "levelText", FrameworkForms.LevelText.empty(version));
        return VERSION_VIEW;
    }

    @PostMapping("/versjoner/{versionId}/omrader")
    String addArea(@AuthenticationPrincipal CurrentUser user, @PathVariable long versionId,
            @Valid @ModelAttribute("newArea") FrameworkForms.NewArea form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return handle(user, versionId, result, model, redirect, "competence.framework.areaAdded",
                () -> renamed(catalogue.addArea(user, versionId, form.seenVersion(), form.areaCode(), form.areaName()), "code", "areaCode"));
    }

    @PostMapping("/versjoner/{versionId}/kompetanser")
    String addCompetence(@AuthenticationPrincipal CurrentUser user, @PathVariable long versionId,
            @Valid @ModelAttribute("newCompetence") FrameworkForms.NewCompetence form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return handle(user, versionId, result, model, redirect, "competence.framework.competenceAdded",
                () -> catalogue.addCompetence(user, versionId, form.seenVersion(), form.toDraft()));
    }

    @PostMapping("/versjoner/{versionId}/niva")
    String describeLevel(@AuthenticationPrincipal CurrentUser user, @PathVariable long versionId,
            @Valid @ModelAttribute("levelText") FrameworkForms.LevelText form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return handle(user, versionId, result, model, redirect, "competence.framework.levelSaved",
                () -> catalogue.describeLevel(user, versionId, form.seenVersion(), form.levelNo(), form.levelName(),
                        form.descriptor()));
    }

    @PostMapping("/versjoner/{versionId}/kompetanser/{competenceId}/slett")
    String removeCompetence(@AuthenticationPrincipal CurrentUser user, @PathVariable long versionId,
            @PathVariable long competenceId, @RequestParam int seenVersion, RedirectAttributes redirect) {
        try {
            catalogue.removeCompetence(user, versionId, seenVersion, competenceId);
            Flash.success(redirect, "competence.framework.competenceRemoved");
        }
        catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/kompetanse/rammeverk/versjoner/" + versionId;
    }

    @PostMapping("/versjoner/{versionId}/publiser")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long versionId,
            @RequestParam int seenVersion, RedirectAttributes redirect) {
        try {
            Outcome<FrameworkVersion> outcome = catalogue.publish(user, versionId, seenVersion);
            if (outcome instanceof Outcome.Refused<FrameworkVersion> refused) {
                redirect.addFlashAttribute("refusal", refused);
            }
            else {
                Flash.success(redirect, "competence.framework.published");
            }
        }
        catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/kompetanse/rammeverk/versjoner/" + versionId;
    }

    @PostMapping("/{frameworkId}/ny-versjon")
    String startNewVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable long frameworkId,
            RedirectAttributes redirect) {
        Outcome<FrameworkVersion> outcome = catalogue.startNewVersion(user, frameworkId);
        if (outcome instanceof Outcome.Done<FrameworkVersion> done) {
            Flash.success(redirect, "competence.framework.draftStarted", done.value().number());
            return "redirect:/kompetanse/rammeverk/versjoner/" + done.value().id();
        }
        redirect.addFlashAttribute("refusal", outcome);
        return "redirect:/kompetanse/rammeverk";
    }

    private String handle(CurrentUser user, long versionId, BindingResult result, Model model,
            RedirectAttributes redirect, String successKey, java.util.function.Supplier<Outcome<?>> command) {
        if (!result.hasErrors()) {
            try {
                Outcome<?> outcome = command.get();
                if (outcome instanceof Outcome.Done<?>) {
                    Flash.success(redirect, successKey);
                    return "redirect:/kompetanse/rammeverk/versjoner/" + versionId;
                }
                FormSupport.reject(result, (Outcome.Refused<?>) outcome);
            }
            catch (OptimisticLockingFailureException conflict) {
                redirect.addFlashAttribute("conflict", true);
                return "redirect:/kompetanse/rammeverk/versjoner/" + versionId;
            }
        }
        return version(user, versionId, model);
    }

    /** The service names its own fields; some forms call them something else to keep ids unique on the page. */
    private static Outcome<?> renamed(Outcome<?> outcome, String serviceField, String formField) {
        if (outcome instanceof Outcome.Refused<?> refused && refused.field().equals(serviceField)) {
            return Outcome.refused(formField, refused.messageKey(), refused.arguments().toArray());
        }
        return outcome;
    }

    private static void addIfMissing(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }


}
