package no.fagflyt.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How dates, times and numbers look on every page: dd.MM.yyyy, Oslo time, decimal comma. Templates call
 * it as {@code ${@format.dateTime(value)}} so no page has to remember the time zone.
 */
@Component("format")
public class DisplayFormats {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    public String dateTime(@Nullable OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(OSLO).format(DATE_TIME);
    }

    public String decimal(@Nullable BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

}
