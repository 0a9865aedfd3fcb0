package no.fagflyt.competence.framework;

/** Identifies a competence across the versions of its framework. */
public record CompetenceKey(long frameworkId, String code) {
}
