package no.fagflyt.platform.web;

import java.time.DateTimeException;

import jakarta.servlet.http.HttpServletRequest;

import no.fagflyt.platform.Flash;
import no.fagflyt.platform.NorwegianTexts;
import no.fagflyt.platform.ParameterOutOfRange;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The answers to requests that cannot be carried out as sent, instead of a server error: a value in the
 * address or a parameter of the wrong type or missing gets the Norwegian 400 page naming the parameter by
 * its Norwegian name, a date or year beyond what the calendar reaches gets it too, and two people changing
 * the same thing at once (an optimistic-lock conflict, a lock wait that lost, a row the other one inserted first) sends the
 * one who came second back to the page with the ordinary conflict message.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class BadInputAdvice {

    private static final Logger log = LoggerFactory.getLogger(BadInputAdvice.class);

    private static final String VIEW = "error/400";

    private final NorwegianTexts messages;

    BadInputAdvice(NorwegianTexts messages) {
        this.messages = messages;
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MethodArgumentConversionNotSupportedException.class })
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String wrongType(org.springframework.beans.TypeMismatchException ex, Model model) {
        model.addAttribute("problem", new Flash("error.400.parameter", new Object[] { parameter(ex.getPropertyName()) }));
        return VIEW;
    }

    /** A form read without a BindingResult beside it: the page names the first field that was wrong. */
    @ExceptionHandler(BindException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidForm(BindException ex, Model model) {
        model.addAttribute("problemText", ex.getAllErrors()
            .stream()
            .map(error -> messages.text(error))
            .distinct()
            .toList());
        return VIEW;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String missing(MissingServletRequestParameterException ex, Model model) {
        model.addAttribute("problem", new Flash("error.400.missing", new Object[] { parameter(ex.getParameterName()) }));
        return VIEW;
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String missingPart(MissingServletRequestPartException ex, Model model) {
        model.addAttribute("problem", new Flash("error.400.missing", new Object[] { parameter(ex.getRequestPartName()) }));
        return VIEW;
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadable(Model model) {
        model.addAttribute("problem", new Flash("error.400.text", new Object[0]));
        return VIEW;
    }

    @ExceptionHandler(ParameterOutOfRange.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String outOfRange(ParameterOutOfRange ex, Model model) {
        model.addAttribute("problem", new Flash("error.400.range", new Object[] { parameter(ex.parameter()),
                String.valueOf(ex.min()), String.valueOf(ex.max()) }));
        return VIEW;
    }

    @ExceptionHandler(DateTimeException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String beyondCalendar(DateTimeException ex, Model model) {
        log.info("Date out of range in a request: {}", ex.getMessage());
        model.addAttribute("problem", new Flash("error.400.date", new Object[0]));
        return VIEW;
    }

    /**
     * A request parameter by its Norwegian name, {@code param.<name>} in the bundles (e.g.
     * {@code param.ar=År}); the parameter's own name only if a new one has none yet, which
     * HostileInputTests reports.
     */
    private static MessageSourceResolvable parameter(@Nullable String name) {
        String shown = name == null ? "" : name;
        return new DefaultMessageSourceResolvable(new String[] { "param." + shown }, shown);
    }

    @ExceptionHandler({ ConcurrencyFailureException.class, DuplicateKeyException.class })
    ModelAndView conflict(Exception ex, HttpServletRequest request) {
        log.info("Concurrent change refused: {}", ex.getMessage());
        // The redirect view saves the output flash map, as after any controller redirect.
        RequestContextUtils.getOutputFlashMap(request).put("flashError", new Flash("form.conflict", new Object[0]));
        return new ModelAndView("redirect:" + UploadSizeFilter.sameSiteReferer(request));
    }

}
