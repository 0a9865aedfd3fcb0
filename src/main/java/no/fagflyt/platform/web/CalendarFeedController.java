package no.fagflyt.platform.web;

import java.nio.charset.StandardCharsets;

import no.fagflyt.platform.CalendarFeeds;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The personal calendar feed: switched on, renewed and off from "Min side", and fetched by calendar
 * clients without a session at {@code /kalender/{token}.ics} (the only path of it open without log-in).
 */
@Controller
class CalendarFeedController {

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** Switches the feed on, or makes a new link that revokes the old; the link is shown once, after the redirect. */
    @PostMapping("/min-side/kalender")
    String enable(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        String url = baseUrl() + "/kalender/" + feeds.enable(user) + ".ics";
        redirect.addFlashAttribute("calendarFeedUrl", url);
        redirect.addFlashAttribute("calendarFeedWebcal", url.replaceFirst("^https?://", "webcal://"));
        Flash.success(redirect, "calendarFeed.enabled");
        return "redirect:/min-side#kalender";
    }

    @PostMapping("/min-side/kalender/slett")
    String disable(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        feeds.disable(user);
        Flash.success(redirect, "calendarFeed.disabled");
        return "redirect:/min-side#kalender";
    }

    @GetMapping("/kalender/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return feeds.render(token, baseUrl())
            .map(ics -> ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("fagflyt.ics").build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8)))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

}
