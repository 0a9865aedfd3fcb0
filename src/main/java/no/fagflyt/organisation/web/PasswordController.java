package no.fagflyt.organisation.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.AccountAdministration;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.OpenSessions;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Bytt passord" for every signed-in person, and the page a one-time password leads to. */
@Controller
@RequestMapping(PasswordController.PATH)
class PasswordController {

    static final String PATH = "/passord";

    static final String VIEW = "organisation/password";

    private final AccountAdministration administration;

    private final OpenSessions sessions;

    PasswordController(AccountAdministration administration, OpenSessions sessions) {
        this.administration = administration;
        this.sessions = sessions;
    }

    record PasswordChangeForm(@NotBlank(message = "{password.error.current.required}") @Nullable String currentPassword,
            @NotBlank(message = "{password.error.new.required}") @Nullable String newPassword,
            @NotBlank(message = "{password.error.repeat.required}") @Nullable String repeatedPassword) {
    }

    @GetMapping
    String initForm(Model model) {
        model.addAttribute("passwordChangeForm", new PasswordChangeForm(null, null, null));
        return showForm(model);
    }

    @PostMapping
    String processForm(@AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!result.hasErrors()) {
            Outcome<Account> outcome = administration.changeOwnPassword(user, form.currentPassword(),
                    form.newPassword(), form.repeatedPassword());
            if (outcome instanceof Outcome.Refused<Account> refused) {
                FormSupport.reject(result, refused, Map.of());
            }
        }
        if (result.hasErrors()) {
            // The password inputs are never filled in from the form, so nothing typed is sent back.
            return showForm(model);
        }
        // The new password ends the account's other sessions, but not the one it was chosen in.
        sessions.keepThisSession(request, response);
        Flash.success(redirect, "password.changed");
        return "redirect:/";
    }

    private String showForm(Model model) {
        model.addAttribute("minPasswordLength", AccountAdministration.MIN_PASSWORD_LENGTH);
        return VIEW;
    }

}
