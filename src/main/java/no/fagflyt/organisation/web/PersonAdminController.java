package no.fagflyt.organisation.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonView;
import no.fagflyt.organisation.internal.AccountRepository;
import no.fagflyt.organisation.internal.AdminSearch;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.PersonAdministration;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** The administrator's register of people: search, create, change and end employment. */
@Controller
@RequestMapping("/admin/personer")
class PersonAdminController {

    static final String LIST = "organisation/admin/people";

    static final String CHOOSE_ORGANISATION = "organisation/admin/person-choose-organisation";

    static final String FORM = "organisation/admin/person";

    private final PersonAdministration administration;

    private final OrganisationDirectory directory;

    private final AdminSearch search;

    private final Clock clock;

    private final AccountRepository accounts;

    PersonAdminController(PersonAdministration administration, OrganisationDirectory directory, AdminSearch search,
            Clock clock, AccountRepository accounts) {
        this.accounts = accounts;
        this.administration = administration;
        this.directory = directory;
        this.search = search;
        this.clock = clock;
    }

    /** Numbers and dates are kept as typed, so 62,5 and a bad date come back with a message, not a 400. */
    record PersonForm(@Size(max = 30, message = "{admin.error.employeeNumber.size}") @Nullable String employeeNumber,
            @NotBlank(message = "{admin.error.firstName.required}") @Size(max = 100,
                    message = "{admin.error.firstName.size}") @Nullable String firstName,
            @NotBlank(message = "{admin.error.lastName.required}") @Size(max = 100,
                    message = "{admin.error.lastName.size}") @Nullable String lastName,
            @NotBlank(message = "{admin.error.professionCode.required}") @Nullable String professionCode,
            @NotBlank(message = "{admin.error.positionTitle.required}") @Size(max = 200,
                    message = "{admin.error.positionTitle.size}") @Nullable String positionTitle,
            @NotNull(message = "{admin.error.unitId.required}") @Nullable Long unitId,
            @NotBlank(message = "{admin.error.employmentPercent.required}") @Nullable String employmentPercent,
            @Nullable String startDate, @Nullable String endDate,
            @Pattern(regexp = "(\\d{1,9})?", message = "{admin.error.hprNumber.format}") @Nullable String hprNumber,
            @Email(message = "{admin.error.email.format}") @Size(max = 200,
                    message = "{admin.error.email.size}") @Nullable String email,
            int version) {

        static PersonForm empty() {
            return new PersonForm(null, null, null, null, null, null, null, null, null, null, null, 0);
        }

        static PersonForm of(PersonView person) {
            return new PersonForm(person.employeeNumber(), person.firstName(), person.lastName(),
                    person.professionCode(), person.positionTitle(), person.unitId(),
                    FormSupport.percentText(person.employmentPercent()), person.startDate().toString(),
                    person.endDate() == null ? null : person.endDate().toString(), person.hprNumber(),
                    person.email(), person.version());
        }

    }

    record EndEmploymentForm(@Nullable String lastDay, int version) {
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(name = "organisasjon", required = false) @Nullable Long organisationId,
            @RequestParam(name = "side", defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("organisations", directory.organisations(today()));
        model.addAttribute("result", search.people(q, organisationId, page));
        model.addAttribute("today", today());
        return LIST;
    }

    @GetMapping("/ny")
    String initCreateForm(@RequestParam(name = "organisasjon", required = false) @Nullable Long organisationId,
            Model model) {
        if (organisationId == null) {
            model.addAttribute("organisations", directory.organisations(today()));
            return CHOOSE_ORGANISATION;
        }
        model.addAttribute("personForm", PersonForm.empty());
        return showForm(organisation(organisationId), null, model);
    }

    @PostMapping("/ny")
    String processCreateForm(@RequestParam(name = "organisasjon") long organisationId,
            @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var organisation = organisation(organisationId);
        if (form.employeeNumber() == null || form.employeeNumber().isBlank()) {
            result.rejectValue("employeeNumber", "admin.error.employeeNumber.required");
        }
        Person.PersonDetails details = details(form, result);
        if (details == null || result.hasErrors()) {
            return showForm(organisation, null, model);
        }
        Outcome<Person> outcome = administration.register(organisationId, form.employeeNumber(), details);
        if (outcome instanceof Outcome.Refused<Person> refused) {
            FormSupport.reject(result, refused, Map.of());
            return showForm(organisation, null, model);
        }
        Person person = ((Outcome.Done<Person>) outcome).value();
        Flash.success(redirect, "admin.person.created", person.fullName());
        return "redirect:/admin/personer/" + person.id();
    }

