/**
 * Pages of the council module: bodies, cases, meetings and follow-up. Controllers are thin; rules live in
 * the services and aggregates of the feature packages.
 */
@NullMarked
package no.fagflyt.council.web;

import org.jspecify.annotations.NullMarked;
