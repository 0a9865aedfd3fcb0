package no.fagflyt.council.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.UnitNode;

import org.springframework.stereotype.Component;

/** The active units of an organisation as indented choices for a select list. */
@Component
class UnitOptions {

    record Option(long id, String label) {
    }

    private final OrganisationDirectory directory;

    private final Clock clock;

    UnitOptions(OrganisationDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    List<Option> of(long organisationId) {
        List<Option> options = new ArrayList<>();
        add(directory.tree(organisationId, LocalDate.now(clock), false), 0, options);
        return options;
    }

    private static void add(UnitNode node, int depth, List<Option> options) {
        // Non-breaking spaces keep the indentation visible inside an <option>.
        options.add(new Option(node.unit().id(), "\u00a0\u00a0".repeat(depth) + node.unit().name()));
        node.children().forEach(child -> add(child, depth + 1, options));
    }

}
