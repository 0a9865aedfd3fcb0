package no.fagflyt.council.meeting;

/** A meeting's minutes were published, which opens its items and actions to the organisation's employees. */
public record MeetingPublished(long meetingId) {
}
