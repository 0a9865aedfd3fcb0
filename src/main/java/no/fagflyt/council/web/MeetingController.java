package no.fagflyt.council.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.council.meeting.ActionItem;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.AgendaLine;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.body.Member;
import no.fagflyt.council.experience.CouncilExperience;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.council.web.Forms.ResponsibleForm;
import no.fagflyt.council.meeting.MeetingStatus;
import no.fagflyt.council.web.Forms.ActionForm;
import no.fagflyt.council.web.Forms.AgendaItemForm;
import no.fagflyt.council.web.Forms.MeetingForm;
import no.fagflyt.council.web.Forms.MinutesForm;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.ICalendar;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Planning a meeting, its agenda and attendance, minutes per item, holding, publishing and the invitation. */
@Controller
class MeetingController {

    private static final String MEETING_VIEW = "council/meeting";

    private static final String ITEM_VIEW = "council/agenda-item";

    private final CouncilMeetings meetings;

    private final CouncilBodies bodies;

    private final CouncilAccess access;

    private final CouncilCases cases;

    private final MinutesPdf minutesPdf;

    private final CouncilExperience experience;

    private final Clock clock;

    MeetingController(CouncilMeetings meetings, CouncilBodies bodies, CouncilAccess access, CouncilCases cases,
            MinutesPdf minutesPdf, CouncilExperience experience, Clock clock) {
        this.minutesPdf = minutesPdf;
        this.experience = experience;
        this.meetings = meetings;
        this.bodies = bodies;
        this.access = access;
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping("/rad/{bodyId}/moter/nytt")
    String initPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId, Model model) {
        Body body = bodies.body(bodyId);
        access.requireManage(user, bodyId);
        model.addAttribute("body", body);
        model.addAttribute("form", new MeetingForm(body.shortName() + " – møte", null, null, null, ""));
        return "council/meeting-form";
    }

