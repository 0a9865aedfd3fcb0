package no.fagflyt.competence.web;

import no.fagflyt.competence.UnitMatrix;
import no.fagflyt.competence.UnitMatrix.Order;
import no.fagflyt.competence.UnitMatrix.SortKey;
import no.fagflyt.competence.framework.CompetenceView;

import org.jspecify.annotations.Nullable;

/**
 * The matrix order as the page's sort buttons write it in the "sorter" parameter: "navn", "mangler" or
 * "kompetanse-{id}", each in its natural direction, with "-stigende" or "-synkende" for the other way.
 * Anything else sorts by name.
 */
record MatrixSort(Order order) {

    static final String NAME = "navn";

    static final String GAPS = "mangler";

    private static final String COMPETENCE = "kompetanse-";

    private static final String ASCENDING = "-stigende";

    private static final String DESCENDING = "-synkende";

    static MatrixSort parse(@Nullable String value) {
        if (value == null) {
            return new MatrixSort(Order.BY_NAME);
        }
        String column = value;
        Boolean descending = null;
        if (value.endsWith(ASCENDING)) {
            column = value.substring(0, value.length() - ASCENDING.length());
            descending = false;
        }
        else if (value.endsWith(DESCENDING)) {
            column = value.substring(0, value.length() - DESCENDING.length());
            descending = true;
        }
        Order natural = natural(column);
        if (natural == null) {
            return new MatrixSort(Order.BY_NAME);
        }
        return new MatrixSort(descending == null || descending == natural.descending() ? natural : natural.reversed());
    }

    private static @Nullable Order natural(String column) {
        if (NAME.equals(column)) {
            return Order.BY_NAME;
        }
        if (GAPS.equals(column)) {
            return Order.natural(SortKey.GAPS, null);
        }
        if (column.startsWith(COMPETENCE)) {
            try {
                return Order.natural(SortKey.COMPETENCE, Long.parseLong(column.substring(COMPETENCE.length())));
            }
            catch (NumberFormatException ex) {
                return null;
            }
        }
        return null;
    }

    /** This order as a parameter value, e.g. for the XLSX link. */
    public String value() {
        String column = column(order.key(), order.competenceId());
        return order.equals(Order.natural(order.key(), order.competenceId())) ? column
                : column + (order.descending() ? DESCENDING : ASCENDING);
    }

    /** What the button on a column sends: the other direction when the rows are sorted by it, else its natural one. */
    public String next(String column) {
        Order natural = natural(column);
        if (natural == null || !order.isOn(natural.key(), natural.competenceId())) {
            return column;
        }
        return new MatrixSort(order.reversed()).value();
    }

    public String nextFor(CompetenceView column) {
        return next(COMPETENCE + column.id());
    }

    /** The aria-sort value for a column header: only the column the rows are sorted by has one. */
    public @Nullable String ariaSort(String column) {
        Order natural = natural(column);
        if (natural == null || !order.isOn(natural.key(), natural.competenceId())) {
            return null;
        }
        return order.descending() ? "descending" : "ascending";
    }

    public @Nullable String ariaSortFor(CompetenceView column) {
        return ariaSort(COMPETENCE + column.id());
    }

    /** The column sorted by, when it is a competence the matrix has. */
    public @Nullable CompetenceView column(UnitMatrix matrix) {
        return order.key() == SortKey.COMPETENCE && order.competenceId() != null
                ? matrix.column(order.competenceId()) : null;
    }

    /** The message key naming the order in the table caption; competence orders take the column's name. */
    public String captionKey(UnitMatrix matrix) {
        if (order.key() == SortKey.COMPETENCE && column(matrix) == null) {
            return "competence.matrix.sortedName";
        }
        String key = switch (order.key()) {
            case NAME -> "competence.matrix.sortedName";
            case GAPS -> "competence.matrix.sortedGaps";
            case COMPETENCE -> "competence.matrix.sortedCompetence";
        };
        return order.equals(Order.natural(order.key(), order.competenceId())) ? key : key + "Reversed";
    }

    private static String column(SortKey key, @Nullable Long competenceId) {
        return switch (key) {
            case NAME -> NAME;
            case GAPS -> GAPS;
            case COMPETENCE -> COMPETENCE + competenceId;
        };
    }

}
