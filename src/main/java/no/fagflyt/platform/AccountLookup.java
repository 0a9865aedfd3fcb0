package no.fagflyt.platform;

import java.util.Optional;

/**
 * Finds an account by id for work done on a person's behalf without a session (the calendar feed).
 * Implemented by the module that owns accounts; empty when the account is gone, disabled or locked.
 */
public interface AccountLookup {

    Optional<CurrentUser> activeAccount(long accountId);

}
