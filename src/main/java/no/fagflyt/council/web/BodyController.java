package no.fagflyt.council.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.BodyKind;
import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.body.Member;
import no.fagflyt.council.body.MemberRole;
import no.fagflyt.council.body.Seat;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.schedule.CouncilSchedules;
import no.fagflyt.council.web.Forms.BodyEditForm;
import no.fagflyt.council.web.Forms.BodyForm;
import no.fagflyt.council.web.Forms.MemberForm;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonMatch;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.ResultPage;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of bodies and each body's page: mandate, members, composition, cases and meetings. */
@Controller
class BodyController {

    private static final String BODY_VIEW = "council/body";

    /** How many people a member search shows; a longer list means the name should be typed further. */
    static final int PERSON_MATCHES = 20;

    /** The longest search text taken; no name is longer. */
    private static final int PERSON_QUERY_MAX = 100;

    private final CouncilBodies bodies;

    private final CouncilAccess access;

    private final CouncilCases cases;

    private final CouncilMeetings meetings;

    private final OrganisationDirectory directory;

    private final UnitOptions unitOptions;

    private final CouncilSchedules schedules;

    private final ScheduleTexts scheduleTexts;

    private final Clock clock;

    BodyController(CouncilBodies bodies, CouncilAccess access, CouncilCases cases, CouncilMeetings meetings,
            OrganisationDirectory directory, UnitOptions unitOptions, CouncilSchedules schedules,
            ScheduleTexts scheduleTexts, Clock clock) {
        this.schedules = schedules;
        this.scheduleTexts = scheduleTexts;
        this.bodies = bodies;
        this.access = access;
        this.cases = cases;
        this.meetings = meetings;
        this.directory = directory;
        this.unitOptions = unitOptions;
        this.clock = clock;
    }

