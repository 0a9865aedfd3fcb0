package no.fagflyt.council.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.experience.CouncilExperience;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.council.web.Forms.FromLogForm;
import no.fagflyt.council.web.Forms.NoteForm;
import no.fagflyt.council.web.Forms.ResponsibleForm;
import no.fagflyt.council.web.Forms.TopicForm;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.Outcome;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Erfaringsdeling": the group's notes, topic bank and whose turn it is, and taking them into a meeting. */
@Controller
class ExperienceController {

    private static final String VIEW = "council/experience";

    private final CouncilExperience experience;

    private final CouncilBodies bodies;

    private final CouncilAccess access;

    private final CouncilMeetings meetings;

    private final Clock clock;

    ExperienceController(CouncilExperience experience, CouncilBodies bodies, CouncilAccess access,
            CouncilMeetings meetings, Clock clock) {
        this.experience = experience;
        this.bodies = bodies;
        this.access = access;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/rad/{bodyId}/erfaringer")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId, Model model) {
        model.addAttribute("noteForm", new NoteForm(LocalDate.now(clock), null, null, null, null, null));
        model.addAttribute("topicForm", new TopicForm(null, null));
        return view(user, bodyId, model);
    }

    @PostMapping("/rad/{bodyId}/erfaringer")
    String addNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.requireManage(user, bodyId);
        if (!result.hasErrors()) {
            Outcome<Long> outcome = experience.addNote(user, bodyId, new CouncilExperience.NoteDraft(form.occurredOn(),
                    form.title(), form.whatHappened(), form.whatWeDid(), form.whatWorked(), form.whatCouldDiffer()));
            if (outcome instanceof Outcome.Refused<Long> refused) {
                Refusals.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("topicForm", new TopicForm(null, null));
            return view(user, bodyId, model);
        }
        Flash.success(redirect, "experience.noteAdded");
        return "redirect:/rad/" + bodyId + "/erfaringer";
    }

    @PostMapping("/rad/{bodyId}/temaer")
    String addTopic(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @Valid @ModelAttribute("topicForm") TopicForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.requireManage(user, bodyId);
        if (!result.hasErrors()) {
            Outcome<Long> outcome = experience.addTopic(user, bodyId, form.topicTitle(), form.topicDescription());
            if (outcome instanceof Outcome.Refused<Long> refused) {
                result.reject(refused.messageKey());
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("noteForm", new NoteForm(LocalDate.now(clock), null, null, null, null, null));
            return view(user, bodyId, model);
        }
        Flash.success(redirect, "experience.topicAdded");
        return "redirect:/rad/" + bodyId + "/erfaringer#topics";
    }

    @PostMapping("/moter/{meetingId}/ansvarlig")
    String setResponsible(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId,
            @ModelAttribute ResponsibleForm form, RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(user, meetingId);
        access.requireManage(user, meeting.bodyId());
        if (form.personId() == null
                || experience.setResponsible(user, meetingId, form.personId()) instanceof Outcome.Refused<Long>) {
            redirect.addFlashAttribute("problem", "experience.error.responsibleNotMember");
        }
        else {
            Flash.success(redirect, "experience.responsibleSet");
        }
        return "redirect:/moter/" + meetingId;
    }

    @PostMapping("/moter/{meetingId}/saksliste/erfaring")
    String takeIntoAgenda(@AuthenticationPrincipal CurrentUser user, @PathVariable long meetingId,
            @ModelAttribute FromLogForm form, RedirectAttributes redirect) {
        meetings.meeting(user, meetingId);
        Outcome<AgendaItem> outcome;
        if (form.noteId() != null) {
            outcome = experience.takeNoteIntoAgenda(user, meetingId, form.noteId());
        }
        else if (form.topicId() != null) {
            outcome = experience.takeTopicIntoAgenda(user, meetingId, form.topicId());
        }
        else {
            outcome = Outcome.refused("noteId", "experience.error.chooseOne");
        }
        if (outcome instanceof Outcome.Refused<AgendaItem> refused) {
            // The meeting page shows a refusal handed over this way as an alert.
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        else {
            Flash.success(redirect, "agenda.added");
        }
        return "redirect:/moter/" + meetingId;
    }

    private String view(CurrentUser user, long bodyId, Model model) {
        Body body = bodies.body(bodyId);
        model.addAttribute("body", body);
        model.addAttribute("notes", experience.notes(user, bodyId));
        model.addAttribute("topics", experience.topics(user, bodyId));
        model.addAttribute("nextResponsible", experience.suggestedResponsible(bodyId));
        return VIEW;
    }

}
