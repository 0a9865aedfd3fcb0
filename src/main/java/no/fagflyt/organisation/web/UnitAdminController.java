package no.fagflyt.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.OrganisationKind;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.organisation.internal.UnitAdministration;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for creating organisations and creating, changing, moving and ending units. */
@Controller
@RequestMapping("/admin")
class UnitAdminController {

    static final String ORGANISATION_FORM = "organisation/admin/organisation-new";

    static final String NEW_UNIT_FORM = "organisation/admin/unit-new";

    static final String UNIT_PAGE = "organisation/admin/unit";

    private final UnitAdministration administration;

    private final OrganisationDirectory directory;

    private final Clock clock;

    UnitAdminController(UnitAdministration administration, OrganisationDirectory directory, Clock clock) {
        this.administration = administration;
        this.directory = directory;
        this.clock = clock;
    }

    record OrganisationForm(@NotBlank(message = "{admin.error.organisationName.required}") @Size(max = 200,
            message = "{admin.error.organisationName.size}") @Nullable String name,
            @NotNull(message = "{admin.error.organisationKind.required}") @Nullable OrganisationKind kind,
            @Pattern(regexp = "(\\d{9})?", message = "{admin.error.orgNumber.format}") @Nullable String orgNumber,
            @NotBlank(message = "{admin.error.rootCode.required}") @Size(max = 50,
                    message = "{admin.error.code.size}") @Nullable String rootCode) {
    }

    record NewUnitForm(@NotNull(message = "{admin.error.parentId.required}") @Nullable Long parentId,
            @NotBlank(message = "{admin.error.code.required}") @Size(max = 50,
                    message = "{admin.error.code.size}") @Nullable String code,
            @NotBlank(message = "{admin.error.unitName.required}") @Size(max = 200,
                    message = "{admin.error.unitName.size}") @Nullable String name,
            @NotNull(message = "{admin.error.unitKind.required}") @Nullable UnitKind kind) {
    }

    record UnitForm(@NotBlank(message = "{admin.error.code.required}") @Size(max = 50,
            message = "{admin.error.code.size}") @Nullable String code,
            @NotBlank(message = "{admin.error.unitName.required}") @Size(max = 200,
                    message = "{admin.error.unitName.size}") @Nullable String name,
            @NotNull(message = "{admin.error.unitKind.required}") @Nullable UnitKind kind, int version) {

        static UnitForm of(UnitView unit) {
            return new UnitForm(unit.code(), unit.name(), unit.kind(), unit.version());
        }

    }

    record MoveForm(@NotNull(message = "{admin.error.parentId.required}") @Nullable Long parentId, int version) {
    }

    /** The end date as typed; parsed in the handler so a bad date gets a message naming the field. */
    record EndForm(@Nullable String endDate, int version) {
    }

    @GetMapping("/organisasjoner/ny")
    String initOrganisationForm(Model model) {
        model.addAttribute("organisationForm", new OrganisationForm(null, null, null, null));
        return showOrganisationForm(model);
    }

