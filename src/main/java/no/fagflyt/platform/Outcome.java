package no.fagflyt.platform;

import java.util.List;

/**
 * The result of a command that the business rules may refuse. A refusal is an expected answer, not an
 * exception: it names the form field and the message key, so the page can show it beside the field.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(String field, String messageKey, List<Object> arguments) implements Outcome<T> {

        public Object[] argumentArray() {
            return arguments.toArray();
        }

    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(String field, String messageKey, Object... arguments) {
        return new Refused<>(field, messageKey, List.of(arguments));
    }

}
