package no.fagflyt.council.web;

import no.fagflyt.platform.Outcome;

import org.springframework.validation.BindingResult;

/** Puts a business refusal beside the form field it concerns, like any other validation error. */
final class Refusals {

    private Refusals() {
    }

    static void reject(BindingResult result, Outcome.Refused<?> refused) {
        // A refusal without a field (e.g. a conflicting edit) concerns the whole form.
        if (!refused.field().isBlank() && hasField(result, refused.field())) {
            result.rejectValue(refused.field(), refused.messageKey(), refused.argumentArray(), refused.messageKey());
        }
        else {
            result.reject(refused.messageKey(), refused.argumentArray(), refused.messageKey());
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        }
        catch (RuntimeException ex) {
            return false;
        }
    }

}
