package no.fagflyt.platform;

import java.util.List;

/** Implemented by each module that has pages to offer in the main navigation. */
public interface NavigationContributor {

    List<NavigationItem> navigationItems();

}
