package no.fagflyt.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an account by id for work done on a person's behalf without a session (the calendar feed), and
 * the people behind accounts for pages that show who did something (the audit log).
 * Implemented by the module that owns accounts; empty when the account is gone, disabled or locked.
 */
public interface AccountLookup {

    Optional<CurrentUser> activeAccount(long accountId);

    /**
     * The names of the people behind these accounts, by account id, for showing who did something; an
     * account linked to no person (or an unknown id) is left out, and is shown by its username.
     */
    Map<Long, String> personNames(Collection<Long> accountIds);

}