    @GetMapping("/{personId}")
    String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, Model model) {
        PersonView person = directory.person(user, personId);
        model.addAttribute("personForm", PersonForm.of(person));
        return showForm(organisation(person.organisationId()), person, model);
    }

    @PostMapping("/{personId}")
    String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PersonView person = directory.person(user, personId);
        var organisation = organisation(person.organisationId());
        Person.PersonDetails details = details(form, result);
        if (details == null || result.hasErrors()) {
            return showForm(organisation, person, model);
        }
        try {
            Outcome<Person> outcome = administration.update(personId, form.version(), details);
            if (outcome instanceof Outcome.Refused<Person> refused) {
                FormSupport.reject(result, refused, Map.of());
                return showForm(organisation, person, model);
            }
        }
        catch (OptimisticLockingFailureException ex) {
            return showConflict(user, personId, "personForm", model);
        }
        Flash.success(redirect, "admin.person.saved", form.firstName() + " " + form.lastName());
        return "redirect:/admin/personer/" + personId;
    }

    @PostMapping("/{personId}/avslutt")
    String processEndForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @ModelAttribute("endEmploymentForm") EndEmploymentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PersonView person = directory.person(user, personId);
        LocalDate lastDay = FormSupport.date(form.lastDay(), "lastDay", true, result);
        if (lastDay == null) {
            return showForm(organisation(person.organisationId()), person, model);
        }
        try {
            Outcome<Person> outcome = administration.end(personId, form.version(), lastDay);
            if (outcome instanceof Outcome.Refused<Person> refused) {
                FormSupport.reject(result, refused, Map.of("endDate", "lastDay"));
                return showForm(organisation(person.organisationId()), person, model);
            }
        }
        catch (OptimisticLockingFailureException ex) {
            return showConflict(user, personId, "endEmploymentForm", model);
        }
        Flash.success(redirect, "admin.person.ended", person.fullName(), NorwegianTime.date(lastDay));
        return "redirect:/admin/personer/" + personId;
    }

    /** Field checks that Bean Validation cannot do on text: dates and the Norwegian decimal comma. */
    private static Person.@Nullable PersonDetails details(PersonForm form, BindingResult result) {
        BigDecimal percent = FormSupport.percent(form.employmentPercent(), "employmentPercent", result);
        LocalDate start = FormSupport.date(form.startDate(), "startDate", true, result);
        LocalDate end = FormSupport.date(form.endDate(), "endDate", false, result);
        if (result.hasErrors() || percent == null || start == null || form.unitId() == null) {
            return null;
        }
        return new Person.PersonDetails(form.firstName().strip(), form.lastName().strip(), form.professionCode(),
                form.positionTitle().strip(), form.unitId(), percent, start, end,
                FormSupport.blankToNull(form.hprNumber()), FormSupport.blankToNull(form.email()));
    }

    private String showConflict(CurrentUser user, long personId, String formName, Model model) {
        PersonView person = directory.person(user, personId);
        Object fresh = "personForm".equals(formName) ? PersonForm.of(person)
                : new EndEmploymentForm(null, person.version());
        BindingResult errors = new BeanPropertyBindingResult(fresh, formName);
        errors.reject("form.conflict");
        model.addAttribute(formName, fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, errors);
        return showForm(organisation(person.organisationId()), person, model);
    }

    private String showForm(OrganisationDirectory.OrganisationSummary organisation, @Nullable PersonView person,
            Model model) {
        LocalDate today = today();
        model.addAttribute("organisation", organisation);
        model.addAttribute("person", person);
        model.addAttribute("accounts", person == null ? List.of() : accounts.findByPersonId(person.id()));
        if (person != null && !model.containsAttribute("personForm")) {
            model.addAttribute("personForm", PersonForm.of(person));
        }
        if (person != null && !model.containsAttribute("endEmploymentForm")) {
            model.addAttribute("endEmploymentForm", new EndEmploymentForm(null, person.version()));
        }
        model.addAttribute("professions", directory.professions()
            .stream()
            .map(profession -> new Choice(profession.code(), profession.name()))
            .toList());
        List<Choice> units = Choice.units(directory.tree(organisation.id(), today, false),
                unit -> !unit.isEnded(today));
        model.addAttribute("unitChoices", units);
        model.addAttribute("today", today);
        return FORM;
    }

    private OrganisationDirectory.OrganisationSummary organisation(long organisationId) {
        return directory.organisations(today())
            .stream()
            .filter(organisation -> organisation.id() == organisationId)
            .findFirst()
            .orElseThrow(() -> new NotFoundProblem("Organisasjon " + organisationId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
