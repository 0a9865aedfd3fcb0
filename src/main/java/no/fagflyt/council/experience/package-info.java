/**
 * Experience sharing in local groups: notes on concrete situations (what happened, what we said and did,
 * what worked and why, what could be different), a topic bank, the rotating responsibility for meetings,
 * and picking notes and topics into a meeting's agenda. Only the group's members see its notes.
 */
@NullMarked
package no.fagflyt.council.experience;

import org.jspecify.annotations.NullMarked;
