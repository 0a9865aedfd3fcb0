@NullMarked
package no.fagflyt.competence.framework;

import org.jspecify.annotations.NullMarked;