    @PostMapping("/rad/{bodyId}/moter")
    String processPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Body body = bodies.body(bodyId);
        access.requireManage(user, bodyId);
        if (!result.hasErrors()) {
            Outcome<Meeting> outcome = meetings.plan(user, bodyId, form.title(), form.date().atTime(form.startTime()),
                    form.date().atTime(form.endTime()), form.location());
            if (outcome instanceof Outcome.Done<Meeting> done) {
                Flash.success(redirect, "meeting.planned");
                return "redirect:/moter/" + done.value().id();
            }
            Refusals.reject(result, (Outcome.Refused<Meeting>) outcome);
        }
        model.addAttribute("body", body);
        return "council/meeting-form";
    }

    @GetMapping("/moter/{meetingId}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId, Model model) {
        Meeting meeting = meetings.meeting(user, meetingId);
        if (!meetings.canManage(user, meeting)) {
            return "redirect:/moter/" + meetingId + "/referat";
        }
        return meetingView(user, meeting, model, (String) model.getAttribute("problem"));
    }

    @PostMapping("/moter/{meetingId}/saksliste")
    String addAgendaItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId,
            @Valid @ModelAttribute("agendaForm") AgendaItemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(user, meetingId);
        if (!result.hasErrors()) {
            Outcome<AgendaItem> outcome = meetings.addAgendaItem(user, meetingId, form.caseId(), form.title(),
                    form.minutes());
            if (outcome instanceof Outcome.Refused<AgendaItem> refused) {
                Refusals.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            return meetingView(user, meetings.load(meetingId), model, null);
        }
        Flash.success(redirect, "agenda.added");
        return "redirect:/moter/" + meeting.id();
    }

    @PostMapping("/moter/{meetingId}/punkter/{itemId}/flytt")
    String moveAgendaItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId,
            @PathVariable long itemId, @RequestParam String retning, Model model, RedirectAttributes redirect) {
        Outcome<AgendaItem> outcome = meetings.moveAgendaItem(user, meetingId, itemId, "opp".equals(retning));
        if (outcome instanceof Outcome.Refused<AgendaItem> refused) {
                return meetingView(user, meetings.load(meetingId), model, refused.messageKey());
        }
        Flash.success(redirect, "agenda.moved");
        return "redirect:/moter/" + meetingId + "#agenda";
    }

    @PostMapping("/moter/{meetingId}/oppmote")
    String attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId,
            @RequestParam(name = "present", required = false) @Nullable List<Long> present,
            RedirectAttributes redirect) {
        meetings.recordAttendance(user, meetingId, present == null ? Set.of() : new HashSet<>(present));
        Flash.success(redirect, "attendance.saved");
        return "redirect:/moter/" + meetingId;
    }

    @PostMapping("/moter/{meetingId}/avholdt")
    String markHeld(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId, Model model,
            RedirectAttributes redirect) {
        Outcome<MeetingStatus> outcome = meetings.markHeld(user, meetingId);
        if (outcome instanceof Outcome.Refused<MeetingStatus> refused) {
                return meetingView(user, meetings.load(meetingId), model, refused.messageKey());
        }
        Flash.success(redirect, "meeting.held");
        return "redirect:/moter/" + meetingId;
    }

    @PostMapping("/moter/{meetingId}/publiser")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId, Model model,
            RedirectAttributes redirect) {
        Outcome<MeetingStatus> outcome = meetings.publish(user, meetingId);
        if (outcome instanceof Outcome.Refused<MeetingStatus> refused) {
                return meetingView(user, meetings.load(meetingId), model, refused.messageKey());
        }
        Flash.success(redirect, "meeting.published");
        return "redirect:/moter/" + meetingId + "/referat";
    }

    @GetMapping("/moter/{meetingId}/referat")
    String minutes(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId, Model model) {
        Meeting meeting = meetings.meeting(user, meetingId);
        model.addAttribute("meeting", meeting);
        model.addAttribute("body", bodies.body(meeting.bodyId()));
        model.addAttribute("agenda", meetings.agenda(user, meeting));
        model.addAttribute("attendance", meetings.attendance(meeting));
        return "council/minutes";
    }

    @GetMapping("/moter/{meetingId}/referat.pdf")
    ResponseEntity<byte[]> minutesPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId) {
        Meeting meeting = meetings.meeting(user, meetingId);
        byte[] pdf = minutesPdf.render(meeting, bodies.body(meeting.bodyId()), meetings.agenda(user, meeting),
                meetings.attendance(meeting));
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("referat-" + meeting.id() + ".pdf").build().toString())
            .body(pdf);
    }

    @GetMapping("/moter/{meetingId}/punkter/{itemId}")
    String item(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId, @PathVariable long itemId,
            Model model) {
        Meeting meeting = meetings.meeting(user, meetingId);
        AgendaLine line = line(user, meeting, itemId);
        AgendaItem item = line.item();
        model.addAttribute("minutesForm", new MinutesForm(item.version(), item.discussion(), item.conclusion(),
                item.decision()));
        model.addAttribute("actionForm", new ActionForm(null, null, LocalDate.now(clock).plusMonths(1)));
        return itemView(user, meeting, line, model);
    }

    @PostMapping("/moter/{meetingId}/punkter/{itemId}/referat")
    String writeMinutes(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId,
            @PathVariable long itemId, @Valid @ModelAttribute("minutesForm") MinutesForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(user, meetingId);
        if (!result.hasErrors()) {
            Outcome<AgendaItem> outcome = meetings.writeMinutes(user, itemId, form.version(), form.discussion(),
                    form.conclusion(), form.decision());
            if (outcome instanceof Outcome.Refused<AgendaItem> refused) {
                Refusals.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            AgendaLine line = line(user, meeting, itemId);
            model.addAttribute("latest", line.item());
            model.addAttribute("actionForm", new ActionForm(null, null, LocalDate.now(clock).plusMonths(1)));
            return itemView(user, meeting, line, model);
        }
        Flash.success(redirect, "minutes.saved");
        return "redirect:/moter/" + meetingId + "/punkter/" + itemId;
    }

    @PostMapping("/moter/{meetingId}/punkter/{itemId}/tiltak")
    String addAction(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId,
            @PathVariable long itemId, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(user, meetingId);
        if (!result.hasErrors()) {
            Outcome<ActionItem> outcome = meetings.addAction(user, itemId, form.description(), form.ownerPersonId(),
                    form.dueDate());
            if (outcome instanceof Outcome.Refused<ActionItem> refused) {
                Refusals.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            AgendaLine line = line(user, meeting, itemId);
            AgendaItem item = line.item();
            model.addAttribute("minutesForm", new MinutesForm(item.version(), item.discussion(), item.conclusion(),
                    item.decision()));
            return itemView(user, meeting, line, model);
        }
        Flash.success(redirect, "action.added");
        return "redirect:/moter/" + meetingId + "/punkter/" + itemId;
    }

    @PostMapping("/tiltak/{actionId}/utfort")
    String completeAction(@AuthenticationPrincipal CurrentUser user, @PathVariable long actionId,
            RedirectAttributes redirect) {
        meetings.completeAction(user, actionId);
        Flash.success(redirect, "action.completed");
        return "redirect:/oppfolging";
    }

    @GetMapping("/moter/{meetingId}/innkalling.ics")
    ResponseEntity<byte[]> invitation(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId) {
        Meeting meeting = meetings.meeting(user, meetingId);
        Body body = bodies.body(meeting.bodyId());
        StringBuilder description = new StringBuilder(body.name()).append("\nSaksliste:");
        for (AgendaLine line : meetings.agenda(user, meeting)) {
            description.append("\n").append(line.item().sortOrder()).append(". ")
                .append(line.hidden() ? "Unntatt" : line.item().title());
        }
        String ics = ICalendar.invitation(meeting.calendarEntry(description.toString()),
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString(), Instant.now(clock));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("mote-" + meeting.id() + ".ics").build().toString())
            .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/moter/{meetingId}/punkter/{itemId}/godkjenn")
    String approvePreviousMinutes(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId,
            @PathVariable long itemId, Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(user, meetingId);
        AgendaLine line = line(user, meeting, itemId);
        Outcome<MeetingStatus> outcome = meetings.approvePreviousMinutes(user, itemId);
        if (outcome instanceof Outcome.Refused<MeetingStatus> refused) {
            model.addAttribute("approvalProblem", refused.messageKey());
            model.addAttribute("minutesForm", new MinutesForm(line.item().version(), line.item().discussion(),
                    line.item().conclusion(), line.item().decision()));
            model.addAttribute("actionForm", new ActionForm(null, null, LocalDate.now(clock).plusMonths(1)));
            return itemView(user, meeting, line, model);
        }
        Flash.success(redirect, "approval.done");
        return "redirect:/moter/" + meetingId + "/punkter/" + itemId;
    }

    private AgendaLine line(CurrentUser user, Meeting meeting, long itemId) {
        return meetings.agenda(user, meeting)
            .stream()
            .filter(candidate -> candidate.item().id() == itemId && !candidate.hidden())
            .findFirst()
            .orElseThrow(() -> new NotFoundProblem("Sakslistepunkt " + itemId));
    }

    private String meetingView(CurrentUser user, Meeting meeting, Model model, @Nullable String problem) {
        if (!model.containsAttribute("agendaForm")) {
            // A refused agenda item keeps what was typed; every other view starts with a blank item.
            model.addAttribute("agendaForm", new AgendaItemForm(null, null, 15));
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("body", bodies.body(meeting.bodyId()));
        model.addAttribute("agenda", meetings.agenda(user, meeting));
        model.addAttribute("attendance", meetings.attendance(meeting));
        model.addAttribute("openCases", cases.openCasesOf(meeting.bodyId()));
        model.addAttribute("members", meetings.currentMembers(meeting));
        Long responsible = experience.responsibleFor(meeting.id());
        Member suggested = experience.suggestedResponsible(meeting.bodyId());
        model.addAttribute("responsibleForm", new ResponsibleForm(responsible != null ? responsible
                : suggested == null ? null : suggested.personId()));
        model.addAttribute("responsibleChosen", responsible != null);
        model.addAttribute("unusedNotes", experience.unusedNotes(user, meeting.bodyId()));
        model.addAttribute("unusedTopics", experience.unusedTopics(user, meeting.bodyId()));
        model.addAttribute("problem", problem);
        return MEETING_VIEW;
    }

    private String itemView(CurrentUser user, Meeting meeting, AgendaLine line, Model model) {
        access.requireManage(user, meeting.bodyId());
        model.addAttribute("meeting", meeting);
        model.addAttribute("body", bodies.body(meeting.bodyId()));
        model.addAttribute("line", line);
        model.addAttribute("owners", meetings.currentMembers(meeting));
        Long approves = line.item().approvesMeetingId();
        model.addAttribute("approvedMeeting", approves == null ? null : meetings.load(approves));
        return ITEM_VIEW;
    }

}
