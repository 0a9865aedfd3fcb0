package no.fagflyt.platform;

import org.springframework.security.access.AccessDeniedException;

/** Thrown by services when the signed-in user may not see or change what was asked for. */
public class AccessDeniedProblem extends AccessDeniedException {

    public AccessDeniedProblem(String reason) {
        super(reason);
    }

}
