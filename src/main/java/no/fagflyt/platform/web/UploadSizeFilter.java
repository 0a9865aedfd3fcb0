package no.fagflyt.platform.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.fagflyt.platform.Flash;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Refuses an upload that is too large before anything reads its body. Tomcat fails such a request as
 * soon as a filter asks for a parameter (the CSRF check does), which would end in a bare error page;
 * here the person is sent back to the form's page with a plain message and nothing is stored.
 */
class UploadSizeFilter extends OncePerRequestFilter {

    private final long limitBytes;

    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    UploadSizeFilter(DataSize limit) {
        this.limitBytes = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        if (!multipart || request.getContentLengthLong() <= limitBytes) {
            chain.doFilter(request, response);
            return;
        }
        String back = sameSiteReferer(request);
        FlashMap flash = new FlashMap();
        flash.put("flashError", new Flash("upload.error.tooLarge", new Object[] { limitBytes / (1024 * 1024) }));
        flash.setTargetRequestPath(back.contains("?") ? back.substring(0, back.indexOf('?')) : back);
        flashMaps.saveOutputFlashMap(flash, request, response);
        // Tomcat discards the unread body (up to server.tomcat.max-swallow-size), so the browser sees the
        // redirect instead of a reset connection.
        response.sendRedirect(request.getContextPath() + back);
    }

    /** The page the form was on, if the browser said so and it is ours; otherwise the start page. */
    static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (uri.getHost() == null || uri.getHost().equals(request.getServerName())) {
                    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                    String withoutContext = path.startsWith(request.getContextPath())
                            ? path.substring(request.getContextPath().length()) : path;
                    return uri.getRawQuery() == null ? withoutContext : withoutContext + "?" + uri.getRawQuery();
                }
            }
            catch (IllegalArgumentException malformed) {
                // Fall through to the start page.
            }
        }
        return "/";
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Before Spring Security's filter chain (order -100), which reads parameters for the CSRF check. */
        @Bean
        FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(
                @Value("${fagflyt.upload.max-size:10MB}") DataSize limit) {
            FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
                    new UploadSizeFilter(limit));
            registration.setOrder(-200);
            return registration;
        }

    }

}
