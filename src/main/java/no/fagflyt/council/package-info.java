/**
 * The office-professional council, the leaders' network, networks such as PASK and local
 * professional-development groups: bodies and members, cases, meetings with agenda and minutes, follow-up.
 * Other modules see only the events published here; everything else lives in the sub-packages.
 */
@NullMarked
package no.fagflyt.council;

import org.jspecify.annotations.NullMarked;
