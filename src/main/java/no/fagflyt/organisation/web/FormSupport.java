package no.fagflyt.organisation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Small helpers shared by the admin controllers: refusals as field errors, Norwegian number and date input. */
final class FormSupport {

    private FormSupport() {
    }

    /** Puts a business refusal beside the field it concerns, renaming the field where the form calls it otherwise. */
    static void reject(BindingResult result, Outcome.Refused<?> refusal, Map<String, String> fieldNames) {
        String field = fieldNames.getOrDefault(refusal.field(), refusal.field());
        result.rejectValue(field, refusal.messageKey(), refusal.argumentArray(), refusal.messageKey());
    }

    /** A date from {@code <input type="date">} (always ISO), or null and a field error naming the field. */
    static @Nullable LocalDate date(@Nullable String value, String field, boolean required, BindingResult result) {
        if (value == null || value.isBlank()) {
            if (required) {
                result.rejectValue(field, "admin.error." + field + ".required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            result.rejectValue(field, "admin.error." + field + ".invalid");
            return null;
        }
    }

    /** A percentage written the Norwegian way (62,5) or with a point; above 0 and at most 100. */
    static @Nullable BigDecimal percent(@Nullable String value, String field, BindingResult result) {
        if (value == null || value.isBlank() || result.hasFieldErrors(field)) {
            return null;
        }
        try {
            BigDecimal percent = new BigDecimal(value.strip().replace(',', '.'));
            if (percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0 && percent.scale() <= 2) {
                return percent;
            }
        }
        catch (NumberFormatException ex) {
            // falls through to the field error
        }
        result.rejectValue(field, "admin.error." + field + ".invalid");
        return null;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Shows a BigDecimal the way a Norwegian types it. */
    static String percentText(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString().replace('.', ',');
    }

}
