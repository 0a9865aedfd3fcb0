package no.fagflyt.competence.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.fagflyt.competence.framework.CompetenceDraft;
import no.fagflyt.competence.framework.CompetenceKind;
import no.fagflyt.competence.framework.TacitCategory;

import org.jspecify.annotations.Nullable;

/** The forms of the framework pages. */
final class FrameworkForms {

    private FrameworkForms() {
    }

    record NewFramework(
            @NotBlank(message = "{competence.form.code.required}") @Pattern(regexp = "[A-Za-z0-9_-]{1,50}",
                    message = "{competence.form.code.pattern}") @Nullable String code,
            @NotBlank(message = "{competence.form.name.required}") @Size(max = 200) @Nullable String name,
            @Size(max = 2000) @Nullable String description) {

        static NewFramework empty() {
            return new NewFramework(null, null, null);
        }

    }

    record NewArea(int seenVersion,
            @NotBlank(message = "{competence.form.code.required}") @Pattern(regexp = "[A-Za-z0-9_-]{1,50}",
                    message = "{competence.form.code.pattern}") @Nullable String areaCode,
            @NotBlank(message = "{competence.form.name.required}") @Size(max = 200) @Nullable String areaName) {

        static NewArea empty(int version) {
            return new NewArea(version, null, null);
        }

    }

    record NewCompetence(int seenVersion, @NotNull(message = "{competence.form.area.required}") @Nullable Long areaId,
            @NotBlank(message = "{competence.form.code.required}") @Pattern(regexp = "[A-Za-z0-9_-]{1,50}",
                    message = "{competence.form.code.pattern}") @Nullable String code,
            @NotBlank(message = "{competence.form.name.required}") @Size(max = 200) @Nullable String name,
            @Size(max = 1000) @Nullable String description,
            @NotNull(message = "{competence.form.kind.required}") @Nullable CompetenceKind kind,
            @Nullable TacitCategory tacitCategory,
            @Min(value = 1, message = "{competence.error.validityMonths}") @Max(value = 120,
                    message = "{competence.error.validityMonths}") @Nullable Integer validityMonths,
            boolean mandatory, boolean core) {

        static NewCompetence empty(int version) {
            return new NewCompetence(version, null, null, null, null, null, null, null, false, false);
        }

        CompetenceDraft toDraft() {
            return new CompetenceDraft(areaId, code, name, description, kind, tacitCategory, validityMonths, mandatory,
                    core);
        }

    }

    record LevelText(int seenVersion,
            @NotNull(message = "{competence.form.level.required}") @Min(value = 1,
                    message = "{competence.error.levelOutsideScaleShort}") @Max(value = 9,
                            message = "{competence.error.levelOutsideScaleShort}") @Nullable Integer levelNo,
            @NotBlank(message = "{competence.form.name.required}") @Size(max = 100) @Nullable String levelName,
            @NotBlank(message = "{competence.form.descriptor.required}") @Size(max = 500) @Nullable String descriptor) {

        static LevelText empty(int version) {
            return new LevelText(version, null, null, null);
        }

    }

}
