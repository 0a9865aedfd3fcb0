package no.fagflyt.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A confirmation shown once on the page after a redirect, e.g. "Enheten er lagret". */
public record Flash(String key, Object[] arguments) {

    public static void success(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", new Flash(key, arguments));
    }

}
