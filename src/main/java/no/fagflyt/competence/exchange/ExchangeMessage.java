package no.fagflyt.competence.exchange;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * A problem or warning about an imported file, as a message key with arguments. It is itself resolvable, so
 * a place (Linje 4, kolonnen «ID number») can be the argument of the message about that place.
 */
public record ExchangeMessage(String key, List<Object> arguments) implements MessageSourceResolvable {

    /** Numbers are passed as text, so line 1234 reads Linje 1234 and not with a thousands separator. */
    static ExchangeMessage of(String key, Object... arguments) {
        return new ExchangeMessage(key, java.util.Arrays.stream(arguments)
            .map(argument -> argument instanceof Number ? argument.toString() : argument)
            .toList());
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }

    @Override
    public String[] getCodes() {
        return new String[] { key };
    }

    @Override
    public Object[] getArguments() {
        return argumentArray();
    }

    @Override
    public @Nullable String getDefaultMessage() {
        return null;
    }

}
