package no.fagflyt.competence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.task.TaskCatalogue;
import no.fagflyt.competence.task.UnitTask;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonName;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
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

/** The shared task library (advisers) and a unit's tasks with performers and needs (the unit's leaders). */
@Controller
class TaskController {

    static final String LIBRARY_VIEW = "competence/task-library";

    static final String UNIT_VIEW = "competence/unit-tasks";

    record NewTask(@NotBlank(message = "{competence.form.code.required}") @Pattern(regexp = "[A-Za-z0-9_-]*",
            message = "{competence.form.code.pattern}") @Size(max = 50) @Nullable String code,
            @NotBlank(message = "{competence.form.name.required}") @Size(max = 200) @Nullable String name,
            @Size(max = 1000) @Nullable String description) {
    }

    record Need(@NotNull(message = "{competence.form.competence.required}") @Nullable Long competenceId,
            @NotNull(message = "{competence.form.level.required}") @Nullable Integer level) {
    }

    private final TaskCatalogue tasks;

    private final FrameworkQueries frameworks;

    private final OrganisationDirectory directory;

    private final Clock clock;

    TaskController(TaskCatalogue tasks, FrameworkQueries frameworks, OrganisationDirectory directory, Clock clock) {
        this.tasks = tasks;
        this.frameworks = frameworks;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/kompetanse/oppgaver")
    String library(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!FrameworkCatalogue.canEdit(user)) {
            throw new AccessDeniedProblem("Oppgavebiblioteket er for kompetanserådgivere");
        }
        model.addAttribute("library", tasks.library());
        if (!model.containsAttribute("newTask")) {
            model.addAttribute("newTask", new NewTask(null, null, null));
        }
        return LIBRARY_VIEW;
    }

    @PostMapping("/kompetanse/oppgaver")
    String createTask(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("newTask") NewTask form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            Outcome<Long> outcome = tasks.createTask(user, form.code(), form.name(), form.description());
            if (outcome instanceof Outcome.Done<Long>) {
                Flash.success(redirect, "competence.task.created", form.name());
                return "redirect:/kompetanse/oppgaver";
            }
            FormSupport.reject(result, (Outcome.Refused<?>) outcome);
        }
        return library(user, model);
    }

    @GetMapping("/kompetanse/enheter/{unitId}/oppgaver")
    String unitTasks(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId, Model model) {
        var unit = directory.unit(unitId);
        requireUnit(user, unitId);
        List<UnitTask> adopted = tasks.ofUnits(List.of(unitId));
        List<PersonName> staff = directory.activePeopleBelow(unitId, LocalDate.now(clock));
        Map<Long, String> names = new HashMap<>();
        staff.forEach(p -> names.put(p.id(), p.fullName()));
        Map<String, String> professions = new HashMap<>();
        directory.professions().forEach(p -> professions.put(p.code(), p.name()));
        model.addAttribute("unit", unit);
        model.addAttribute("adopted", adopted);
        model.addAttribute("available", tasks.library()
            .stream()
            .filter(t -> adopted.stream().noneMatch(a -> a.taskId() == t.id()))
            .toList());
        model.addAttribute("staff", staff);
        model.addAttribute("personNames", names);
        model.addAttribute("professionList", directory.professions());
        model.addAttribute("professionNames", professions);
        model.addAttribute("published", frameworks.publishedCompetences());
        return UNIT_VIEW;
    }

    @PostMapping("/kompetanse/enheter/{unitId}/oppgaver")
    String adopt(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
            @RequestParam(required = false) @Nullable Long taskId, RedirectAttributes redirect) {
        Outcome<Long> outcome = taskId == null ? Outcome.refused("taskId", "competence.task.error.unknown")
                : tasks.adopt(user, unitId, taskId);
        if (outcome instanceof Outcome.Done<Long>) {
            Flash.success(redirect, "competence.task.adopted");
        }
        else {
            requireUnit(user, unitId);
            redirect.addFlashAttribute("refusal", outcome);
        }
        return "redirect:/kompetanse/enheter/" + unitId + "/oppgaver";
    }

    @PostMapping("/kompetanse/enheter/{unitId}/oppgaver/{unitTaskId}/utforere")
    String performers(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
            @PathVariable long unitTaskId, @RequestParam(required = false) @Nullable List<String> professions,
            @RequestParam(required = false) @Nullable List<Long> people, RedirectAttributes redirect) {
        requireTaskOf(unitId, unitTaskId);
        tasks.setPerformers(user, unitTaskId, professions == null ? List.of() : professions,
                people == null ? List.of() : people);
        Flash.success(redirect, "competence.task.performersSaved");
        return "redirect:/kompetanse/enheter/" + unitId + "/oppgaver";
    }

    @PostMapping("/kompetanse/enheter/{unitId}/oppgaver/{unitTaskId}/krav")
    String need(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId, @PathVariable long unitTaskId,
            @ModelAttribute Need form, RedirectAttributes redirect) {
        requireTaskOf(unitId, unitTaskId);
        Outcome<Long> outcome = tasks.require(user, unitTaskId, form.competenceId(), form.level());
        if (outcome instanceof Outcome.Done<Long>) {
            Flash.success(redirect, "competence.task.needSaved");
        }
        else {
            // shown at the field of this task's form, with what was entered kept
            redirect.addFlashAttribute("needRefusal", outcome);
            redirect.addFlashAttribute("needTaskId", unitTaskId);
            redirect.addFlashAttribute("needForm", form);
        }
        return "redirect:/kompetanse/enheter/" + unitId + "/oppgaver#task-" + unitTaskId;
    }

    @PostMapping("/kompetanse/enheter/{unitId}/oppgaver/{unitTaskId}/krav/{requirementId}/fjern")
    String removeNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
            @PathVariable long unitTaskId, @PathVariable long requirementId, RedirectAttributes redirect) {
        requireTaskOf(unitId, unitTaskId);
        tasks.removeNeed(user, unitTaskId, requirementId);
        Flash.success(redirect, "competence.task.needRemoved");
        return "redirect:/kompetanse/enheter/" + unitId + "/oppgaver#task-" + unitTaskId;
    }

    @PostMapping("/kompetanse/enheter/{unitId}/oppgaver/{unitTaskId}/fjern")
    String stopUsing(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
            @PathVariable long unitTaskId, RedirectAttributes redirect) {
        requireTaskOf(unitId, unitTaskId);
        tasks.stopUsing(user, unitTaskId);
        Flash.success(redirect, "competence.task.stopped");
        return "redirect:/kompetanse/enheter/" + unitId + "/oppgaver";
    }

    private void requireUnit(CurrentUser user, long unitId) {
        if (!tasks.canEditUnit(user, unitId)) {
            throw new AccessDeniedProblem("Ingen tilgang til oppgavene i enhet " + unitId);
        }
    }

    private void requireTaskOf(long unitId, long unitTaskId) {
        if (tasks.ofUnits(List.of(unitId)).stream().noneMatch(t -> t.id() == unitTaskId)) {
            throw new NotFoundProblem("Oppgave " + unitTaskId + " i enhet " + unitId);
        }
    }

}
