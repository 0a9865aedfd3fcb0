package no.fagflyt.competence.exchange;

import java.util.ArrayList;
import java.util.List;

import no.fagflyt.competence.framework.CompetenceKind;
import no.fagflyt.competence.framework.TacitCategory;

import org.jspecify.annotations.Nullable;

/**
 * One node of an imported tree before it is shaped into areas and competences. {@code place} says where it
 * stands in the file, for messages; {@code kind} is null when the file does not say.
 */
final class ImportNode {

    final ExchangeMessage place;

    final String rawCode;

    final String name;

    final @Nullable String description;

    final boolean markedArea;

    @Nullable CompetenceKind kind;

    @Nullable TacitCategory tacitCategory;

    @Nullable Integer validityMonths;

    boolean mandatory;

    boolean core;

    final List<ImportNode> children = new ArrayList<>();

    ImportNode(ExchangeMessage place, String rawCode, String name, @Nullable String description, boolean markedArea) {
        this.place = place;
        this.rawCode = rawCode;
        this.name = name;
        this.description = description;
        this.markedArea = markedArea;
    }

}
