package no.fagflyt.council.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.cases.CaseAttachment;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.council.cases.Escalation;
import no.fagflyt.council.cases.EscalationRecipient;
import no.fagflyt.council.cases.CaseAttachments;
import no.fagflyt.council.web.Forms.AnswerForm;
import no.fagflyt.council.web.Forms.AttachmentForm;
import no.fagflyt.council.web.Forms.EscalateForm;
import no.fagflyt.council.web.Forms.AssignForm;
import no.fagflyt.council.web.Forms.RejectForm;
import no.fagflyt.council.web.Forms.StatusForm;
import no.fagflyt.council.web.Forms.SubmitCaseForm;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonName;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Meld inn sak", the case page with its workflow forms, and "Mine saker". */
@Controller
class CaseController {

    private static final String FORM_VIEW = "council/case-form";

    private static final String CASE_VIEW = "council/case";

    private final CouncilCases cases;

    private final CouncilBodies bodies;

    private final CouncilAccess access;

    private final OrganisationDirectory directory;

    private final UnitOptions unitOptions;

    private final CaseAttachments attachments;

    private final Clock clock;

    CaseController(CouncilCases cases, CouncilBodies bodies, CouncilAccess access, OrganisationDirectory directory,
            UnitOptions unitOptions, CaseAttachments attachments, Clock clock) {
        this.clock = clock;
        this.attachments = attachments;
        this.cases = cases;
        this.bodies = bodies;
        this.access = access;
        this.directory = directory;
        this.unitOptions = unitOptions;
    }

    @GetMapping("/rad/{bodyId}/meld-inn")
    String initSubmit(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId, Model model) {
        Body body = insiderBody(user, bodyId);
        Long personId = user.personId();
        PersonName me = personId == null ? null : directory.personNames(List.of(personId)).get(personId);
        model.addAttribute("form", SubmitCaseForm.empty(me == null ? null : me.unitId()));
        return formView(body, model);
    }

    @PostMapping("/rad/{bodyId}/meld-inn")
    String processSubmit(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @Valid @ModelAttribute("form") SubmitCaseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Body body = insiderBody(user, bodyId);
        if (result.hasErrors()) {
            return formView(body, model);
        }
        Outcome<CouncilCase> outcome = cases.submit(user, bodyId, new CouncilCases.Submission(form.title(),
                form.description(), form.category(), form.submittingUnitId(), form.isConfidential()));
        if (outcome instanceof Outcome.Refused<CouncilCase> refused) {
            Refusals.reject(result, refused);
            return formView(body, model);
        }
        CouncilCase submitted = ((Outcome.Done<CouncilCase>) outcome).value();
        Flash.success(redirect, "case.submitted", submitted.number());
        return "redirect:/saker/" + submitted.id();
    }

    @GetMapping("/saker/{caseId}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long caseId, Model model) {
        CouncilCase councilCase = cases.caseFor(user, caseId);
        model.addAttribute("statusForm", new StatusForm(null, councilCase.version(), null));
        model.addAttribute("rejectForm", new RejectForm(null, councilCase.version()));
        model.addAttribute("assignForm", new AssignForm(councilCase.assigneePersonId()));
        return caseView(user, councilCase, model);
    }

    @PostMapping("/saker/{caseId}/status")
    String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable long caseId,
            @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CouncilCase councilCase = cases.caseFor(user, caseId);
        if (!result.hasErrors()) {
            Outcome<CaseStatus> outcome = cases.changeStatus(user, caseId, form.version(), form.status(), form.note());
            if (outcome instanceof Outcome.Refused<CaseStatus> refused) {
                Refusals.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("rejectForm", new RejectForm(null, councilCase.version()));
            model.addAttribute("assignForm", new AssignForm(councilCase.assigneePersonId()));
            return caseView(user, cases.load(caseId), model);
        }
        Flash.success(redirect, "case.statusChanged");
        return "redirect:/saker/" + caseId;
    }

