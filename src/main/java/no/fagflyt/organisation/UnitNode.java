package no.fagflyt.organisation;

import java.util.List;

/** A unit with its sub-units, for showing a tree; {@code activeStaff} counts people placed directly in it. */
public record UnitNode(UnitView unit, List<UnitNode> children, int activeStaff) {

    /** Active people in this unit and every unit below it. */
    public int totalStaff() {
        return activeStaff + children.stream().mapToInt(UnitNode::totalStaff).sum();
    }

}
