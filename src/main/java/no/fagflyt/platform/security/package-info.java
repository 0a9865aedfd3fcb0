@NullMarked
package no.fagflyt.platform.security;

import org.jspecify.annotations.NullMarked;
