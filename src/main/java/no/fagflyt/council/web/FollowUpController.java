package no.fagflyt.council.web;

import java.util.List;
import java.util.Map;

import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.council.meeting.ActionLine;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.platform.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Oppfølging": open action items across the user's bodies, overdue first, and unresolved cases. */
@Controller
class FollowUpController {

    private final CouncilAccess access;

    private final CouncilMeetings meetings;

    private final CouncilCases cases;

    FollowUpController(CouncilAccess access, CouncilMeetings meetings, CouncilCases cases) {
        this.access = access;
        this.meetings = meetings;
        this.cases = cases;
    }

    @GetMapping("/oppfolging")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<Long> bodyIds = access.memberBodyIds(user);
        Long personId = user.personId();
        // Members follow up their bodies' actions; anyone sees the actions they own themselves.
        List<ActionLine> open = bodyIds.isEmpty() && personId == null ? List.of()
                : meetings.actionLines("a.completed_on is null and (" + (bodyIds.isEmpty() ? "1 = 0" : "a.body_id in (:bodies)")
                        + " or a.owner_person_id = :person)",
                        Map.of("bodies", bodyIds.isEmpty() ? List.of(-1L) : bodyIds, "person",
                                personId == null ? -1L : personId));
        model.addAttribute("actions", open);
        model.addAttribute("overdueCount", open.stream().filter(ActionLine::overdue).count());
        model.addAttribute("unresolved", cases.unresolved(bodyIds));
        model.addAttribute("memberBodies", bodyIds);
        return "council/follow-up";
    }

}
