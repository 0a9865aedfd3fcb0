package no.fagflyt.platform.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.fagflyt.platform.NorwegianTexts;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * When a sent form comes back with errors, the layout also lists them at the top of the page
 * ({@code formProblems}). The page usually shows them beside the fields, and the stylesheet then hides
 * this list; but when the page can no longer show the form (the meeting was held, the version published,
 * the case closed while the person was typing) or the error is on a hidden field, this list is what
 * tells the person why nothing was saved.
 */
class FormProblemsInterceptor implements HandlerInterceptor {

    private final NorwegianTexts messages;

    FormProblemsInterceptor(NorwegianTexts messages) {
        this.messages = messages;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView view) {
        if (view == null || !"POST".equals(request.getMethod()) || view.getViewName() == null
                || view.getViewName().startsWith("redirect:")) {
            return;
        }
        Set<String> problems = new LinkedHashSet<>();
        for (Object value : view.getModel().values()) {
            if (value instanceof BindingResult result && result.hasErrors()) {
                for (ObjectError error : result.getAllErrors()) {
                    problems.add(messages.text(error));
                }
            }
        }
        if (!problems.isEmpty()) {
            view.addObject("formProblems", List.copyOf(problems));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        private final NorwegianTexts messages;

        Registration(NorwegianTexts messages) {
            this.messages = messages;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new FormProblemsInterceptor(messages));
        }

    }

}
