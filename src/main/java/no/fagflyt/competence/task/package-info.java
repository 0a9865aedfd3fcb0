/**
 * The task catalogue: a shared library of common tasks that units adopt, who performs each task, and
 * the competences each task needs.
 */
@NullMarked
package no.fagflyt.competence.task;

import org.jspecify.annotations.NullMarked;
