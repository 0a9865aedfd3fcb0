package no.fagflyt.council.body;

/** What a member's seat stands for, after the council's composition in its mandate (§4). */
public enum Seat {

    KLINIKK, SERVICEDIVISJON, ANALYSE, EHELSE, JURIDISK, ANNET;

    /** The seats besides one per clinic that the council must have filled. */
    public static final java.util.List<Seat> REQUIRED_FOR_COUNCIL = java.util.List.of(SERVICEDIVISJON, ANALYSE,
            EHELSE, JURIDISK);

    public String labelKey() {
        return "member.seat." + name();
    }

}
