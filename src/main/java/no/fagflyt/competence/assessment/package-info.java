@NullMarked
package no.fagflyt.competence.assessment;

import org.jspecify.annotations.NullMarked;