    @GetMapping("/rad")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("bodies", bodies.visibleBodies(user));
        model.addAttribute("canCreate", bodies.canCreate(user));
        return "council/bodies";
    }

    @GetMapping("/rad/nytt")
    String initCreate(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireCreate(user);
        model.addAttribute("form", new BodyForm(null, "", "", "", "", null));
        return createView(user, model);
    }

    @PostMapping("/rad/nytt")
    String processCreate(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") BodyForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        requireCreate(user);
        if (!result.hasErrors()) {
            Outcome<Body> outcome = bodies.create(user, new CouncilBodies.BodyDescription(form.kind(), form.name(),
                    form.shortName(), form.mandate(), form.meetingRhythm(), form.unitId()));
            if (outcome instanceof Outcome.Refused<Body> refused) {
                Refusals.reject(result, refused);
            }
            else {
                Body created = ((Outcome.Done<Body>) outcome).value();
                Flash.success(redirect, "body.created", created.name());
                return "redirect:/rad/" + created.id();
            }
        }
        return createView(user, model);
    }

    @GetMapping("/rad/{bodyId}/endre")
    String initEdit(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId, Model model) {
        access.requireAdminister(user, bodyId);
        Body body = bodies.body(bodyId);
        model.addAttribute("form", new BodyEditForm(body.name(), body.mandate(), body.meetingRhythm(), body.version()));
        model.addAttribute("body", body);
        return "council/body-edit";
    }

    @PostMapping("/rad/{bodyId}/endre")
    String processEdit(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @Valid @ModelAttribute("form") BodyEditForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.requireAdminister(user, bodyId);
        if (!result.hasErrors()) {
            Outcome<Body> outcome = bodies.describe(user, bodyId, form.version(), form.name(), form.mandate(),
                    form.meetingRhythm());
            if (outcome instanceof Outcome.Refused<Body> refused) {
                Refusals.reject(result, refused);
            }
            else {
                Flash.success(redirect, "body.updated");
                return "redirect:/rad/" + bodyId;
            }
        }
        model.addAttribute("body", bodies.body(bodyId));
        return "council/body-edit";
    }

    private void requireCreate(CurrentUser user) {
        if (!bodies.canCreate(user)) {
            throw new AccessDeniedProblem("Kan ikke opprette organ");
        }
    }

    private String createView(CurrentUser user, Model model) {
        List<UnitOptions.Option> units = new java.util.ArrayList<>();
        if (user.isAdministrator()) {
            directory.organisations(LocalDate.now(clock)).forEach(org -> units.addAll(unitOptions.of(org.id())));
        }
        else {
            access.organisationOf(user).ifPresent(org -> units.addAll(unitOptions.of(org)));
        }
        model.addAttribute("units", units);
        model.addAttribute("kinds", BodyKind.values());
        return "council/body-new";
    }

    /** The body's page; {@code personSok} is the member search of a manager's browser without JavaScript. */
    @GetMapping("/rad/{bodyId}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @RequestParam(name = "status", required = false) @Nullable CaseStatus status,
            @RequestParam(name = "side", defaultValue = "0") int page,
            @RequestParam(name = "personSok", required = false) @Nullable String personQuery, Model model) {
        Body body = visibleBody(user, bodyId);
        if (personQuery != null) {
            access.requireAdminister(user, bodyId);
        }
        model.addAttribute("memberForm", new MemberForm(null, null, MemberRole.MEDLEM, Seat.KLINIKK,
                LocalDate.now(clock), null));
        String view = prepare(user, body, personQuery, model);
        addCaseList(user, body, status, page, model);
        return view;
    }

    /**
     * The member search as you type (htmx): just the list of matches and the count for the live region. A
     * request without htmx is sent to the body's page, which shows the same matches.
     */
    @GetMapping("/rad/{bodyId}/personsok")
    String searchPeople(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @RequestParam(name = "personSok", defaultValue = "") String personQuery,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
            RedirectAttributes redirect) {
        Body body = bodies.body(bodyId);
        access.requireAdminister(user, bodyId);
        if (htmx == null) {
            redirect.addAttribute("personSok", personQuery);
            return "redirect:/rad/" + bodyId + "#legg-til-medlem";
        }
        model.addAttribute("personSearch", personSearch(body, personQuery));
        return "council/person-search :: htmx";
    }

    @PostMapping("/rad/{bodyId}/medlemmer")
    String addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result,
            @RequestParam(name = "personSok", required = false) @Nullable String personQuery, Model model,
            RedirectAttributes redirect) {
        Body body = bodies.body(bodyId);
        access.requireAdminister(user, bodyId);
        if (!result.hasErrors()) {
            Outcome<Long> outcome = bodies.addMember(user, bodyId, form.personId(), form.unitId(), form.role(),
                    form.seat(), form.termStart(), form.termEnd());
            if (outcome instanceof Outcome.Refused<Long> refused) {
                Refusals.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            // The search that listed the chosen person is run again, so the choice is still there to see.
            String view = prepare(user, body, personQuery, model);
            addCaseList(user, body, null, 0, model);
            return view;
        }
        Flash.success(redirect, "member.added");
        return "redirect:/rad/" + bodyId;
    }

    @PostMapping("/rad/{bodyId}/medlemmer/{memberId}/avslutt")
    String endMember(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @PathVariable long memberId, RedirectAttributes redirect) {
        Outcome<LocalDate> outcome = bodies.endMembership(user, bodyId, memberId);
        if (outcome instanceof Outcome.Done<LocalDate>) {
            Flash.success(redirect, "member.ended");
        }
        else {
            // shown above the list of members, naming the seat
            redirect.addFlashAttribute("memberRefusal", outcome);
        }
        return "redirect:/rad/" + bodyId + "#members";
    }

    private Body visibleBody(CurrentUser user, long bodyId) {
        Body body = bodies.body(bodyId);
        if (!access.isInsider(user, body)) {
            throw new AccessDeniedProblem("Ikke ansatt i organisasjonen til organ " + bodyId);
        }
        return body;
    }

    private String prepare(CurrentUser user, Body body, @Nullable String personQuery, Model model) {
        List<Member> members = bodies.members(body.id());
        boolean canManage = access.canManage(user, body.id());
        boolean canAdminister = access.canAdminister(user, body.id());
        model.addAttribute("body", body);
        model.addAttribute("members", members);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("composition", bodies.composition(body, members));
        model.addAttribute("canManage", canManage);
        model.addAttribute("canAdminister", canAdminister);
        model.addAttribute("endable", bodies.endableMemberIds(user, body.id(), members));
        model.addAttribute("meetings", meetings.meetingsOf(user, body));
        schedules.schedule(body.id()).ifPresent(schedule -> {
            model.addAttribute("scheduleSummary", scheduleTexts.summary(schedule));
            model.addAttribute("scheduleDetails", scheduleTexts.details(schedule));
        });
        if (canAdminister) {
            model.addAttribute("units", unitOptions.of(body.organisationId()));
            model.addAttribute("personSearch", personSearch(body, personQuery));
            model.addAttribute("roles", MemberRole.values());
            model.addAttribute("seats", Seat.values());
        }
        return BODY_VIEW;
    }

    /** The body's cases, one page at a time, newest first, optionally of one status. */
    private void addCaseList(CurrentUser user, Body body, @Nullable CaseStatus status, int page, Model model) {
        model.addAttribute("cases", cases.casesOfBody(user, body.id(), status, page));
        model.addAttribute("caseCount", cases.countCasesOfBody(user, body.id(), status));
        model.addAttribute("caseStatus", status);
        model.addAttribute("caseStatuses", CaseStatus.values());
    }

    /** Active people of the body's organisation, below its unit where it has one, whose name matches. */
    private PersonSearch personSearch(Body body, @Nullable String personQuery) {
        String text = personQuery == null ? "" : personQuery.strip();
        if (text.length() > PERSON_QUERY_MAX) {
            text = text.substring(0, PERSON_QUERY_MAX);
        }
        return new PersonSearch(text, directory.findActivePeople(body.organisationId(), body.unitId(), text,
                LocalDate.now(clock), PERSON_MATCHES));
    }

    /** The member search as the page shows it: what was typed, and who was found. */
    record PersonSearch(String query, ResultPage<PersonMatch> found) {

        public boolean isBlank() {
            return query.isEmpty();
        }

        public boolean isTooShort() {
            return !query.isEmpty() && query.length() < OrganisationDirectory.PERSON_SEARCH_MIN_LENGTH;
        }

        public boolean hasNoMatches() {
            return !isBlank() && !isTooShort() && found.rows().isEmpty();
        }

        public List<PersonMatch> people() {
            return found.rows();
        }

    }

}
