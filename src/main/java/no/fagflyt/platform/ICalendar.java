package no.fagflyt.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes iCalendar (RFC 5545): a meeting invitation or a whole calendar feed. CRLF line ends, text escaped
 * (backslash, semicolon, comma, newline) and lines folded at 75 octets without splitting a UTF-8 character.
 * Times are given in UTC, so no VTIMEZONE block is needed; whole-day entries are plain dates.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** How often subscribing clients are asked to fetch the feed again. */
    private static final String REFRESH = "PT4H";

    private ICalendar() {
    }

    /** A single event to import, e.g. a meeting invitation. */
    public static String invitation(CalendarEntry entry, String baseUrl, Instant stamp) {
        return write(null, List.of(entry), baseUrl, stamp);
    }

    /** A calendar to subscribe to, named {@code name} in the client, with every entry given. */
    public static String feed(String name, List<CalendarEntry> entries, String baseUrl, Instant stamp) {
        return write(name, entries, baseUrl, stamp);
    }

    private static String write(@Nullable String name, List<CalendarEntry> entries, String baseUrl, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Fagflyt//Fagflyt//NO");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        if (name != null) {
            line(out, "X-WR-CALNAME:" + escape(name));
            line(out, "X-WR-TIMEZONE:" + NorwegianTime.ZONE.getId());
            line(out, "REFRESH-INTERVAL;VALUE=DURATION:" + REFRESH);
            line(out, "X-PUBLISHED-TTL:" + REFRESH);
        }
        String dtstamp = UTC.format(stamp.atOffset(ZoneOffset.UTC));
        for (CalendarEntry entry : entries) {
            event(out, entry, baseUrl, dtstamp);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, CalendarEntry entry, String baseUrl, String dtstamp) {
        String url = entry.href() == null ? null : baseUrl + entry.href();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + entry.uid() + "@fagflyt");
        line(out, "DTSTAMP:" + dtstamp);
        if (entry.allDay()) {
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(entry.start()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(entry.end()));
            // A deadline does not make the person busy.
            line(out, "TRANSP:TRANSPARENT");
        }
        else {
            line(out, "DTSTART:" + utc(entry.start()));
            line(out, "DTEND:" + utc(entry.end()));
        }
        line(out, "SUMMARY:" + escape(entry.summary()));
        if (entry.location() != null && !entry.location().isBlank()) {
            line(out, "LOCATION:" + escape(entry.location()));
        }
        String description = url == null ? entry.description() : entry.description() + "\n" + url;
        line(out, "DESCRIPTION:" + escape(description));
        if (url != null) {
            line(out, "URL:" + url);
        }
        if (entry.cancelled()) {
            line(out, "STATUS:CANCELLED");
        }
        if (entry.reminder() != null && !entry.cancelled()) {
            line(out, "BEGIN:VALARM");
            line(out, "ACTION:DISPLAY");
            line(out, "TRIGGER:" + entry.reminder().trigger());
            line(out, "DESCRIPTION:" + escape(entry.summary()));
            line(out, "END:VALARM");
        }
        line(out, "END:VEVENT");
    }

    private static String utc(LocalDateTime local) {
        return UTC.format(local.atZone(NorwegianTime.ZONE).withZoneSameInstant(ZoneOffset.UTC));
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
            .replace(";", "\\;")
            .replace(",", "\\,")
            .replace("\r\n", "\\n")
            .replace("\n", "\\n")
            .replace("\r", "\\n");
    }

    /** Appends a content line folded so no physical line exceeds 75 octets. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

}
