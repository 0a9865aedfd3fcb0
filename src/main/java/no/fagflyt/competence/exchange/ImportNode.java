package no.fagflyt.competence.exchange;

import java.util.ArrayList;
import java.util.List;

import no.fagflyt.competence.framework.CompetenceKind;
import no.fagflyt.competence.framework.FrameworkContent;
import no.fagflyt.competence.framework.TacitCategory;

import org.jspecify.annotations.Nullable;

/**
 * One node of an imported tree before it is shaped into areas and competences. {@code place} says where it
 * stands in the file, for messages, and {@code nameField} which field its name came from; {@code key} is how the
 * file names it (Moodle ID number, CASE identifier), exactly; {@code kind} is null when the file does not say.
 * {@code origin} is what the file called it beyond our fields, as the reader found it.
 */
final class ImportNode {

    final ExchangeMessage place;

    final ExchangeMessage namePlace;

    final String key;

    final String rawCode;

    final String name;

    final @Nullable String description;

    final boolean markedArea;

    @Nullable CompetenceKind kind;

    @Nullable TacitCategory tacitCategory;

    @Nullable Integer validityMonths;

    boolean mandatory;

    boolean core;

    FrameworkContent.Origin origin = FrameworkContent.Origin.NONE;

    final List<ImportNode> children = new ArrayList<>();

    ImportNode(ExchangeMessage place, ExchangeMessage namePlace, String key, String rawCode, String name,
            @Nullable String description, boolean markedArea) {
        this.place = place;
        this.namePlace = namePlace;
        this.key = key;
        this.rawCode = rawCode;
        this.name = name;
        this.description = description;
        this.markedArea = markedArea;
    }

}
