package no.fagflyt.competence.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.fagflyt.competence.assessment.EvidenceKind;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the assessment pages. */
final class AssessmentForms {

    private AssessmentForms() {
    }

    record SelfAssessment(@NotNull(message = "{competence.form.level.required}") @Nullable Integer level,
            @Size(max = 1000) @Nullable String comment) {
    }

    record Validation(int seenVersion, @NotNull(message = "{competence.form.level.required}") @Nullable Integer level,
            @Size(max = 1000) @Nullable String comment) {
    }

    record Evidence(@NotNull(message = "{competence.form.competence.required}") @Nullable Long competenceId,
            @NotNull(message = "{competence.form.evidenceKind.required}") @Nullable EvidenceKind kind,
            @NotBlank(message = "{competence.form.title.required}") @Size(max = 200) @Nullable String title,
            @NotNull(message = "{competence.form.issuedOn.required}") @DateTimeFormat(
                    iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn,
            @Size(max = 1000) @Nullable String note) {

        static Evidence empty() {
            return new Evidence(null, null, null, null, null, null);
        }

    }

}
