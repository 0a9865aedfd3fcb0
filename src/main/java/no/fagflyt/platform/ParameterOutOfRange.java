package no.fagflyt.platform;

import org.jspecify.annotations.Nullable;

/**
 * A request parameter that converted fine but lies outside what the page can work with, such as the year
 * 999999999. Answered with a 400 page that names the parameter in Norwegian and the allowed range.
 */
public final class ParameterOutOfRange extends RuntimeException {

    /** The years the calendar arithmetic (holidays, week numbers, reports) is meant for. */
    public static final int FIRST_YEAR = 1900;

    public static final int LAST_YEAR = 2200;

    private final String parameter;

    private final long min;

    private final long max;

    public ParameterOutOfRange(String parameter, long min, long max) {
        super("Parameter " + parameter + " outside " + min + ".." + max);
        this.parameter = parameter;
        this.min = min;
        this.max = max;
    }

    /** The year in a parameter, or the fallback when it is not given; refused outside 1900–2200. */
    public static int year(@Nullable Integer value, String parameter, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < FIRST_YEAR || value > LAST_YEAR) {
            throw new ParameterOutOfRange(parameter, FIRST_YEAR, LAST_YEAR);
        }
        return value;
    }

    public String parameter() {
        return parameter;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

}
