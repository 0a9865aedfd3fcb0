package no.fagflyt.organisation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import no.fagflyt.organisation.UnitNode;
import no.fagflyt.organisation.UnitView;

/** One option of a select whose text is data, not a message key: a unit, a person, a profession. */
record Choice(String value, String text) {

    /** Units in tree order, indented by depth so the select reads like the tree. */
    static List<Choice> units(UnitNode tree, Predicate<UnitView> include) {
        List<Choice> choices = new ArrayList<>();
        addUnits(tree, include, choices);
        return choices;
    }

    private static void addUnits(UnitNode node, Predicate<UnitView> include, List<Choice> choices) {
        UnitView unit = node.unit();
        if (!include.test(unit)) {
            return;
        }
        // Non-breaking spaces, because browsers collapse ordinary spaces inside <option>.
        String indent = "\u00a0\u00a0\u00a0".repeat(Math.max(unit.depth(), 0));
        choices.add(new Choice(Long.toString(unit.id()), indent + unit.name() + " (" + unit.code() + ")"));
        node.children().forEach(child -> addUnits(child, include, choices));
    }

    /** A labelled group of choices, shown as an optgroup. */
    record Group(String label, List<Choice> choices) {
    }

}
