package no.fagflyt.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A table read from an uploaded CSV or XLSX file. Headers are matched without regard to case, spaces
 * or punctuation, so "Ansatt-nr", "ansattnr" and "ANSATT NR" are the same column.
 */
public record TabularFile(String fileName, List<String> headers, List<Row> rows) {

    /** One data row; {@code line} is the row number a person sees in Excel or a text editor (header = 1). */
    public record Row(int line, Map<String, String> values) {

        /** The trimmed cell of the first matching column name, or empty when blank or absent. */
        public Optional<String> get(String... columnNames) {
            for (String name : columnNames) {
                String value = values.get(normalise(name));
                if (value != null && !value.isBlank()) {
                    return Optional.of(value.strip());
                }
            }
            return Optional.empty();
        }

        public boolean isBlank() {
            return values.values().stream().allMatch(String::isBlank);
        }

    }

    public boolean hasColumn(String... columnNames) {
        for (String name : columnNames) {
            if (headers.stream().anyMatch(header -> normalise(header).equals(normalise(name)))) {
                return true;
            }
        }
        return false;
    }

    public static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

}
