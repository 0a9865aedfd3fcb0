package no.fagflyt.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import no.fagflyt.platform.Flash;

import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The backstop behind {@link UploadSizeFilter}, for uploads without a declared length: whatever the form,
 * the person is sent back to the page they came from with a plain message.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    private final DataSize limit;

    UploadTooLargeAdvice(@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        // The redirect view saves the output flash map, as after any controller redirect.
        RequestContextUtils.getOutputFlashMap(request)
            .put("flashError", new Flash("upload.error.tooLarge", new Object[] { limit.toMegabytes() }));
        return new ModelAndView("redirect:" + UploadSizeFilter.sameSiteReferer(request));
    }

}
