package no.fagflyt.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonView;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.AccountAdministration;
import no.fagflyt.organisation.internal.AccountRepository;
import no.fagflyt.organisation.internal.AdminSearch;
import no.fagflyt.organisation.internal.RoleGrant;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;

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

/** The administrator's pages for accounts: roles, link to a person, enabling, passwords and unlocking. */
@Controller
@RequestMapping("/admin/brukere")
class AccountAdminController {

    static final String LIST = "organisation/admin/accounts";

    static final String FORM = "organisation/admin/account";

    /** Empty role rows shown below the existing ones, so a new unit role can be added without JavaScript. */
    private static final int SPARE_GRANT_ROWS = 2;

    private final AccountAdministration administration;

    private final AccountRepository accounts;

    private final AdminSearch search;

    private final OrganisationDirectory directory;

    private final Clock clock;

    AccountAdminController(AccountAdministration administration, AccountRepository accounts, AdminSearch search,
            OrganisationDirectory directory, Clock clock) {
        this.administration = administration;
        this.accounts = accounts;
        this.search = search;
        this.directory = directory;
        this.clock = clock;
    }

    /** One row of "role on unit"; a row left empty is ignored. */
    record GrantForm(@Nullable Role role, @Nullable Long unitId) {
    }

    record NewAccountForm(@NotBlank(message = "{admin.error.username.required}") @Nullable String username,
            @NotBlank(message = "{admin.error.password.required}") @Nullable String password,
            @Nullable Long personId, @Nullable List<Role> roles, @Nullable List<GrantForm> grants) {
    }

    record AccountForm(@Nullable Long personId, @Nullable Boolean enabled, @Nullable List<Role> roles,
            @Nullable List<GrantForm> grants, int version) {

        static AccountForm of(Account account) {
            List<Role> roles = new ArrayList<>();
            List<GrantForm> grants = new ArrayList<>();
            account.grants().stream().sorted((a, b) -> a.role().compareTo(b.role())).forEach(grant -> {
                if (grant.role().requiresUnit() || grant.unitId() != null) {
                    grants.add(new GrantForm(grant.role(), grant.unitId()));
                }
                else {
                    roles.add(grant.role());
                }
            });
            return new AccountForm(account.personId(), account.enabled(), roles, grants, account.version());
        }

    }

    record PasswordForm(@NotBlank(message = "{admin.error.password.required}") @Nullable String password) {
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(name = "side", defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", search.accounts(q, page));
        model.addAttribute("now", OffsetDateTime.now(clock));
        return LIST;
    }

    /** Opened from a person's admin page, the form comes with the person linked and a username suggested. */
    @GetMapping("/ny")
    String initCreateForm(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "ansatt", required = false) @Nullable Long personId, Model model) {
        String suggestedUsername = personId == null ? null : suggestUsername(directory.person(user, personId));
        model.addAttribute("accountForm", new NewAccountForm(suggestedUsername, null, personId, List.of(), List.of()));
        return showForm(null, List.of(), model);
    }

    static String suggestUsername(PersonView person) {
        String name = (person.firstName() + "." + person.lastName()).toLowerCase(java.util.Locale.ROOT)
            .replace("æ", "ae")
            .replace("ø", "o")
            .replace("å", "aa");
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("[^a-z0-9.]", "");
    }

    @PostMapping("/ny")
    String processCreateForm(@Valid @ModelAttribute("accountForm") NewAccountForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Set<RoleGrant> grants = grants(form.roles(), form.grants(), result);
        if (result.hasErrors()) {
            return showForm(null, form.grants(), model);
        }
        Outcome<Account> outcome = administration.create(form.username(), form.password(), form.personId(), grants);
        if (outcome instanceof Outcome.Refused<Account> refused) {
            FormSupport.reject(result, refused, Map.of());
            return showForm(null, form.grants(), model);
        }
        Account account = ((Outcome.Done<Account>) outcome).value();
        Flash.success(redirect, "admin.account.created", account.username());
        return "redirect:/admin/brukere/" + account.id();
    }

