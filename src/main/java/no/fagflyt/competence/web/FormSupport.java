package no.fagflyt.competence.web;

import no.fagflyt.platform.Outcome;

import org.springframework.validation.BindingResult;

/** Puts a business refusal beside the field it concerns, as the house forms expect. */
final class FormSupport {

    private FormSupport() {
    }

    static void reject(BindingResult result, Outcome.Refused<?> refused) {
        if (result.getFieldType(refused.field()) != null || hasProperty(result, refused.field())) {
            result.rejectValue(refused.field(), refused.messageKey(), refused.argumentArray(), null);
        }
        else {
            result.reject(refused.messageKey(), refused.argumentArray(), null);
        }
    }

    private static boolean hasProperty(BindingResult result, String field) {
        try {
            result.getFieldValue(field);
            return true;
        }
        catch (RuntimeException notAField) {
            return false;
        }
    }

}
