package no.fagflyt.organisation.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the upload limit is refused before any controller runs; send the person back to the import
 * page with a plain message instead of an error page.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin/import")) {
            // The redirect view saves the output flash map, as after any controller redirect.
            RequestContextUtils.getOutputFlashMap(request).put("uploadError", "import.error.tooLarge");
            return new ModelAndView("redirect:/admin/import");
        }
        var view = new ModelAndView("error/error");
        view.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return view;
    }

}
