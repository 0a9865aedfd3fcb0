package no.fagflyt.council.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a meeting invitation as iCalendar (RFC 5545): CRLF line ends, text escaped (backslash, semicolon,
 * comma, newline) and lines folded at 75 octets without splitting a UTF-8 character. Times are given in
 * UTC, so no VTIMEZONE block is needed.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private ICalendar() {
    }

    public static String invitation(String uid, String title, String description, String location,
            LocalDateTime startsAt, LocalDateTime endsAt, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Fagflyt//Kontorfaglig råd//NO");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid);
        line(out, "DTSTAMP:" + UTC.format(stamp.atOffset(ZoneOffset.UTC)));
        line(out, "DTSTART:" + utc(startsAt));
        line(out, "DTEND:" + utc(endsAt));
        line(out, "SUMMARY:" + escape(title));
        line(out, "LOCATION:" + escape(location));
        line(out, "DESCRIPTION:" + escape(description));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String utc(LocalDateTime local) {
        return UTC.format(local.atZone(OSLO).withZoneSameInstant(ZoneOffset.UTC));
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
