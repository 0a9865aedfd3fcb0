package no.fagflyt.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.CurrentUsers;
import no.fagflyt.platform.NavigationContributor;
import no.fagflyt.platform.NavigationItem;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user and the navigation that user's roles allow. */
@ControllerAdvice
class LayoutModelAdvice {

    private final List<NavigationContributor> contributors;

    LayoutModelAdvice(List<NavigationContributor> contributors) {
        this.contributors = contributors;
    }

    @ModelAttribute("currentUser")
    @Nullable CurrentUser currentUser() {
        return CurrentUsers.current().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return CurrentUsers.current()
            .map(user -> contributors.stream()
                .flatMap(contributor -> contributor.navigationItems().stream())
                .filter(item -> item.visibleTo(user))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList())
            .orElse(List.of());
    }

}
