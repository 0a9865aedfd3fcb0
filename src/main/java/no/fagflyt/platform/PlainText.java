package no.fagflyt.platform;

import java.util.regex.Pattern;

/**
 * Text a person may store: anything but control characters. Tab, line feed and carriage return are
 * allowed; NUL (which PostgreSQL cannot store), the other C0 controls, DEL and the C1 controls are not.
 */
public final class PlainText {

    private static final Pattern CONTROL_CHARACTER = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    private PlainText() {
    }

    public static boolean hasControlCharacter(String text) {
        return CONTROL_CHARACTER.matcher(text).find();
    }

    /** The text with its control characters removed, for showing a refused value again. */
    public static String withoutControlCharacters(String text) {
        return CONTROL_CHARACTER.matcher(text).replaceAll("");
    }

}
