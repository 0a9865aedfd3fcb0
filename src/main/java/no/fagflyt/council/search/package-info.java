/**
 * One search over the council's texts: cases, minutes, action items and experience notes. The index is
 * our own table of stemmed terms, so it behaves the same on H2 and PostgreSQL; access rules are applied
 * in the query, before anything is ranked or counted.
 */
@NullMarked
package no.fagflyt.council.search;

import org.jspecify.annotations.NullMarked;
