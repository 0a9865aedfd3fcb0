package no.fagflyt.competence.task;

import org.jspecify.annotations.Nullable;

/** A task in the shared library. */
public record TaskView(long id, String code, String name, @Nullable String description, int units) {
}
