package no.fagflyt.council.meeting;

import no.fagflyt.council.body.Member;

public record AttendanceLine(Member member, boolean present) {
}
