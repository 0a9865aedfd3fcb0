package no.fagflyt.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed log-in back to the form, never with a stack trace. A wrong password, an unknown, disabled,
 * ended or locked account all get the same answer, so the form does not tell which usernames exist; only an
 * unavailable database gets its own "try again shortly".
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason(exception));
    }

    static String reason(AuthenticationException exception) {
        if (exception instanceof AccountStatusException || exception instanceof BadCredentialsException) {
            return "credentials";
        }
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException) {
                return "unavailable";
            }
        }
        return "credentials";
    }

}
