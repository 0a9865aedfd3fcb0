/**
 * Meetings of a body: agenda built from cases, attendance, minutes per item with decisions and action
 * items, holding and publishing, and the iCalendar invitation.
 */
@NullMarked
package no.fagflyt.council.meeting;

import org.jspecify.annotations.NullMarked;
