@NullMarked
package no.fagflyt.competence.web;

import org.jspecify.annotations.NullMarked;
