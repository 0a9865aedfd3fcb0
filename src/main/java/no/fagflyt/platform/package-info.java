/**
 * Shared infrastructure every capability builds on: the signed-in user and roles, the audit log,
 * tabular file reading for imports, the Norwegian public holidays, the page layout and error handling.
 */
@NullMarked
package no.fagflyt.platform;

import org.jspecify.annotations.NullMarked;
