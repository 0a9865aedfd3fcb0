package no.fagflyt.platform;

import java.util.Optional;

/**
 * Finds an account by id as it stands now. Implemented by the module that owns accounts.
 */
public interface AccountLookup {

    /**
     * For work done on a person's behalf without a session (the calendar feed): empty when the account is
     * gone, disabled, locked or its person's employment has ended.
     */
    Optional<CurrentUser> activeAccount(long accountId);

    /**
     * For an open session, read on every request: empty when the account is gone, disabled or its person's
     * employment has ended. A temporary lock after failed log-ins does not end a session that is already open.
     */
    Optional<CurrentUser> signedInAccount(long accountId);

}
