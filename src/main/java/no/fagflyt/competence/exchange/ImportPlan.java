package no.fagflyt.competence.exchange;

import java.util.List;

import no.fagflyt.competence.framework.FrameworkContent;

import org.jspecify.annotations.Nullable;

/**
 * What importing a file would do: the content read from it, where it would go (a new framework, or the next
 * draft version of the framework with the same code), the problems that stop it and the warnings about what
 * the format could not carry.
 */
public record ImportPlan(String fileName, @Nullable ExchangeFormat format, @Nullable FrameworkContent content,
        @Nullable String existingFrameworkName, @Nullable Integer nextVersionNumber, List<ExchangeMessage> problems,
        List<ExchangeMessage> warnings, List<Change> changes) {

    /**
     * What the file changes in a framework that exists: a competence or area added, removed, or with the named
     * fields changed (message keys), found by the identifier the file gives it.
     */
    public record Change(ChangeKind kind, String ref, String name, List<String> fieldKeys) {
    }

    public enum ChangeKind {
        ADDED, REMOVED, CHANGED
    }

    public boolean isImportable() {
        return content != null && problems.isEmpty();
    }

    public boolean isNewFramework() {
        return existingFrameworkName == null;
    }

}
