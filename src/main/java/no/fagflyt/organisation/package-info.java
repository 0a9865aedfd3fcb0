/**
 * Organisations, their unit trees, the people who work there, accounts and roles, and the rule of
 * who may see whom: a leader sees the units they lead and everything below them.
 */
@NullMarked
package no.fagflyt.organisation;

import org.jspecify.annotations.NullMarked;
