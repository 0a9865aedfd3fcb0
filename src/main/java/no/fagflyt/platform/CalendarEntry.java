package no.fagflyt.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One event in an iCalendar file: a whole-day deadline or a meeting with local Oslo times. The text is
 * already in the user's language and holds only what the person may see; {@code uid} is stable so a
 * calendar client replaces the event when it changes. {@code href} is a path in Fagflyt, made absolute when
 * written. A cancelled entry stays in the file so clients remove it from their copy.
 */
public record CalendarEntry(String uid, String summary, String description, @Nullable String location,
        @Nullable String href, LocalDateTime start, LocalDateTime end, boolean allDay, @Nullable Reminder reminder,
        boolean cancelled) {

    /**
     * A deadline on one day, reminded {@code daysBefore} days ahead at 09:00 (a trigger of 0 days reminds at
     * 09:00 on the day itself).
     */
    public static CalendarEntry onDay(String uid, LocalDate day, String summary, String description,
            @Nullable String href, int daysBefore) {
        return new CalendarEntry(uid, summary, description, null, href, day.atStartOfDay(),
                day.plusDays(1).atStartOfDay(), true, new Reminder((-daysBefore * 24L + 9) * 60), false);
    }

    /** A meeting from start to end, reminded {@code minutesBefore} minutes ahead. */
    public static CalendarEntry meeting(String uid, LocalDateTime start, LocalDateTime end, String summary,
            String description, @Nullable String location, @Nullable String href, int minutesBefore,
            boolean cancelled) {
        return new CalendarEntry(uid, summary, description, location, href, start, end, false,
                new Reminder(-minutesBefore), cancelled);
    }

    /**
     * When a display alarm fires: minutes added to the start (negative before it). Written as an iCalendar
     * duration such as {@code -P29DT15H}.
     */
    public record Reminder(long minutes) {

        public String trigger() {
            if (minutes == 0) {
                return "PT0S";
            }
            long abs = Math.abs(minutes);
            long days = abs / (24 * 60);
            long hours = abs % (24 * 60) / 60;
            long rest = abs % 60;
            StringBuilder out = new StringBuilder(minutes < 0 ? "-P" : "P");
            if (days > 0) {
                out.append(days).append('D');
            }
            if (hours > 0 || rest > 0) {
                out.append('T');
                if (hours > 0) {
                    out.append(hours).append('H');
                }
                if (rest > 0) {
                    out.append(rest).append('M');
                }
            }
            return out.toString();
        }

    }

}
