/**
 * Deterministic demo and scale data: planners that describe an organisation register as plain records
 * from a seed, and a JDBC writer that puts a plan into an empty database at start-up.
 */
@NullMarked
package no.fagflyt.organisation.internal.demo;

import org.jspecify.annotations.NullMarked;
