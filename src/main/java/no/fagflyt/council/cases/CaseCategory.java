package no.fagflyt.council.cases;

public enum CaseCategory {

    KVALITET_OG_PASIENTSIKKERHET, REGISTRERINGSPRAKSIS, UTVIKLINGSARBEID, OPPLAERING_OG_UTDANNING, HORING, ANNET;

    public String labelKey() {
        return "case.category." + name();
    }

}
