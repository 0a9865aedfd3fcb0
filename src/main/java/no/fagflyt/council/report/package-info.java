/**
 * The yearly report of a body: cases by category and status, meetings and attendance, actions done and
 * overdue, escalations, and the gains of the council's mandate with the evidence recorded for each.
 */
@NullMarked
package no.fagflyt.council.report;

import org.jspecify.annotations.NullMarked;
