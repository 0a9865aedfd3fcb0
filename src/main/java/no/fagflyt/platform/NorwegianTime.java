package no.fagflyt.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;

import org.jspecify.annotations.Nullable;

/**
 * Norwegian time, the only time Fagflyt knows: moments are stored as instants and shown, compared and
 * turned into dates in Europe/Oslo, whatever zone the JVM runs in. The application's {@code Clock} bean
 * ticks in this zone, so {@code LocalDate.now(clock)} is the Norwegian date. Dates are shown as
 * {@code dd.MM.yyyy} and times of day in the Norwegian style with a dot, {@code kl. 09.00}; pages, PDFs,
 * exports and calendar descriptions all format through here.
 */
public final class NorwegianTime {

    /** The zone of every date and time of day in Fagflyt. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH.mm");

    private NorwegianTime() {
    }

    /** The Norwegian wall-clock time of a moment; a {@link LocalDateTime} is taken as already Norwegian. */
    public static LocalDateTime local(Temporal moment) {
        if (moment instanceof LocalDateTime local) {
            return local;
        }
        if (moment instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(ZONE).toLocalDateTime();
        }
        if (moment instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(ZONE).toLocalDateTime();
        }
        if (moment instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZONE);
        }
        throw new IllegalArgumentException("Not a moment: " + moment.getClass().getName());
    }

    /** The Norwegian date of a date or moment. */
    public static LocalDate localDate(Temporal dateOrMoment) {
        return dateOrMoment instanceof LocalDate date ? date : local(dateOrMoment).toLocalDate();
    }

    /** A date, or the Norwegian date of a moment, as {@code 24.12.2026}; empty for none. */
    public static String date(@Nullable Temporal dateOrMoment) {
        return dateOrMoment == null ? "" : DATE.format(localDate(dateOrMoment));
    }

    /** The time of day, in Norway for a moment, as {@code 09.00} (the text around it says {@code kl.}). */
    public static String time(@Nullable Temporal timeOrMoment) {
        if (timeOrMoment == null) {
            return "";
        }
        return TIME.format(timeOrMoment instanceof LocalTime time ? time : local(timeOrMoment));
    }

    /** A moment in Norwegian time as {@code 24.12.2026 kl. 09.00}; empty for none. */
    public static String dateTime(@Nullable Temporal moment) {
        return moment == null ? "" : DATE_TIME.format(local(moment));
    }

}
