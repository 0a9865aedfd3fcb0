/**
 * Bodies (council, networks, local groups), their mandate, members with the unit they represent, the
 * council's composition rule, and who counts as a member when access is decided.
 */
@NullMarked
package no.fagflyt.council.body;

import org.jspecify.annotations.NullMarked;
