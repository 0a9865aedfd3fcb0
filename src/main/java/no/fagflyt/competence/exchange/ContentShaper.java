package no.fagflyt.competence.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.fagflyt.competence.framework.CompetenceKind;
import no.fagflyt.competence.framework.FrameworkContent;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns an imported tree of any depth into Fagflyt's content, the same way for every format: the top-level
 * nodes become areas and the nodes below them competences, at the depth the file gives. A tree with no
 * grouping at all gets one made-up area named after the framework, which an export leaves out again. The file's
 * own identifiers are kept exactly beside our codes (A–Z, digits, hyphen and underscore, at most 50 characters,
 * made unique with a number where two would meet); full texts are kept whole.
 */
final class ContentShaper {

    static final int NAME_MAX = 200;

    static final int DESCRIPTION_MAX = 100_000;

    static final int CODE_MAX = 50;

    private ContentShaper() {
    }

    /** A cross-reference as the file gives it: ends named by the file's keys. */
    record RawRelation(String type, String originKey, @Nullable String originUri, @Nullable String originTitle,
            String destinationKey, @Nullable String destinationUri, @Nullable String destinationTitle,
            @Nullable String externalId) {
    }

    /** The framework itself as read, before shaping. */
    record Head(String code, String name, @Nullable String description, ExchangeMessage place,
            FrameworkContent.Origin origin) {
    }

    /**
     * What a format keeps of a node's origin once its code is known: a field that is what the format's export
     * would write anyway is dropped, so that our own files come back as they went out.
     */
    interface Keeping {

        FrameworkContent.Origin keep(FrameworkContent.Origin raw, String frameworkCode, String code, boolean area,
                @Nullable CompetenceKind kind);

    }

    static FrameworkContent shape(Head head, List<no.fagflyt.competence.framework.ScaleLevel> scale,
            FrameworkContent.ScaleSetup setup, @Nullable String taxonomies, List<ImportNode> roots,
            List<RawRelation> rawRelations, Keeping keeping, Findings findings) {
        String code = code(head.code(), head.place(), findings);
        String name = fit(head.name(), NAME_MAX, head.place(), findings);
        String description = whole(head.description(), head.place(), findings);
        Shaping shaping = new Shaping(findings, keeping, code);
        List<FrameworkContent.Area> areas = new ArrayList<>();
        boolean grouped = roots.stream().anyMatch(root -> root.markedArea || !root.children.isEmpty());
        if (!grouped) {
            if (!roots.isEmpty()) {
                findings.warning("competence.exchange.warning.flat", roots.size());
            }
            List<FrameworkContent.Competence> competences = new ArrayList<>();
            roots.forEach(root -> competences.add(shaping.competence(root)));
            areas.add(new FrameworkContent.Area(code, name, competences, null, FrameworkContent.Origin.NONE, true));
        }
        else {
            for (ImportNode root : roots) {
                List<FrameworkContent.Competence> competences = new ArrayList<>();
                root.children.forEach(child -> competences.add(shaping.competence(child)));
                String areaCode = shaping.unique(root, shaping.areaCodes);
                Named named = shaping.named(root, keeping.keep(root.origin, code, areaCode, true, null));
                shaping.refs.put(root.key, named.origin().externalId() != null ? named.origin().externalId()
                        : areaCode);
                areas.add(new FrameworkContent.Area(areaCode, named.name(), competences, named.description(),
                        named.origin(), false));
            }
        }
        if (shaping.defaulted > 0) {
            findings.warning("competence.exchange.warning.kindDefaulted", shaping.defaulted);
        }
        List<FrameworkContent.Relation> relations = rawRelations.stream()
            .map(raw -> new FrameworkContent.Relation(raw.type(), shaping.refs.getOrDefault(raw.originKey(),
                    raw.originKey()), raw.originUri(), raw.originTitle(), shaping.refs.getOrDefault(
                            raw.destinationKey(), raw.destinationKey()), raw.destinationUri(), raw.destinationTitle(),
                    raw.externalId()))
            .toList();
        return new FrameworkContent(code, name, description, scale, List.copyOf(areas), head.origin(), setup,
                taxonomies, relations);
    }

    private record Named(String name, @Nullable String description, FrameworkContent.Origin origin) {
    }

    /** The state of one shaping: codes taken, each node's ref by its key, kinds defaulted. */
    private static final class Shaping {

        final Findings findings;

        final Keeping keeping;

        final String frameworkCode;

        final Set<String> areaCodes = new HashSet<>();

        final Set<String> competenceCodes = new HashSet<>();

        final Map<String, String> refs = new HashMap<>();

        int defaulted;

