package no.fagflyt.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The signed-in sessions. A new password ends every session opened before it (see {@link CurrentUser#credentialVersion()});
 * the one session in which the person chose it themselves is kept here.
 */
public interface OpenSessions {

    /**
     * After the signed-in person changed their own password in this request: this session stays signed in with
     * the account as it now stands, while the account's other sessions end on their next request.
     */
    void keepThisSession(HttpServletRequest request, HttpServletResponse response);

}
