@NullMarked
package no.fagflyt.platform.persistence;

import org.jspecify.annotations.NullMarked;
