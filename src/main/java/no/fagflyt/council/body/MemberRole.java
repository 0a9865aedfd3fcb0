package no.fagflyt.council.body;

public enum MemberRole {

    LEDER, SEKRETAER, MEDLEM;

    public String labelKey() {
        return "member.role." + name();
    }

}
