package no.fagflyt.platform;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Keeps text written to a CSV file from running as a formula when the file is opened in Excel or LibreOffice
 * (CSV injection). A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * is written with an apostrophe in front, which spreadsheets show as plain text; a number such as {@code -12,5}
 * is left alone, as it is a value and not a formula.
 *
 * <p>Our own importers {@link #restore} the cell: exactly one leading apostrophe is removed, and only when a
 * formula character follows it (past any further apostrophes, which were the text's own), so what we export
 * comes back as it was. Another program reading our file (Moodle,
 * for one) sees the apostrophe as part of the text; that is the price of a file that is safe to open.
 */
public final class SpreadsheetFormulas {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private SpreadsheetFormulas() {
    }

    public static @Nullable String neutralise(@Nullable String cell) {
        return cell != null && guarded(cell) ? "'" + cell : cell;
    }

    public static String restore(String cell) {
        return cell.startsWith("'") && guarded(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * Whether the cell, past any apostrophes it already starts with, begins a formula. Counting those apostrophes
     * in keeps the round trip exact for text that itself starts with one, such as {@code '=x}.
     */
    private static boolean guarded(String cell) {
        int start = 0;
        while (start < cell.length() && cell.charAt(start) == '\'') {
            start++;
        }
        return start < cell.length() && isFormulaStart(cell.charAt(start))
                && !NUMBER.matcher(cell.substring(start)).matches();
    }

    private static boolean isFormulaStart(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

}
