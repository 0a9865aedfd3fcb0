@NullMarked
package no.fagflyt.competence.requirement;

import org.jspecify.annotations.NullMarked;
