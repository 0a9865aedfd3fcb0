package no.fagflyt.platform;

import java.text.Collator;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The bokmål texts of the message bundles for work done outside a web request: calendar feeds, PDFs,
 * exports and the contributions to "Min side". The one place that knows which locale Fagflyt speaks.
 *
 * <p>Counts follow one convention: a text that counts something takes the number as its first argument
 * and chooses the singular or plural with a choice, e.g.
 * {@code meeting.count={0,choice,0#ingen møter|1#1 møte|1<{0} møter}}, so "1 møte" and "2 møter" come
 * from the same key, both here ({@link #count}) and in templates ({@code #{meeting.count(${n})}}).
 */
@Component
public class NorwegianTexts {

    /** Norwegian bokmål, as spoken by every page, file and feed. */
    public static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;

    NorwegianTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of a key with its arguments filled in. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BOKMAL);
    }

    /** The text of a key and arguments that travel together, such as a validation message. */
    public String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, BOKMAL);
    }

    /**
     * A counted text, in the singular or the plural as the number asks: the key's text gets the number as
     * its first argument, followed by any others.
     */
    public String count(String key, long number, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = number;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return text(key, arguments);
    }

    /** A text written in lower case inside a sentence, e.g. a weekday's name. */
    public String lowerCase(String key, Object... arguments) {
        return text(key, arguments).toLowerCase(BOKMAL);
    }

    /** A new collator for sorting names the Norwegian way, with æ, ø and å last (collators are not shared). */
    public static Collator collator() {
        return Collator.getInstance(BOKMAL);
    }

}
