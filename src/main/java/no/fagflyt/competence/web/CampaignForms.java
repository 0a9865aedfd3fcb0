package no.fagflyt.competence.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.fagflyt.competence.campaign.CampaignBasis;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the mapping campaign pages. */
final class CampaignForms {

    private CampaignForms() {
    }

    /** {@code levels} maps a competence id to its target level; a competence left blank is not in the set. */
    record NewCampaign(
            @NotBlank(message = "{competence.campaign.error.titleRequired}") @Size(max = 200,
                    message = "{competence.campaign.error.titleTooLong}") @Nullable String title,
            @NotNull(message = "{competence.campaign.error.deadlineRequired}") @DateTimeFormat(
                    pattern = "dd.MM.yyyy") @Nullable LocalDate deadline,
            @NotNull(message = "{competence.campaign.error.basisRequired}") @Nullable CampaignBasis basis,
            @Nullable Map<Long, Integer> levels) {

        static NewCampaign empty() {
            return new NewCampaign(null, null, null, null);
        }

    }

    private static final java.util.regex.Pattern LEVEL_PARAMETER = java.util.regex.Pattern.compile("levels\\[(\\d+)]");

    /** The target levels as sent, by competence id, for showing the form again. */
    static Map<Long, Integer> chosenLevels(org.springframework.util.MultiValueMap<String, String> params) {
        Map<Long, Integer> chosen = new java.util.HashMap<>();
        params.forEach((name, values) -> {
            var matcher = LEVEL_PARAMETER.matcher(name);
            if (matcher.matches() && !values.isEmpty() && values.get(0).matches("\\d{1,2}")) {
                chosen.put(Long.valueOf(matcher.group(1)), Integer.valueOf(values.get(0)));
            }
        });
        return chosen;
    }

    record Answer(@Nullable Long competenceId,
            @NotNull(message = "{competence.form.level.required}") @Nullable Integer level) {
    }

    record Close(int version) {
    }

    record Compare(@Nullable Long first, @Nullable Long second) {
    }

}
