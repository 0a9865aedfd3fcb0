package no.fagflyt.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.fagflyt.platform.CurrentUsers;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Someone signed in with a one-time password from the administrator sees nothing but "Bytt passord" until
 * they have chosen their own. The flag is read from the account on every request, like the roles.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeGate implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
            .excludePathPatterns(PasswordController.PATH, "/error", "/login", "/logout", "/css/**", "/js/**",
                    "/images/**", "/webjars/**", "/favicon.ico");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        boolean mustChange = CurrentUsers.current().map(user -> user.passwordChangeRequired()).orElse(false);
        if (!mustChange) {
            return true;
        }
        String target = request.getContextPath() + PasswordController.PATH;
        if (request.getHeader("HX-Request") != null) {
            // htmx swaps a redirected answer into the page; tell it to load the whole page instead.
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
        else {
            response.sendRedirect(target);
        }
        return false;
    }

}
