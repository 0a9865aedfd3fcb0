package no.fagflyt.competence.web;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** The forms of the requirement pages. */
final class RequirementForms {

    private RequirementForms() {
    }

    record NewRequirement(@NotNull(message = "{competence.form.competence.required}") @Nullable Long competenceId,
            @NotNull(message = "{competence.form.level.required}") @Nullable Integer level) {

        static NewRequirement empty() {
            return new NewRequirement(null, null);
        }

    }

    record ChangeLevel(@NotNull(message = "{competence.form.level.required}") @Nullable Integer level) {
    }

}
