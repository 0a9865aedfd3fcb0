/**
 * Cases submitted to a body: numbering per body and year, the status workflow, assignment, history
 * and the rule that confidential cases are seen only by the body's members and the submitter.
 */
@NullMarked
package no.fagflyt.council.cases;

import org.jspecify.annotations.NullMarked;
