package no.fagflyt.council.report;

/** The gains the council's mandate says it shall seek [001 §5], in the mandate's order. */
public enum Gain {

    PASIENTSIKKERHET_OG_KVALITET, REDUSERT_ETTERSLEP_OG_VENTETID, LIK_PRAKSIS, ROBUST_ORGANISERING,
    MEDARBEIDERTILFREDSHET, REKRUTTERE_OG_BEHOLDE;

    public String labelKey() {
        return "gain." + name();
    }

}
