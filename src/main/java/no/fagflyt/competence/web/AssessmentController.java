package no.fagflyt.competence.web;

import jakarta.validation.Valid;

import no.fagflyt.competence.GapAnalysis;
import no.fagflyt.competence.PersonGaps;
import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.assessment.EvidenceKind;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.framework.VersionStatus;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Min kompetanse" for the employee, and the leader's view of a person with validation. */
@Controller
class AssessmentController {

    static final String MY_VIEW = "competence/my-competence";

    static final String SELF_ASSESS_VIEW = "competence/self-assess";

    static final String PERSON_VIEW = "competence/person-competence";

    static final String VALIDATE_VIEW = "competence/validate";

    private final GapAnalysis gaps;

    private final AssessmentService assessments;

    private final FrameworkQueries frameworks;

    AssessmentController(GapAnalysis gaps, AssessmentService assessments, FrameworkQueries frameworks) {
        this.gaps = gaps;
        this.assessments = assessments;
        this.frameworks = frameworks;
    }

    @ModelAttribute("evidenceKinds")
    EvidenceKind[] evidenceKinds() {
        return EvidenceKind.values();
    }

    @GetMapping("/min-kompetanse")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        PersonGaps record = gaps.forPerson(user, requirePerson(user));
        model.addAttribute("record", record);
        model.addAttribute("published", frameworks.publishedCompetences());
        if (!model.containsAttribute("evidence")) {
            model.addAttribute("evidence", AssessmentForms.Evidence.empty());
        }
        return MY_VIEW;
    }

    /** The plain-HTML chooser on Min kompetanse sends the competence as a parameter. */
    @GetMapping("/min-kompetanse/vurder")
    String chooseCompetence(@org.springframework.web.bind.annotation.RequestParam long kompetanse) {
        return "redirect:/min-kompetanse/vurder/" + kompetanse;
    }

    @GetMapping("/min-kompetanse/vurder/{competenceId}")
    String selfAssessForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long competenceId, Model model) {
        requirePerson(user);
        CompetenceView competence = publishedCompetence(competenceId);
        model.addAttribute("competence", competence);
        model.addAttribute("levels", frameworks.version(competence.versionId()).levels());
        if (!model.containsAttribute("selfAssessment")) {
            model.addAttribute("selfAssessment", new AssessmentForms.SelfAssessment(null, null));
        }
        return SELF_ASSESS_VIEW;
    }

    @PostMapping("/min-kompetanse/vurder/{competenceId}")
    String selfAssess(@AuthenticationPrincipal CurrentUser user, @PathVariable long competenceId,
            @Valid @ModelAttribute("selfAssessment") AssessmentForms.SelfAssessment form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            Outcome<Assessment> outcome = assessments.selfAssess(user, competenceId, form.level(), form.comment());
            if (outcome instanceof Outcome.Done<Assessment>) {
                Flash.success(redirect, "competence.assessment.saved");
                return "redirect:/min-kompetanse";
            }
            FormSupport.reject(result, (Outcome.Refused<?>) outcome);
        }
        return selfAssessForm(user, competenceId, model);
    }

    @PostMapping("/min-kompetanse/dokumentasjon")
    String addEvidence(@AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("evidence") AssessmentForms.Evidence form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long personId = requirePerson(user);
        if (!result.hasErrors()) {
            Outcome<Long> outcome = assessments.addEvidence(user, personId, form.competenceId(), form.kind(),
                    form.title(), form.issuedOn(), form.expiresOn(), form.note());
            if (outcome instanceof Outcome.Done<Long>) {
                Flash.success(redirect, "competence.evidence.saved");
                return "redirect:/min-kompetanse";
            }
            FormSupport.reject(result, (Outcome.Refused<?>) outcome);
        }
        return mine(user, model);
    }

    @GetMapping("/kompetanse/personer/{personId}")
    String person(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, Model model) {
        model.addAttribute("record", gaps.forPerson(user, personId));
        model.addAttribute("canValidate", assessments.canValidate(user, personId));
        return PERSON_VIEW;
    }

    @GetMapping("/kompetanse/personer/{personId}/vurderinger/{assessmentId}")
    String validateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @PathVariable long assessmentId, Model model) {
        Assessment assessment = assessments.assessment(assessmentId);
        if (assessment.personId() != personId) {
            throw new NotFoundProblem("Vurdering " + assessmentId);
        }
        if (!assessments.canValidate(user, personId)) {
            throw new AccessDeniedProblem("Kan ikke validere for person " + personId);
        }
        CompetenceView competence = frameworks.competence(assessment.competenceId());
        model.addAttribute("record", gaps.forPerson(user, personId));
        model.addAttribute("assessment", assessment);
        model.addAttribute("competence", competence);
        model.addAttribute("levels", frameworks.version(competence.versionId()).levels());
        if (!model.containsAttribute("validation")) {
            model.addAttribute("validation", new AssessmentForms.Validation(assessment.version(),
                    assessment.selfLevel(), null));
        }
        return VALIDATE_VIEW;
    }

    @PostMapping("/kompetanse/personer/{personId}/vurderinger/{assessmentId}")
    String validate(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @PathVariable long assessmentId, @Valid @ModelAttribute("validation") AssessmentForms.Validation form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Outcome<Assessment> outcome = assessments.validate(user, assessmentId, form.seenVersion(),
                        form.level(), form.comment());
                if (outcome instanceof Outcome.Done<Assessment>) {
                    Flash.success(redirect, "competence.assessment.validated");
                    return "redirect:/kompetanse/personer/" + personId;
                }
                FormSupport.reject(result, (Outcome.Refused<?>) outcome);
            }
            catch (OptimisticLockingFailureException conflict) {
                // Someone else validated first: show their result and let this leader decide again.
                redirect.addFlashAttribute("conflict", true);
                return "redirect:/kompetanse/personer/" + personId + "/vurderinger/" + assessmentId;
            }
        }
        return validateForm(user, personId, assessmentId, model);
    }

    private CompetenceView publishedCompetence(long competenceId) {
        CompetenceView competence = frameworks.competence(competenceId);
        if (competence.versionStatus() != VersionStatus.PUBLISHED) {
            throw new NotFoundProblem("Kompetanse " + competenceId + " er ikke i bruk");
        }
        return competence;
    }

    private static long requirePerson(CurrentUser user) {
        Long personId = user.personId();
        if (personId == null) {
            throw new AccessDeniedProblem("Brukeren er ikke knyttet til en ansatt");
        }
        return personId;
    }

}
