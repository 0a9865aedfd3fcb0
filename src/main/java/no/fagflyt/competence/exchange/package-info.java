/**
 * Export and import of competence frameworks in the formats other systems use: Moodle's competency framework
 * CSV (tool_lpimportcsv) and 1EdTech CASE 1.0 JSON. Readers turn a file into {@code FrameworkContent} with
 * Norwegian problems (which stop the import) and warnings (what the format could not carry).
 */
@NullMarked
package no.fagflyt.competence.exchange;

import org.jspecify.annotations.NullMarked;
