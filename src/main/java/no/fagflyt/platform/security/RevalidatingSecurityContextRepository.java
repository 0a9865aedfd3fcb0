package no.fagflyt.platform.security;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import no.fagflyt.platform.AccountLookup;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.OpenSessions;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads the signed-in account again on every request (one indexed query), so the session never outlives
 * the access it was opened with: a disabled account, an ended employment, a deleted account or a password
 * changed since the session was opened ends the session, and a withdrawn or added role applies to the next
 * request. The session in which the person changed their own password is kept through {@link OpenSessions}.
 */
final class RevalidatingSecurityContextRepository implements SecurityContextRepository, OpenSessions {

    private static final Logger log = LoggerFactory.getLogger(RevalidatingSecurityContextRepository.class);

    private final SecurityContextRepository delegate;

    private final AccountLookup accounts;

    private final SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

    RevalidatingSecurityContextRepository(SecurityContextRepository delegate, AccountLookup accounts) {
        this.delegate = delegate;
        this.accounts = accounts;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = delegate.loadDeferredContext(request);
        Supplier<SecurityContext> checked = SingletonSupplier.of(() -> revalidate(stored.get(), request));
        return new DeferredSecurityContext() {

            @Override
            public SecurityContext get() {
                return checked.get();
            }

            @Override
            public boolean isGenerated() {
                return checked.get().getAuthentication() == null;
            }

        };
    }

    @Override
    @Deprecated
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return revalidate(delegate.loadContext(holder), holder.getRequest());
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        delegate.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return delegate.containsContext(request);
    }

    private SecurityContext revalidate(SecurityContext context, HttpServletRequest request) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return context;
        }
        Optional<CurrentUser> current;
        try {
            current = accounts.signedInAccount(user.accountId());
        }
        catch (DataAccessException ex) {
            // Without the database no page can show or change anything; the page itself answers "try again".
            log.warn("Could not re-read account {} for its session: {}", user.accountId(), ex.getMessage());
            return context;
        }
        if (current.isEmpty() || current.get().credentialVersion() != user.credentialVersion()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return strategy.createEmptyContext();
        }
        return signedIn(current.get(), authentication.getDetails());
    }

    /**
     * Stores the account as it stands now in this session, new credential version included. Only the request
     * that changed the password calls this, so only its session is carried over to the new password.
     */
    @Override
    public void keepThisSession(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return;
        }
        accounts.signedInAccount(user.accountId()).ifPresent(fresh -> {
            SecurityContext context = signedIn(fresh, authentication.getDetails());
            strategy.setContext(context);
            delegate.saveContext(context, request, response);
        });
    }

    private SecurityContext signedIn(CurrentUser user, @Nullable Object details) {
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
                null, user.getAuthorities());
        authentication.setDetails(details);
        SecurityContext result = strategy.createEmptyContext();
        result.setAuthentication(authentication);
        return result;
    }

}
