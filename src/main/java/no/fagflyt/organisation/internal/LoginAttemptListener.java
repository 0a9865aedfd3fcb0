package no.fagflyt.organisation.internal;

import java.time.Clock;
import java.util.Locale;

import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed log-ins towards the temporary lock, and writes log-ins to the audit log. */
@Component
class LoginAttemptListener {

    private final AccountRepository accounts;

    private final AuditLog auditLog;

    private final Clock clock;

    LoginAttemptListener(AccountRepository accounts, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT);
        accounts.findByUsername(username).ifPresent(account -> {
            account.recordFailedLogin(clock.instant());
            accounts.save(account);
            auditLog.recordAs(username, account.id(), AuditAction.LOGIN_FAILED, "KONTO", account.id(), username,
                    "Mislykket forsøk nr. " + account.failedAttempts());
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            accounts.findById(user.accountId()).ifPresent(account -> {
                account.recordSuccessfulLogin(clock.instant());
                accounts.save(account);
            });
            auditLog.recordAs(user.getUsername(), user.accountId(), AuditAction.LOGIN, "KONTO", user.accountId(),
                    user.getUsername(), null);
        }
    }

}
