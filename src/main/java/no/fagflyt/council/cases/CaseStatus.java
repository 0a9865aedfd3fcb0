package no.fagflyt.council.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case is in its life. The allowed next states are listed per state, so the workflow can be read
 * as one table: a case may be taken off the agenda again, and only closed cases are final.
 */
public enum CaseStatus {

    INNMELDT, TIL_VURDERING, SATT_PA_SAKSLISTE, BEHANDLET, TIL_OPPFOLGING, AVSLUTTET, AVVIST;

    public Set<CaseStatus> next() {
        return switch (this) {
            case INNMELDT -> EnumSet.of(TIL_VURDERING, SATT_PA_SAKSLISTE, AVVIST);
            case TIL_VURDERING -> EnumSet.of(SATT_PA_SAKSLISTE, AVVIST);
            case SATT_PA_SAKSLISTE -> EnumSet.of(BEHANDLET, TIL_VURDERING);
            case BEHANDLET -> EnumSet.of(TIL_OPPFOLGING, AVSLUTTET);
            case TIL_OPPFOLGING -> EnumSet.of(AVSLUTTET);
            case AVSLUTTET, AVVIST -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    public boolean isClosed() {
        return this == AVSLUTTET || this == AVVIST;
    }

    public String labelKey() {
        return "case.status." + name();
    }

}
