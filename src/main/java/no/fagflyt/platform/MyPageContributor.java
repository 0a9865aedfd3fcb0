package no.fagflyt.platform;

import java.util.List;

/**
 * Implemented by each module that has work waiting for a person, so "Min side" can list it without the
 * organisation module knowing the others.
 */
public interface MyPageContributor {

    List<MyPageItem> itemsFor(CurrentUser user);

}