    @GetMapping("/{accountId}")
    String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long accountId, Model model) {
        Account account = load(accountId);
        AccountForm form = AccountForm.of(account);
        model.addAttribute("accountForm", form);
        return showAccount(user, account, form.grants(), model);
    }

    @PostMapping("/{accountId}")
    String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long accountId,
            @Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Account account = load(accountId);
        Set<RoleGrant> grants = grants(form.roles(), form.grants(), result);
        if (result.hasErrors()) {
            return showAccount(user, account, form.grants(), model);
        }
        try {
            Outcome<Account> outcome = administration.update(accountId, form.version(), form.personId(), grants,
                    Boolean.TRUE.equals(form.enabled()));
            if (outcome instanceof Outcome.Refused<Account> refused) {
                FormSupport.reject(result, refused, Map.of());
                return showAccount(user, account, form.grants(), model);
            }
        }
        catch (OptimisticLockingFailureException ex) {
            Account newest = load(accountId);
            AccountForm fresh = AccountForm.of(newest);
            BindingResult errors = new BeanPropertyBindingResult(fresh, "accountForm");
            errors.reject("form.conflict");
            model.addAttribute("accountForm", fresh);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "accountForm", errors);
            return showAccount(user, newest, fresh.grants(), model);
        }
        Flash.success(redirect, "admin.account.saved", account.username());
        return "redirect:/admin/brukere/" + accountId;
    }

    @PostMapping("/{accountId}/passord")
    String processPasswordForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long accountId,
            @Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Account account = load(accountId);
        if (!result.hasErrors()) {
            Outcome<Account> outcome = administration.resetPassword(accountId, form.password());
            if (outcome instanceof Outcome.Refused<Account> refused) {
                FormSupport.reject(result, refused, Map.of());
            }
        }
        if (result.hasErrors()) {
            AccountForm accountForm = AccountForm.of(account);
            model.addAttribute("accountForm", accountForm);
            return showAccount(user, account, accountForm.grants(), model);
        }
        Flash.success(redirect, "admin.account.passwordReset", account.username());
        return "redirect:/admin/brukere/" + accountId;
    }

    @PostMapping("/{accountId}/las-opp")
    String processUnlock(@PathVariable long accountId, RedirectAttributes redirect) {
        Account account = administration.unlock(load(accountId).id());
        Flash.success(redirect, "admin.account.unlocked", account.username());
        return "redirect:/admin/brukere/" + accountId;
    }

    /** Checked roles without unit plus the filled-in unit rows; a unit without a role is a field error. */
    private static Set<RoleGrant> grants(@Nullable List<Role> roles, @Nullable List<GrantForm> rows,
            BindingResult result) {
        Set<RoleGrant> grants = new HashSet<>();
        if (roles != null) {
            roles.stream().filter(role -> !role.requiresUnit() && role != Role.MEDARBEIDER)
                .forEach(role -> grants.add(new RoleGrant(role, null)));
        }
        if (rows != null) {
            for (GrantForm row : rows) {
                if (row == null || (row.role() == null && row.unitId() == null)) {
                    continue;
                }
                if (row.role() == null) {
                    result.rejectValue("grants", "admin.error.grants.roleMissing");
                    continue;
                }
                grants.add(new RoleGrant(row.role(), row.unitId()));
            }
        }
        return grants;
    }

    private String showAccount(CurrentUser user, Account account, @Nullable List<GrantForm> rows, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("locked", account.isLocked(clock.instant()));
        model.addAttribute("lastLogin", account.lastLoginAt());
        model.addAttribute("linkedPerson",
                account.personId() == null ? null : directory.person(user, account.personId()));
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm(null));
        }
        return showForm(account, rows, model);
    }

    private String showForm(@Nullable Account account, @Nullable List<GrantForm> rows, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("account", account);
        model.addAttribute("globalRoles",
                Arrays.stream(Role.values()).filter(role -> !role.requiresUnit() && role != Role.MEDARBEIDER).toList());
        model.addAttribute("unitRoles", Arrays.stream(Role.values()).filter(Role::requiresUnit).toList());
        List<GrantForm> shown = new ArrayList<>(rows == null ? List.of() : rows);
        for (int i = 0; i < SPARE_GRANT_ROWS; i++) {
            shown.add(new GrantForm(null, null));
        }
        model.addAttribute("grantRows", shown);
        model.addAttribute("unitGroups", directory.organisations(today)
            .stream()
            .map(organisation -> new Choice.Group(organisation.name(),
                    Choice.units(directory.tree(organisation.id(), today, false), unit -> !unit.isEnded(today))))
            .toList());
        model.addAttribute("minPasswordLength", AccountAdministration.MIN_PASSWORD_LENGTH);
        return FORM;
    }

    private Account load(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundProblem("Konto " + accountId));
    }

}
