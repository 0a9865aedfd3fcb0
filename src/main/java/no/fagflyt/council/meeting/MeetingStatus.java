package no.fagflyt.council.meeting;

public enum MeetingStatus {

    PLANLAGT, AVHOLDT, PUBLISERT, AVLYST;

    public String labelKey() {
        return "meeting.status." + name();
    }

}
