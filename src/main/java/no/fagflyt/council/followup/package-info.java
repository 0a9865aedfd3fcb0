/**
 * Follow-up across bodies: open action items with overdue ones marked, and unresolved cases.
 */
@NullMarked
package no.fagflyt.council.followup;

import org.jspecify.annotations.NullMarked;
