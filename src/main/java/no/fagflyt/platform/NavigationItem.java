package no.fagflyt.platform;

import java.util.Set;

/**
 * A link in the main navigation. Modules contribute their own; an item is shown to a user who has
 * any of its roles (an empty set means every signed-in user).
 */
public record NavigationItem(int order, String labelKey, String href, Set<Role> roles) {

    public boolean visibleTo(CurrentUser user) {
        return roles.isEmpty() || roles.stream().anyMatch(user::has);
    }

}
