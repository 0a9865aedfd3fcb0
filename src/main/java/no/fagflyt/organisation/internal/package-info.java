@NullMarked
package no.fagflyt.organisation.internal;

import org.jspecify.annotations.NullMarked;
