package no.fagflyt.council.body;

import java.util.List;

import no.fagflyt.organisation.UnitView;

/** How a body's current members measure up to its composition rule; empty lists mean it is complete. */
public record Composition(boolean hasRule, List<UnitView> clinicsWithoutRepresentative, List<Seat> vacantSeats) {

    public static Composition noRule() {
        return new Composition(false, List.of(), List.of());
    }

    public boolean isComplete() {
        return clinicsWithoutRepresentative.isEmpty() && vacantSeats.isEmpty();
    }

}
