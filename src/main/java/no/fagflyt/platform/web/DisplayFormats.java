package no.fagflyt.platform.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.Temporal;

import no.fagflyt.platform.NorwegianTime;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How dates, times and numbers look on every page: dd.MM.yyyy, Norwegian time as "kl. 09.00", decimal
 * comma. Templates call it as {@code ${@format.dateTime(value)}} so no page has to remember the time zone
 * (Thymeleaf's {@code #temporals} would use each value's own offset, and the JVM's zone for "today").
 */
@Component("format")
public class DisplayFormats {

    private final Clock clock;

    DisplayFormats(Clock clock) {
        this.clock = clock;
    }

    /** A date, or the Norwegian date of a moment. */
    public String date(@Nullable Temporal dateOrMoment) {
        return NorwegianTime.date(dateOrMoment);
    }

    /** A time of day as 09.00, for texts that say "kl." themselves (e.g. "kl. 09.00–11.00"). */
    public String time(@Nullable Temporal timeOrMoment) {
        return NorwegianTime.time(timeOrMoment);
    }

    /** A moment as 24.12.2026 kl. 09.00 in Norwegian time. */
    public String dateTime(@Nullable Temporal moment) {
        return NorwegianTime.dateTime(moment);
    }

    /** Today's date in Norway. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String decimal(@Nullable BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

}
