/**
 * Competence mapping: frameworks with versioned scales, areas and competences; requirement profiles
 * ("where the bar is"); self-assessment, leader validation and evidence; and the gap analysis that
 * combines them per person and per unit.
 */
@NullMarked
package no.fagflyt.competence;

import org.jspecify.annotations.NullMarked;
