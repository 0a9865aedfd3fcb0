/** Demo activity for the council module: cases, a held meeting with minutes, and local experience notes. */
@NullMarked
package no.fagflyt.council.demo;

import org.jspecify.annotations.NullMarked;
