package no.fagflyt.council.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.experience.CouncilExperience;
import no.fagflyt.council.experience.ExperienceNote;
import no.fagflyt.council.experience.GroupMaterial;
import no.fagflyt.council.experience.Topic;
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

import org.jspecify.annotations.Nullable;
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

    private static final String EDIT_VIEW = "council/experience-edit";

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
        model.addAttribute("noteForm", NoteForm.empty(LocalDate.now(clock)));
        model.addAttribute("topicForm", TopicForm.empty());
        return view(user, bodyId, model);
    }

    @PostMapping("/rad/{bodyId}/erfaringer")
    String addNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.requireManage(user, bodyId);
        if (!result.hasErrors()) {
            Outcome<Long> outcome = experience.addNote(user, bodyId, draft(form));
            if (outcome instanceof Outcome.Refused<Long> refused) {
                Refusals.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("topicForm", TopicForm.empty());
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
            model.addAttribute("noteForm", NoteForm.empty(LocalDate.now(clock)));
            return view(user, bodyId, model);
        }
        Flash.success(redirect, "experience.topicAdded");
        return "redirect:/rad/" + bodyId + "/erfaringer#topics";
    }

    @GetMapping("/erfaringer/{noteId}/endre")
    String initEditNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long noteId, Model model) {
        ExperienceNote note = experience.note(user, noteId);
        model.addAttribute("noteForm", new NoteForm(note.occurredOn(), note.title(), note.whatHappened(),
                note.whatWeDid(), note.whatWorked(), note.whatCouldDiffer(), note.version()));
        return editView(note, model);
    }

    @PostMapping("/erfaringer/{noteId}/endre")
    String processEditNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long noteId,
            @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ExperienceNote note = experience.note(user, noteId);
        return edited(note, result, () -> experience.editNote(user, noteId, seen(form.version()), draft(form)),
                model, redirect);
    }

    @PostMapping("/erfaringer/{noteId}/slett")
    String deleteNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long noteId,
            RedirectAttributes redirect) {
        return deleted(experience.note(user, noteId), () -> experience.deleteNote(user, noteId), redirect);
    }

    @GetMapping("/temaer/{topicId}/endre")
    String initEditTopic(@AuthenticationPrincipal CurrentUser user, @PathVariable long topicId, Model model) {
        Topic topic = experience.topic(user, topicId);
        model.addAttribute("topicForm", new TopicForm(topic.title(), topic.description(), topic.version()));
        return editView(topic, model);
    }

    @PostMapping("/temaer/{topicId}/endre")
    String processEditTopic(@AuthenticationPrincipal CurrentUser user, @PathVariable long topicId,
            @Valid @ModelAttribute("topicForm") TopicForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Topic topic = experience.topic(user, topicId);
        return edited(topic, result, () -> experience.editTopic(user, topicId, seen(form.version()),
                form.topicTitle(), form.topicDescription()), model, redirect);
    }

    @PostMapping("/temaer/{topicId}/slett")
    String deleteTopic(@AuthenticationPrincipal CurrentUser user, @PathVariable long topicId,
            RedirectAttributes redirect) {
        return deleted(experience.topic(user, topicId), () -> experience.deleteTopic(user, topicId), redirect);
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
        model.addAttribute("rights", experience.changeRights(user, bodyId));
        model.addAttribute("nextResponsible", experience.suggestedResponsible(bodyId));
        return VIEW;
    }

    /** The edit page of a note or a topic, with its delete button unless a meeting took it up. */
    private String editView(GroupMaterial item, Model model) {
        model.addAttribute("body", bodies.body(item.bodyId()));
        model.addAttribute("item", item);
        model.addAttribute("isNote", item instanceof ExperienceNote);
        return EDIT_VIEW;
    }

    /**
     * Saves a valid edit and goes back to the group's page. After a conflict the page shows what the other
     * writer saved ({@code item} was read after that), and the form takes its version, so the writer can merge
     * their text into it and save.
     */
    private String edited(GroupMaterial item, BindingResult result, Supplier<Outcome<Long>> save, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && save.get() instanceof Outcome.Refused<Long> refused) {
            Refusals.reject(result, refused);
            if (CouncilExperience.CONFLICT.equals(refused.messageKey())) {
                model.addAttribute("latest", item);
            }
        }
        if (result.hasErrors()) {
            return editView(item, model);
        }
        boolean note = item instanceof ExperienceNote;
        Flash.success(redirect, note ? "experience.noteUpdated" : "experience.topicUpdated");
        return "redirect:/rad/" + item.bodyId() + "/erfaringer#" + (note ? "notat-" + item.id() : "topics");
    }

    /** Deletes, or goes back to the edit page with the reason when a meeting has taken the item up. */
    private static String deleted(GroupMaterial item, Supplier<Outcome<Long>> delete, RedirectAttributes redirect) {
        boolean note = item instanceof ExperienceNote;
        if (delete.get() instanceof Outcome.Refused<Long> refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:" + (note ? "/erfaringer/" : "/temaer/") + item.id() + "/endre";
        }
        Flash.success(redirect, note ? "experience.noteDeleted" : "experience.topicDeleted", item.title());
        return "redirect:/rad/" + item.bodyId() + "/erfaringer" + (note ? "" : "#topics");
    }

    /** A form without a version cannot have seen any saved one, so it never overwrites. */
    private static int seen(@Nullable Integer version) {
        return version == null ? -1 : version;
    }

    private static CouncilExperience.NoteDraft draft(NoteForm form) {
        return new CouncilExperience.NoteDraft(form.occurredOn(), form.title(), form.whatHappened(), form.whatWeDid(),
                form.whatWorked(), form.whatCouldDiffer());
    }

}
