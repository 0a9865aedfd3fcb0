package no.fagflyt.competence.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.fagflyt.competence.framework.CompetenceKind;
import no.fagflyt.competence.framework.FrameworkContent;
import no.fagflyt.competence.framework.ScaleLevel;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns an imported tree of any depth into Fagflyt's two levels, the same way for every format: the top-level
 * nodes become areas and everything below an area becomes its competences, in tree order. A tree with no
 * grouping at all becomes one area named after the framework. Codes are made to fit Fagflyt's rule (A–Z,
 * digits, hyphen and underscore, at most 50 characters), and texts that are too long are shortened, each
 * with a warning; two nodes that end up with the same code stop the import.
 */
final class ContentShaper {

    static final int NAME_MAX = 200;

    static final int DESCRIPTION_MAX = 1000;

    static final int FRAMEWORK_DESCRIPTION_MAX = 2000;

    static final int CODE_MAX = 50;

    private ContentShaper() {
    }

    static FrameworkContent shape(String code, String name, @Nullable String description, List<ScaleLevel> scale,
            List<ImportNode> roots, Findings findings) {
        List<FrameworkContent.Area> areas = new ArrayList<>();
        Map<String, ExchangeMessage> areaCodes = new HashMap<>();
        Map<String, ExchangeMessage> competenceCodes = new HashMap<>();
        int[] defaulted = { 0 };
        boolean grouped = roots.stream().anyMatch(root -> root.markedArea || !root.children.isEmpty());
        if (!grouped) {
            if (!roots.isEmpty()) {
                findings.warning("competence.exchange.warning.flat", roots.size());
            }
            List<FrameworkContent.Competence> competences = new ArrayList<>();
            roots.forEach(root -> competences.add(competence(root, competenceCodes, findings, defaulted)));
            areas.add(new FrameworkContent.Area(code, name, competences));
        }
        else {
            boolean deep = false;
            int areaDescriptions = 0;
            for (ImportNode root : roots) {
                List<FrameworkContent.Competence> competences = new ArrayList<>();
                for (ImportNode child : root.children) {
                    deep |= !child.children.isEmpty();
                    collect(child, competences, competenceCodes, findings, defaulted);
                }
                if (root.description != null && !root.description.isBlank()) {
                    areaDescriptions++;
                }
                areas.add(new FrameworkContent.Area(unique(root, areaCodes, findings),
                        fit(root.name, NAME_MAX, root.place, findings), competences));
            }
            if (deep) {
                findings.warning("competence.exchange.warning.deepTree");
            }
            if (areaDescriptions > 0) {
                findings.warning("competence.exchange.warning.areaDescriptions", areaDescriptions);
            }
        }
        if (defaulted[0] > 0) {
            findings.warning("competence.exchange.warning.kindDefaulted", defaulted[0]);
        }
        return new FrameworkContent(code, name, description, scale, List.copyOf(areas));
    }

    private static void collect(ImportNode node, List<FrameworkContent.Competence> into,
            Map<String, ExchangeMessage> codes, Findings findings, int[] defaulted) {
        into.add(competence(node, codes, findings, defaulted));
        node.children.forEach(child -> collect(child, into, codes, findings, defaulted));
    }

    private static FrameworkContent.Competence competence(ImportNode node, Map<String, ExchangeMessage> codes,
            Findings findings, int[] defaulted) {
        CompetenceKind kind = node.kind;
        if (kind == null) {
            kind = CompetenceKind.FERDIGHET;
            defaulted[0]++;
        }
        return new FrameworkContent.Competence(unique(node, codes, findings), fit(node.name, NAME_MAX, node.place,
                findings), fitOrNull(node.description, DESCRIPTION_MAX, node.place, findings), kind, node.tacitCategory,
                node.validityMonths, node.mandatory, node.core);
    }

    private static String unique(ImportNode node, Map<String, ExchangeMessage> taken, Findings findings) {
        String code = code(node.rawCode, node.place, findings);
        ExchangeMessage first = taken.putIfAbsent(code, node.place);
        if (first != null && !code.isEmpty()) {
            findings.problem("competence.exchange.error.duplicateCode", node.place, code, first);
        }
        return code;
    }

    /** The code as Fagflyt stores it; a warning when it had to change beyond upper case. */
    static String code(String raw, ExchangeMessage place, Findings findings) {
        String upper = raw.strip().toUpperCase(Locale.ROOT);
        String code = upper.replaceAll("[^A-Z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        if (code.length() > CODE_MAX) {
            code = code.substring(0, CODE_MAX);
        }
        if (code.isEmpty()) {
            findings.problem("competence.exchange.error.badCode", place, raw);
        }
        else if (!code.equals(upper)) {
            findings.warning("competence.exchange.warning.codeChanged", place, raw, code);
        }
        return code;
    }

    static String fit(String text, int max, ExchangeMessage place, Findings findings) {
        String clean = text.strip();
        if (clean.length() <= max) {
            return clean;
        }
        findings.warning("competence.exchange.warning.shortened", place, max);
        return clean.substring(0, max - 1).strip() + "…";
    }

    static @Nullable String fitOrNull(@Nullable String text, int max, ExchangeMessage place, Findings findings) {
        return text == null || text.isBlank() ? null : fit(text, max, place, findings);
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
