package no.fagflyt.organisation.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an HR file would do to one organisation's people, row by row, and what is wrong with it. Nothing
 * is stored until the administrator confirms a plan without problems.
 */
public record ImportPlan(long organisationId, String organisationName, String fileName, List<PlannedRow> rows,
        List<ImportProblem> problems) {

    public enum Change {

        NEW, CHANGED, UNCHANGED, INVALID;

        public String labelKey() {
            return "import.change." + name();
        }

    }

    /**
     * One row of the file. {@code details} is absent when the row has problems; {@code changedColumns} are
     * the message keys of the columns that differ from the stored person.
     */
    public record PlannedRow(int line, String employeeNumber, String name, Change change,
            @Nullable Long personId, int seenVersion, Person.@Nullable PersonDetails details,
            List<String> changedColumns) {
    }

    /** A problem with the whole file ({@code line} 0, no column) or with one cell of one line. */
    public record ImportProblem(int line, @Nullable String columnKey, String messageKey, List<Object> arguments) {

        public boolean isFileLevel() {
            return line == 0;
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }

    }

    static ImportPlan fileProblem(long organisationId, String organisationName, String fileName, String messageKey,
            Object... arguments) {
        return new ImportPlan(organisationId, organisationName, fileName, List.of(),
                List.of(new ImportProblem(0, null, messageKey, List.of(arguments))));
    }

    public boolean hasFileProblems() {
        return problems.stream().anyMatch(ImportProblem::isFileLevel);
    }

    public boolean isImportable() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public long count(Change change) {
        return rows.stream().filter(row -> row.change() == change).count();
    }

    public long newCount() {
        return count(Change.NEW);
    }

    public long changedCount() {
        return count(Change.CHANGED);
    }

    public long unchangedCount() {
        return count(Change.UNCHANGED);
    }

}
