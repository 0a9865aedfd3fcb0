package no.fagflyt.organisation.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.demo.DataPlan.UnitPlan;

import org.jspecify.annotations.Nullable;

/**
 * A unit while a planner builds the tree: the work done there and how many people to place besides the
 * leader. {@code named} posts are filled first with people who are employed today.
 */
final class UnitDraft {

    final String code;

    final String name;

    final UnitKind kind;

    final @Nullable Work work;

    final int staff;

    final List<Work.Post> named;

    final List<UnitDraft> children = new ArrayList<>();

    UnitDraft(String code, String name, UnitKind kind, @Nullable Work work, int staff, List<Work.Post> named) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.work = work;
        this.staff = staff;
        this.named = named;
    }

    UnitDraft(String code, String name, UnitKind kind, @Nullable Work work, int staff) {
        this(code, name, kind, work, staff, List.of());
    }

    UnitDraft add(UnitDraft... units) {
        children.addAll(List.of(units));
        return this;
    }

    void visit(Consumer<UnitDraft> visitor) {
        visitor.accept(this);
        children.forEach(child -> child.visit(visitor));
    }

    UnitPlan toPlan() {
        return new UnitPlan(code, name, kind, children.stream().map(UnitDraft::toPlan).toList());
    }

}