        Shaping(Findings findings, Keeping keeping, String frameworkCode) {
            this.findings = findings;
            this.keeping = keeping;
            this.frameworkCode = frameworkCode;
        }

        FrameworkContent.Competence competence(ImportNode node) {
            CompetenceKind kind = node.kind;
            if (kind == null) {
                kind = CompetenceKind.FERDIGHET;
                defaulted++;
            }
            String code = unique(node, competenceCodes);
            Named named = named(node, keeping.keep(node.origin, frameworkCode, code, false, node.kind));
            refs.put(node.key, named.origin().externalId() != null ? named.origin().externalId() : code);
            List<FrameworkContent.Competence> children = new ArrayList<>();
            node.children.forEach(child -> children.add(competence(child)));
            return new FrameworkContent.Competence(code, named.name(), named.description(), kind, node.tacitCategory,
                    node.validityMonths, node.mandatory, node.core, named.origin(), List.copyOf(children));
        }

        /**
         * Name and description kept whole. A name too long for a name with no description beside it (a CASE item
         * with only a full statement) becomes the description, and the name is made from its start.
         */
        Named named(ImportNode node, FrameworkContent.Origin kept) {
            String name = node.name.strip();
            String description = whole(node.description, node.place, findings);
            FrameworkContent.Origin origin = kept;
            if (name.length() > NAME_MAX && description == null) {
                findings.warning("competence.exchange.warning.nameFromText", node.namePlace, NAME_MAX);
                description = name;
                name = name.substring(0, NAME_MAX - 1).strip() + "…";
                origin = new FrameworkContent.Origin(origin.externalId(), origin.uri(), origin.humanCode(),
                        origin.itemType(), origin.descriptionFormat(), origin.linkId(), origin.ruleType(),
                        origin.ruleOutcome(), origin.ruleConfig(), true);
            }
            else {
                name = fit(name, NAME_MAX, node.namePlace, findings);
            }
            return new Named(name, description, origin);
        }

        /** Our code for a node: its own, made to fit; a number is added where two would meet. */
        String unique(ImportNode node, Set<String> taken) {
            String base = code(node.rawCode, node.place, findings);
            String code = base;
            for (int n = 2; !code.isEmpty() && !taken.add(code); n++) {
                String suffix = "-" + n;
                code = (base.length() + suffix.length() > CODE_MAX ? base.substring(0, CODE_MAX - suffix.length())
                        : base) + suffix;
            }
            return code;
        }

    }

    /** Our code for a raw one: upper case, other characters as hyphens. The raw one is kept beside it. */
    static String code(String raw, ExchangeMessage place, Findings findings) {
        String upper = raw.strip().toUpperCase(Locale.ROOT);
        String code = upper.replaceAll("[^A-Z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        if (code.length() > CODE_MAX) {
            code = code.substring(0, CODE_MAX);
        }
        if (code.isEmpty()) {
            findings.problem("competence.exchange.error.badCode", place, raw);
        }
        return code;
    }

    /** The raw identifier when it is not simply our code: what an export must give back. */
    static @Nullable String keptIfOther(@Nullable String raw, String code) {
        return raw == null || raw.isEmpty() || raw.equals(code) ? null : raw;
    }

    static String fit(String text, int max, ExchangeMessage place, Findings findings) {
        String clean = text.strip();
        if (clean.length() <= max) {
            return clean;
        }
        findings.warning("competence.exchange.warning.shortened", place, max);
        return clean.substring(0, max - 1).strip() + "…";
    }

    /** A full text is never cut: one too long to keep whole stops the import. */
    static @Nullable String whole(@Nullable String text, ExchangeMessage place, Findings findings) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > DESCRIPTION_MAX) {
            findings.problem("competence.exchange.error.tooLong", place, DESCRIPTION_MAX);
        }
        return text;
    }

    /** Plain text from the HTML Moodle and many CASE tools store: paragraphs and line breaks kept, tags dropped. */
    static String htmlToText(String html) {
        String text = html.replaceAll("\\s+", " ")
            .replaceAll("(?i)<br\\s*/?>", "\n")
            .replaceAll("(?i)</(p|div|li|h[1-6])>", "\n")
            .replaceAll("<[^>]*>", "");
        text = HtmlUtils.htmlUnescape(text).replace('\u00a0', ' ');
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce((a, b) -> a + "\n" + b)
            .orElse("");
    }

    /** Our plain text as the HTML that Moodle shows (description format 1). */
    static String textToHtml(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return "<p>" + HtmlUtils.htmlEscape(text, "UTF-8").replace("\n", "<br>") + "</p>";
    }

}
