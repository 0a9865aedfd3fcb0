/**
 * Competence data at national scale for benchmarks: frameworks with an old and a current version,
 * requirement profiles per profession, position, unit and task, assessments with history, and evidence,
 * generated from a fixed seed on top of the organisation module's scale data.
 */
@NullMarked
package no.fagflyt.competence.scale;

import org.jspecify.annotations.NullMarked;
