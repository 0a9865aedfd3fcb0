package no.fagflyt.platform.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error, @RequestParam(required = false) @Nullable String logout,
            @Nullable Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("errorKey",
                    "unavailable".equals(error) ? "login.error.unavailable" : "login.error.credentials");
        }
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }

}
