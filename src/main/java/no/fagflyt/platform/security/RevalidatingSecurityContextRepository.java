package no.fagflyt.platform.security;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import no.fagflyt.platform.AccountLookup;
import no.fagflyt.platform.CurrentUser;

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
 * the access it was opened with: a disabled account, an ended employment or a deleted account ends the
 * session, and a withdrawn or added role applies to the next request.
 */
final class RevalidatingSecurityContextRepository implements SecurityContextRepository {

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
        if (current.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return strategy.createEmptyContext();
        }
        CurrentUser fresh = current.get();
        UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                fresh.getAuthorities());
        refreshed.setDetails(authentication.getDetails());
        SecurityContext result = strategy.createEmptyContext();
        result.setAuthentication(refreshed);
        return result;
    }

}
