package no.fagflyt.platform;

import java.util.AbstractMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * A row's values by normalised header, as one array per row over a key index shared by all rows of the
     * file: a large upload then costs about what its cell texts take, not a hash map per row.
     */
    static final class Cells extends AbstractMap<String, String> {

        private final Map<String, Integer> slots;

        private final String[] values;

        Cells(Map<String, Integer> slots, String[] values) {
            this.slots = slots;
            this.values = values;
        }

        @Override
        public String get(Object key) {
            Integer slot = slots.get(key);
            return slot == null ? null : values[slot];
        }

        @Override
        public boolean containsKey(Object key) {
            return slots.containsKey(key);
        }

        @Override
        public java.util.Collection<String> values() {
            return List.of(values);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return slots.entrySet()
                .stream()
                .sorted(Map.Entry.comparingByValue())
                .map(slot -> Map.entry(slot.getKey(), values[slot.getValue()]))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
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
