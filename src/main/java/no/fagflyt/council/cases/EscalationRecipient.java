package no.fagflyt.council.cases;

/** Where the council may take a case: to the professional director, or through her to the director's group. */
public enum EscalationRecipient {

    FAG_OG_FORSKNINGSDIREKTOR, DLG;

    public String labelKey() {
        return "escalation.recipient." + name();
    }

}
