package no.fagflyt.competence;

import java.util.List;
import java.util.Map;

import no.fagflyt.competence.framework.CompetenceKey;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.task.UnitTask;
import no.fagflyt.organisation.PersonView;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.platform.NorwegianTexts;

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

    /** What the rows can be ordered by: the person's name, how many gaps they have, or their status in one column. */
    public enum SortKey {
        NAME, GAPS, COMPETENCE
    }

    /**
     * An order of the rows. Each key has a natural direction: names A to Å, most gaps first, the most serious
     * status first; {@code descending} says which way it runs. People a column does not apply to come last.
     */
    public record Order(SortKey key, @Nullable Long competenceId, boolean descending) {

        public static final Order BY_NAME = natural(SortKey.NAME, null);

        public static Order natural(SortKey key, @Nullable Long competenceId) {
            return new Order(key, competenceId, key != SortKey.NAME);
        }

        public boolean isOn(SortKey other, @Nullable Long otherCompetenceId) {
            return key == other && java.util.Objects.equals(competenceId, otherCompetenceId);
        }

        public Order reversed() {
            return new Order(key, competenceId, !descending);
        }

    }

    /** The same matrix with its rows by last and first name, or by most gaps first (then by name). */
    public UnitMatrix sorted(boolean byGaps) {
        return sorted(byGaps ? Order.natural(SortKey.GAPS, null) : Order.BY_NAME);
    }

    /** The same matrix in the given order, ties by name; an order on a column the matrix lacks sorts by name. */
    public UnitMatrix sorted(Order order) {
        java.util.Comparator<Row> byName = java.util.Comparator
            .comparing((Row row) -> row.person().lastName(), NORWEGIAN)
            .thenComparing(row -> row.person().firstName(), NORWEGIAN);
        CompetenceView column = order.competenceId() == null ? null : column(order.competenceId());
        java.util.Comparator<Row> comparator = switch (order.key()) {
            case NAME -> order.descending() ? byName.reversed() : byName;
            case GAPS -> directed(java.util.Comparator.comparingLong(Row::gaps), order.descending())
                .thenComparing(byName);
            case COMPETENCE -> column == null ? byName
                    : java.util.Comparator.comparing((Row row) -> row.cell(column) == null)
                        .thenComparing(directed(java.util.Comparator.comparingInt(row -> severity(row, column)),
                                order.descending()))
                        .thenComparing(byName);
        };
        return new UnitMatrix(unit, columns, rows.stream().sorted(comparator).toList(), tasks);
    }

    private static java.util.Comparator<Row> directed(java.util.Comparator<Row> ascending, boolean descending) {
        return descending ? ascending.reversed() : ascending;
    }

    /** The status's severity, and within it the larger gap as the more serious. */
    private static int severity(Row row, CompetenceView column) {
        GapLine cell = row.cell(column);
        return cell == null ? -1 : cell.status().severity() * 100 + cell.gap();
    }

    /** The column of this competence (by the id of the version in use), if anyone here is required to have it. */
    public @Nullable CompetenceView column(long competenceId) {
        return columns.stream().filter(c -> c.id() == competenceId).findFirst().orElse(null);
    }

    private static final java.text.Collator NORWEGIAN = NorwegianTexts.collator();

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