    @PostMapping("/organisasjoner/ny")
    String processOrganisationForm(@Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showOrganisationForm(model);
        }
        Outcome<Unit> outcome = administration.createOrganisation(form.name(), form.kind(), form.orgNumber(),
                form.rootCode());
        if (outcome instanceof Outcome.Refused<Unit> refused) {
            FormSupport.reject(result, refused, Map.of());
            return showOrganisationForm(model);
        }
        Unit root = ((Outcome.Done<Unit>) outcome).value();
        Flash.success(redirect, "admin.organisation.created", root.name());
        return "redirect:/organisasjon/" + root.organisationId();
    }

    private String showOrganisationForm(Model model) {
        model.addAttribute("organisationKinds", OrganisationKind.values());
        return ORGANISATION_FORM;
    }

    @GetMapping("/enheter/ny")
    String initNewUnitForm(@RequestParam long parent, Model model) {
        UnitView parentUnit = directory.unit(parent);
        model.addAttribute("newUnitForm", new NewUnitForm(parentUnit.id(), null, null, null));
        return showNewUnitForm(parentUnit, model);
    }

    @PostMapping("/enheter/ny")
    String processNewUnitForm(@RequestParam long parent, @Valid @ModelAttribute("newUnitForm") NewUnitForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UnitView parentUnit = directory.unit(parent);
        if (result.hasErrors()) {
            return showNewUnitForm(parentUnit, model);
        }
        UnitView chosenParent = directory.findUnit(form.parentId())
            .filter(unit -> unit.organisationId() == parentUnit.organisationId())
            .orElse(null);
        if (chosenParent == null) {
            result.rejectValue("parentId", "unit.error.otherOrganisation");
            return showNewUnitForm(parentUnit, model);
        }
        Outcome<Unit> outcome = administration.createUnit(chosenParent.id(), form.code(), form.name(), form.kind(),
                today());
        if (outcome instanceof Outcome.Refused<Unit> refused) {
            FormSupport.reject(result, refused, Map.of());
            return showNewUnitForm(parentUnit, model);
        }
        Unit unit = ((Outcome.Done<Unit>) outcome).value();
        Flash.success(redirect, "admin.unit.created", unit.name());
        return "redirect:/admin/enheter/" + unit.id();
    }

    private String showNewUnitForm(UnitView parent, Model model) {
        LocalDate today = today();
        model.addAttribute("parent", parent);
        model.addAttribute("parentChoices",
                Choice.units(directory.tree(parent.organisationId(), today, false), unit -> !unit.isEnded(today)));
        model.addAttribute("unitKinds", childKinds());
        return NEW_UNIT_FORM;
    }

    @GetMapping("/enheter/{unitId}")
    String unitPage(@PathVariable long unitId, Model model) {
        return showUnitPage(directory.unit(unitId), model);
    }

    @PostMapping("/enheter/{unitId}")
    String processUnitForm(@PathVariable long unitId, @Valid @ModelAttribute("unitForm") UnitForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UnitView unit = directory.unit(unitId);
        if (result.hasErrors()) {
            return showUnitPage(unit, model);
        }
        try {
            Outcome<Unit> outcome = administration.updateUnit(unitId, form.version(), form.code(), form.name(),
                    form.kind());
            if (outcome instanceof Outcome.Refused<Unit> refused) {
                FormSupport.reject(result, refused, Map.of());
                return showUnitPage(unit, model);
            }
        }
        catch (OptimisticLockingFailureException ex) {
            return showConflict(unitId, "unitForm", model);
        }
        Flash.success(redirect, "admin.unit.saved", form.name());
        return "redirect:/admin/enheter/" + unitId;
    }

    @PostMapping("/enheter/{unitId}/flytt")
    String processMoveForm(@PathVariable long unitId, @Valid @ModelAttribute("moveForm") MoveForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UnitView unit = directory.unit(unitId);
        if (result.hasErrors()) {
            return showUnitPage(unit, model);
        }
        if (directory.findUnit(form.parentId()).isEmpty()) {
            result.rejectValue("parentId", "unit.error.otherOrganisation");
            return showUnitPage(unit, model);
        }
        try {
            Outcome<Unit> outcome = administration.moveUnit(unitId, form.version(), form.parentId(), today());
            if (outcome instanceof Outcome.Refused<Unit> refused) {
                FormSupport.reject(result, refused, Map.of());
                return showUnitPage(unit, model);
            }
        }
        catch (OptimisticLockingFailureException ex) {
            return showConflict(unitId, "moveForm", model);
        }
        Flash.success(redirect, "admin.unit.moved", unit.name());
        return "redirect:/admin/enheter/" + unitId;
    }

    @PostMapping("/enheter/{unitId}/avslutt")
    String processEndForm(@PathVariable long unitId, @ModelAttribute("endForm") EndForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        UnitView unit = directory.unit(unitId);
        LocalDate endDate = FormSupport.date(form.endDate(), "endDate", true, result);
        if (endDate == null) {
            return showUnitPage(unit, model);
        }
        try {
            Outcome<Unit> outcome = administration.endUnit(unitId, form.version(), endDate);
            if (outcome instanceof Outcome.Refused<Unit> refused) {
                FormSupport.reject(result, refused, Map.of());
                return showUnitPage(unit, model);
            }
        }
        catch (OptimisticLockingFailureException ex) {
            return showConflict(unitId, "endForm", model);
        }
        Flash.success(redirect, "admin.unit.ended", unit.name(), NorwegianTime.date(endDate));
        return "redirect:/admin/enheter/" + unitId;
    }

    @PostMapping("/enheter/{unitId}/gjenapne")
    String processReopen(@PathVariable long unitId, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        UnitView unit = directory.unit(unitId);
        try {
            administration.reopenUnit(unitId, version);
        }
        catch (OptimisticLockingFailureException ex) {
            return showConflict(unitId, "endForm", model);
        }
        Flash.success(redirect, "admin.unit.reopened", unit.name());
        return "redirect:/admin/enheter/" + unitId;
    }

    /** Shows the page again with the newest data and the conflict message on the form that was sent. */
    private String showConflict(long unitId, String formName, Model model) {
        UnitView unit = directory.unit(unitId);
        Object fresh = switch (formName) {
            case "unitForm" -> UnitForm.of(unit);
            case "moveForm" -> new MoveForm(unit.parentId(), unit.version());
            default -> new EndForm(null, unit.version());
        };
        BindingResult errors = new BeanPropertyBindingResult(fresh, formName);
        errors.reject("form.conflict");
        model.addAttribute(formName, fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, errors);
        return showUnitPage(unit, model);
    }

    private String showUnitPage(UnitView unit, Model model) {
        LocalDate today = today();
        if (!model.containsAttribute("unitForm")) {
            model.addAttribute("unitForm", UnitForm.of(unit));
        }
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", new MoveForm(unit.parentId(), unit.version()));
        }
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", new EndForm(null, unit.version()));
        }
        model.addAttribute("unit", unit);
        model.addAttribute("lineage", directory.lineage(unit));
        model.addAttribute("today", today);
        model.addAttribute("unitKinds", unit.kind().isRoot() ? rootKinds() : childKinds());
        // Neither the unit itself nor anything below it can become its parent.
        model.addAttribute("parentChoices", Choice.units(directory.tree(unit.organisationId(), today, false),
                candidate -> !candidate.isEnded(today) && !unit.contains(candidate)));
        return UNIT_PAGE;
    }

    private static List<UnitKind> childKinds() {
        return Arrays.stream(UnitKind.values()).filter(kind -> !kind.isRoot()).toList();
    }

    private static List<UnitKind> rootKinds() {
        return Arrays.stream(UnitKind.values()).filter(UnitKind::isRoot).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
