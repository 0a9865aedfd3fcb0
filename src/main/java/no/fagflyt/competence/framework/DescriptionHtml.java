package no.fagflyt.competence.framework;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A description as HTML that is safe to put on a page. Imported HTML (Moodle's formats 0 and 1) is kept as it
 * came and cleaned here, on the way out, down to basic text markup: no scripts, styles, event handlers or
 * frames. Any other description is plain text, escaped, with its line breaks kept.
 */
public final class DescriptionHtml {

    private static final Safelist ALLOWED = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6");

    private DescriptionHtml() {
    }

    public static @Nullable String safe(@Nullable String description, @Nullable String format) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if ("0".equals(format) || "1".equals(format)) {
            return Jsoup.clean(description, ALLOWED);
        }
        return HtmlUtils.htmlEscape(description, "UTF-8").replace("\n", "<br>");
    }

}
