package no.fagflyt.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an account by id as it stands now, and the people behind accounts for pages that show who did
 * something (the audit log). Implemented by the module that owns accounts.
 */
public interface AccountLookup {

    /**
     * For work done on a person's behalf without a session (the calendar feed): empty when the account is
     * gone, disabled, locked or its person's employment has ended.
     */
    Optional<CurrentUser> activeAccount(long accountId);

    /**
     * For an open session, read on every request: empty when the account is gone, disabled or its person's
     * employment has ended. A temporary lock after failed log-ins does not end a session that is already open;
     * a {@linkplain CurrentUser#credentialVersion() credential version} other than the session's does.
     */
    Optional<CurrentUser> signedInAccount(long accountId);

    /**
     * The names of the people behind these accounts, by account id, for showing who did something; an
     * account linked to no person (or an unknown id) is left out, and is shown by its username.
     */
    Map<Long, String> personNames(Collection<Long> accountIds);

}
