package no.fagflyt.competence;

import java.util.List;
import java.util.Map;

import no.fagflyt.competence.framework.CompetenceKey;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.task.UnitTask;
import no.fagflyt.organisation.PersonView;
import no.fagflyt.organisation.UnitView;

import org.jspecify.annotations.Nullable;

/** People of a unit subtree against every competence required of any of them, with coverage per competence. */
public record UnitMatrix(UnitView unit, List<CompetenceView> columns, List<Row> rows, List<TaskCoverage> tasks) {

    /** A task of the unit or a unit below: how many perform it, and who can do it now. */
    public record TaskCoverage(UnitTask task, String unitName, int performers, List<String> able) {

        /** Fewer than two who can do it makes the unit vulnerable at sickness and holidays. */
        public boolean vulnerable() {
            return able.size() < 2;
        }

    }

    public record Row(PersonView person, Map<CompetenceKey, GapLine> cells) {

        public @Nullable GapLine cell(CompetenceView column) {
            return cells.get(column.key());
        }

        public long gaps() {
            return cells.values().stream().filter(cell -> !cell.status().isMet()).count();
        }

    }

    /** The same matrix with its rows by last and first name, or by most gaps first (then by name). */
    public UnitMatrix sorted(boolean byGaps) {
        java.util.Comparator<Row> byName = java.util.Comparator
            .comparing((Row row) -> row.person().lastName(), NORWEGIAN)
            .thenComparing(row -> row.person().firstName(), NORWEGIAN);
        java.util.Comparator<Row> order = byGaps
                ? java.util.Comparator.comparingLong(Row::gaps).reversed().thenComparing(byName) : byName;
        return new UnitMatrix(unit, columns, rows.stream().sorted(order).toList(), tasks);
    }

    private static final java.text.Collator NORWEGIAN = java.text.Collator
        .getInstance(java.util.Locale.forLanguageTag("nb-NO"));

    /** How many meet the requirement; fewer than two makes the unit vulnerable at sickness and holidays. */
    public int coverage(CompetenceView column) {
        return (int) rows.stream()
            .map(row -> row.cell(column))
            .filter(cell -> cell != null && cell.status().isMet())
            .count();
    }

    public int requiredCount(CompetenceView column) {
        return (int) rows.stream().filter(row -> row.cell(column) != null).count();
    }

}
