/**
 * Mapping campaigns (kartlegging): a unit is asked to assess itself by a deadline, the leader follows the
 * responses, and closing keeps a dated snapshot that later campaigns are compared against.
 */
@NullMarked
package no.fagflyt.competence.campaign;

import org.jspecify.annotations.NullMarked;