    @PostMapping("/saker/{caseId}/avvis")
    String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long caseId,
            @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CouncilCase councilCase = cases.caseFor(user, caseId);
        if (!result.hasErrors()) {
            Outcome<CaseStatus> outcome = cases.reject(user, caseId, form.version(), form.reason());
            if (outcome instanceof Outcome.Refused<CaseStatus> refused) {
                Refusals.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("statusForm", new StatusForm(null, councilCase.version(), null));
            model.addAttribute("assignForm", new AssignForm(councilCase.assigneePersonId()));
            return caseView(user, cases.load(caseId), model);
        }
        Flash.success(redirect, "case.rejected");
        return "redirect:/saker/" + caseId;
    }

    @PostMapping("/saker/{caseId}/tildel")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long caseId,
            @ModelAttribute("assignForm") AssignForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CouncilCase councilCase = cases.caseFor(user, caseId);
        Outcome<CouncilCase> outcome = cases.assign(user, caseId, form.assigneePersonId());
        if (outcome instanceof Outcome.Refused<CouncilCase> refused) {
            Refusals.reject(result, refused);
            model.addAttribute("statusForm", new StatusForm(null, councilCase.version(), null));
            model.addAttribute("rejectForm", new RejectForm(null, councilCase.version()));
            return caseView(user, councilCase, model);
        }
        Flash.success(redirect, "case.assigned");
        return "redirect:/saker/" + caseId;
    }

    @PostMapping("/saker/{caseId}/eskaler")
    String escalate(@AuthenticationPrincipal CurrentUser user, @PathVariable long caseId,
            @Valid @ModelAttribute("escalateForm") EscalateForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CouncilCase councilCase = cases.caseFor(user, caseId);
        if (!result.hasErrors()) {
            Outcome<Escalation> outcome = cases.escalate(user, caseId, form.escalatedOn(), form.recipient(),
                    form.question());
            if (outcome instanceof Outcome.Refused<Escalation> refused) {
                Refusals.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            return caseViewWithDefaults(user, councilCase, model);
        }
        Flash.success(redirect, "escalation.recorded");
        return "redirect:/saker/" + caseId + "#escalations";
    }

    @PostMapping("/saker/{caseId}/eskaleringer/svar")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long caseId,
            @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CouncilCase councilCase = cases.caseFor(user, caseId);
        if (!result.hasErrors()) {
            Outcome<Escalation> outcome = cases.recordAnswer(user, caseId, form.escalationId(), form.answeredOn(),
                    form.answer());
            if (outcome instanceof Outcome.Refused<Escalation> refused) {
                Refusals.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            return caseViewWithDefaults(user, councilCase, model);
        }
        Flash.success(redirect, "escalation.answerRecorded");
        return "redirect:/saker/" + caseId + "#escalations";
    }

    @PostMapping("/saker/{caseId}/vedlegg")
    String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long caseId,
            @ModelAttribute("attachmentForm") AttachmentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) throws IOException {
        CouncilCase councilCase = cases.caseFor(user, caseId);
        if (!attachments.canAttach(user, councilCase)) {
            throw new AccessDeniedProblem("Kan ikke legge ved filer i sak " + caseId);
        }
        MultipartFile file = form.file();
        Outcome<CaseAttachment> outcome;
        if (file == null || file.isEmpty()) {
            outcome = Outcome.refused("file", "attachment.error.empty");
        }
        else if (file.getSize() > CaseAttachments.MAX_BYTES) {
            // Refused before reading the content into memory.
            outcome = Outcome.refused("file", "attachment.error.tooLarge", CaseAttachments.MAX_BYTES / (1024 * 1024));
        }
        else {
            outcome = attachments.attach(user, caseId, file.getOriginalFilename(), file.getContentType(),
                    file.getBytes());
        }
        if (outcome instanceof Outcome.Refused<CaseAttachment> refused) {
            Refusals.reject(result, refused);
            return caseViewWithDefaults(user, councilCase, model);
        }
        Flash.success(redirect, "attachment.added", ((Outcome.Done<CaseAttachment>) outcome).value().fileName());
        return "redirect:/saker/" + caseId + "#attachments";
    }

    @GetMapping("/saker/{caseId}/vedlegg/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long caseId,
            @PathVariable long attachmentId) {
        CaseAttachments.Download download = attachments.download(user, caseId, attachmentId);
        MediaType type;
        try {
            type = MediaType.parseMediaType(download.attachment().contentType());
        }
        catch (InvalidMediaTypeException ex) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(download.attachment().fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
            .header("X-Content-Type-Options", "nosniff")
            .cacheControl(CacheControl.noStore())
            .body(download.content());
    }

    private String caseViewWithDefaults(CurrentUser user, CouncilCase councilCase, Model model) {
        model.addAttribute("statusForm", new StatusForm(null, councilCase.version(), null));
        model.addAttribute("rejectForm", new RejectForm(null, councilCase.version()));
        model.addAttribute("assignForm", new AssignForm(councilCase.assigneePersonId()));
        return caseView(user, councilCase, model);
    }

    @GetMapping("/saker/mine")
    String myCases(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("cases", cases.myCases(user));
        return "council/my-cases";
    }

    private Body insiderBody(CurrentUser user, long bodyId) {
        Body body = bodies.body(bodyId);
        if (!access.isInsider(user, body)) {
            throw new AccessDeniedProblem("Ikke ansatt i organisasjonen til organ " + bodyId);
        }
        return body;
    }

    private String formView(Body body, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("units", unitOptions.of(body.organisationId()));
        return FORM_VIEW;
    }

    private String caseView(CurrentUser user, CouncilCase councilCase, Model model) {
        Body body = bodies.body(councilCase.bodyId());
        boolean canManage = access.canManage(user, body.id());
        List<Long> people = new java.util.ArrayList<>();
        if (councilCase.submitterPersonId() != null) {
            people.add(councilCase.submitterPersonId());
        }
        if (councilCase.assigneePersonId() != null) {
            people.add(councilCase.assigneePersonId());
        }
        Map<Long, PersonName> names = directory.personNames(people);
        model.addAttribute("councilCase", councilCase);
        model.addAttribute("body", body);
        model.addAttribute("submitter", name(names, councilCase.submitterPersonId()));
        model.addAttribute("assignee", name(names, councilCase.assigneePersonId()));
        model.addAttribute("unit", directory.findUnit(councilCase.submittingUnitId()).orElse(null));
        model.addAttribute("history", cases.history(councilCase.id()));
        List<Escalation> escalations = cases.escalations(councilCase.id());
        model.addAttribute("escalations", escalations);
        model.addAttribute("openEscalations", escalations.stream().filter(e -> !e.isAnswered()).toList());
        model.addAttribute("recipients", EscalationRecipient.values());
        if (!model.containsAttribute("escalateForm")) {
            model.addAttribute("escalateForm", new EscalateForm(EscalationRecipient.FAG_OG_FORSKNINGSDIREKTOR,
                    LocalDate.now(clock), null));
        }
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm(escalations.stream().filter(e -> !e.isAnswered())
                .map(Escalation::id).findFirst().orElse(null), LocalDate.now(clock), null));
        }
        model.addAttribute("canManage", canManage);
        model.addAttribute("attachments", attachments.attachments(councilCase.id()));
        model.addAttribute("canAttach", attachments.canAttach(user, councilCase));
        if (!model.containsAttribute("attachmentForm")) {
            model.addAttribute("attachmentForm", new AttachmentForm(null));
        }
        model.addAttribute("nextStatuses", councilCase.status().next().stream()
            .filter(status -> status != CaseStatus.AVVIST)
            .toList());
        model.addAttribute("canReject", councilCase.status().canMoveTo(CaseStatus.AVVIST));
        if (canManage) {
            model.addAttribute("members", bodies.currentMembers(body.id()));
        }
        return CASE_VIEW;
    }

    private static @Nullable String name(Map<Long, PersonName> names, @Nullable Long personId) {
        PersonName name = personId == null ? null : names.get(personId);
        return name == null ? null : name.fullName();
    }

}
