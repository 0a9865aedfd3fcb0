@NullMarked
package no.fagflyt.platform.web;

import org.jspecify.annotations.NullMarked;
