/**
 * A body's recurring meeting schedule: the rule (weekday ordinal in every month or in chosen months, July
 * and public holidays skipped or moved), the preview of the dates it gives for a period, and confirming
 * the preview into ordinary meetings without duplicates.
 */
@NullMarked
package no.fagflyt.council.schedule;

import org.jspecify.annotations.NullMarked;
