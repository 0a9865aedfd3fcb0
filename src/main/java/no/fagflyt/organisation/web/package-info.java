@NullMarked
package no.fagflyt.organisation.web;

import org.jspecify.annotations.NullMarked;
