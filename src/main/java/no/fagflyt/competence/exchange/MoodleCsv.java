package no.fagflyt.competence.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.fagflyt.competence.framework.FrameworkContent;
import no.fagflyt.competence.framework.ScaleLevel;
import no.fagflyt.platform.SpreadsheetFormulas;
import no.fagflyt.platform.TabularFile;
import no.fagflyt.platform.TabularFileException;
import no.fagflyt.platform.TabularFileReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moodle's competency framework CSV, as tool_lpimportcsv writes and reads it: 14 columns read by position,
 * one row for the framework (Is framework = 1) carrying the scale as comma-separated level names, and one
 * row per competency pointing at its parent by ID number. Descriptions are HTML (format 1).
 *
 * <p>Mapping: the framework's ID number is our code; areas are the top-level competencies and our
 * competences their children. Moodle has no kind, tacit category, validity, mandatory or core flag and no
 * text per scale level, so an export leaves them out and an import warns and uses defaults. Moodle needs a
 * default and a proficient value in the scale configuration: we write the lowest level as default and the
 * upper half of the scale as proficient. An area whose code is also a competence code (Moodle has one ID
 * number space per framework) is written with the suffix {@code -OMRADE}.
 *
 * <p>A cell that would start a spreadsheet formula ({@code =}, {@code +}, {@code -}, {@code @}) is written with
 * a leading apostrophe (see {@link SpreadsheetFormulas}), so the file is safe to open in Excel; our import takes
 * exactly that apostrophe off again. Moodle keeps it as part of the name, which only touches names that start
 * with one of those characters.
 */
@Component
class MoodleCsv {

    /** The columns in Moodle's order; the first name is the one Moodle writes today, the rest older ones. */
    enum Column {

        PARENT_ID_NUMBER("Parent ID number", "Parent id number", "parentidnumber"),
        ID_NUMBER("ID number", "Id number", "idnumber"),
        SHORT_NAME("Short name", "Shortname"),
        DESCRIPTION("Description"),
        DESCRIPTION_FORMAT("Description format", "descriptionformat"),
        SCALE_VALUES("Scale values", "scalevalues"),
        SCALE_CONFIGURATION("Scale configuration", "scaleconfiguration"),
        RULE_TYPE("Rule type (optional)", "ruletype"),
        RULE_OUTCOME("Rule outcome (optional)", "ruleoutcome"),
        RULE_CONFIG("Rule config (optional)", "ruleconfig"),
        RELATED_ID_NUMBERS("Cross-referenced competency ID numbers", "relatedidnumbers"),
        EXPORT_ID("Exported ID (optional)", "exportid"),
        IS_FRAMEWORK("Is framework", "isframework"),
        TAXONOMY("Taxonomy", "taxonomies");

        final String header;

        final Set<String> accepted;

        Column(String... names) {
            this.header = names[0];
            this.accepted = Arrays.stream(names).map(TabularFile::normalise).collect(Collectors.toSet());
        }

    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Set<String> KNOWN_HEADERS = Arrays.stream(Column.values())
        .flatMap(column -> column.accepted.stream())
        .collect(Collectors.toSet());

    private final TabularFileReader reader;

    MoodleCsv(TabularFileReader reader) {
        this.reader = reader;
    }

    byte[] write(FrameworkContent content) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            print(csv, Arrays.stream(Column.values()).map(column -> column.header).toList());
            print(csv, Arrays.asList(null, content.code(), content.name(), ContentShaper.textToHtml(content.description()), "1",
                    content.scale().stream().map(level -> level.name().replace(',', ' ')).collect(Collectors.joining(",")),
                    scaleConfiguration(content.scale()), "", "", "", "", "", "1", "domain,competency"));
            Set<String> competenceCodes = new HashSet<>();
            content.areas().forEach(area -> area.competences().forEach(c -> competenceCodes.add(c.code())));
            int exportId = 0;
            for (FrameworkContent.Area area : content.areas()) {
                String areaId = competenceCodes.contains(area.code()) ? area.code() + "-OMRADE" : area.code();
                print(csv, competencyRow("", areaId, area.name(), null, ++exportId));
                for (FrameworkContent.Competence competence : area.competences()) {
                    print(csv, competencyRow(areaId, competence.code(), competence.name(), competence.description(),
                            ++exportId));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every cell goes out safe to open in a spreadsheet; {@link Cells#get} takes the guard off again. */
    private static void print(CSVPrinter csv, List<@Nullable String> cells) throws IOException {
        csv.printRecord(cells.stream().map(SpreadsheetFormulas::neutralise).toList());
    }

    /** An empty parent is written as nothing, not as two quotes, as Moodle writes it. */
    private static List<@Nullable String> competencyRow(String parent, String idNumber, String name,
            @Nullable String description, int exportId) {
        return Arrays.asList(parent.isEmpty() ? null : parent, idNumber, name, ContentShaper.textToHtml(description), "1", "", "", "", "0", "null", "",
                String.valueOf(exportId), "", "");
    }

    /** Lowest level is Moodle's default; the upper half counts as proficient, as Moodle requires at least one. */
    private static String scaleConfiguration(List<ScaleLevel> scale) {
        var config = JSON.createArrayNode();
        config.addObject().put("scaleid", "0");
        for (int i = 0; i < scale.size(); i++) {
            config.addObject()
                .put("id", i + 1)
                .put("scaledefault", i == 0 ? 1 : 0)
                .put("proficient", (i + 1) * 2 > scale.size() ? 1 : 0);
        }
        return JSON.writeValueAsString(config);
    }

    @Nullable FrameworkContent read(String fileName, byte[] content, Findings findings) {
        TabularFile file;
        try {
            file = reader.read(fileName, content);
        }
        catch (TabularFileException ex) {
            findings.problem("competence.exchange.error.file", ex.getMessage());
            return null;
        }
        List<String> keys = columnKeys(file.headers(), findings);
        if (keys == null) {
            return null;
        }
        Map<String, ImportNode> byIdNumber = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        Map<ImportNode, String> parentOf = new LinkedHashMap<>();
        TabularFile.Row frameworkRow = null;
        int rules = 0;
        int related = 0;
        int ownScales = 0;
        for (TabularFile.Row row : file.rows()) {
            Cells cells = new Cells(row, keys);
            if (isTrue(cells.get(Column.IS_FRAMEWORK))) {
                if (frameworkRow != null) {
                    findings.problem("competence.exchange.error.moodle.twoFrameworks", row.line(), frameworkRow.line());
                }
                else {
                    frameworkRow = row;
                }
                continue;
            }
            String idNumber = cells.get(Column.ID_NUMBER);
            String name = cells.get(Column.SHORT_NAME);
            if (idNumber.isEmpty()) {
                findings.problem("competence.exchange.error.missing", cells.place(Column.ID_NUMBER));
                continue;
            }
            if (name.isEmpty()) {
                findings.problem("competence.exchange.error.missing", cells.place(Column.SHORT_NAME));
                continue;
            }
            Integer firstLine = lineOf.putIfAbsent(idNumber, row.line());
            if (firstLine != null) {
                findings.problem("competence.exchange.error.moodle.duplicateIdNumber", cells.place(Column.ID_NUMBER),
                        idNumber, firstLine);
                continue;
            }
            ImportNode node = new ImportNode(ExchangeMessage.of("competence.exchange.place.line", row.line()), idNumber,
                    name, description(cells), false);
            byIdNumber.put(idNumber, node);
            parentOf.put(node, cells.get(Column.PARENT_ID_NUMBER));
            rules += cells.get(Column.RULE_TYPE).isEmpty() ? 0 : 1;
            related += cells.get(Column.RELATED_ID_NUMBERS).isEmpty() ? 0 : 1;
            ownScales += cells.get(Column.SCALE_VALUES).isEmpty() ? 0 : 1;
        }
        if (frameworkRow == null) {
            findings.problem("competence.exchange.error.moodle.noFramework");
            return null;
        }
        List<ImportNode> roots = new ArrayList<>();
        parentOf.forEach((node, parent) -> {
            if (parent.isEmpty()) {
                roots.add(node);
            }
            else if (byIdNumber.containsKey(parent)) {
                byIdNumber.get(parent).children.add(node);
            }
            else {
                findings.problem("competence.exchange.error.moodle.missingParent",
                        placeOf(node, Column.PARENT_ID_NUMBER), parent);
            }
        });
        Set<ImportNode> reached = new HashSet<>();
        roots.forEach(root -> reach(root, reached));
        parentOf.forEach((node, parent) -> {
            if (!reached.contains(node) && byIdNumber.containsKey(parent)) {
                findings.problem("competence.exchange.error.moodle.cycle", placeOf(node, Column.PARENT_ID_NUMBER), parent);
            }
        });
        Cells framework = new Cells(frameworkRow, keys);
        List<ScaleLevel> scale = scale(framework, findings);
        String code = framework.get(Column.ID_NUMBER);
        String name = framework.get(Column.SHORT_NAME);
        if (code.isEmpty()) {
            findings.problem("competence.exchange.error.missing", framework.place(Column.ID_NUMBER));
        }
        if (name.isEmpty()) {
            findings.problem("competence.exchange.error.missing", framework.place(Column.SHORT_NAME));
        }
        if (byIdNumber.isEmpty()) {
            findings.problem("competence.exchange.error.noCompetences");
        }
        if (findings.hasProblems()) {
            return null;
        }
        if (rules > 0) {
            findings.warning("competence.exchange.warning.moodle.rules", rules);
        }
        if (related > 0) {
            findings.warning("competence.exchange.warning.moodle.related", related);
        }
        if (ownScales > 0) {
            findings.warning("competence.exchange.warning.moodle.ownScales", ownScales);
        }
        findings.warning("competence.exchange.warning.moodle.notCarried");
        ExchangeMessage frameworkPlace = framework.place(Column.ID_NUMBER);
        return ContentShaper.shape(ContentShaper.code(code, frameworkPlace, findings),
                ContentShaper.fit(name, ContentShaper.NAME_MAX, frameworkPlace, findings),
                ContentShaper.fitOrNull(description(framework), ContentShaper.FRAMEWORK_DESCRIPTION_MAX, frameworkPlace,
                        findings),
                scale, roots, findings);
    }

    private static ExchangeMessage placeOf(ImportNode node, Column column) {
        return ExchangeMessage.of("competence.exchange.place.lineColumn", node.place.arguments().get(0), column.header);
    }

    private static void reach(ImportNode node, Set<ImportNode> reached) {
        if (reached.add(node)) {
            node.children.forEach(child -> reach(child, reached));
        }
    }

    /** The scale of the framework row; Moodle has names only, so each level's text is its name. */
    private static List<ScaleLevel> scale(Cells framework, Findings findings) {
        String values = framework.get(Column.SCALE_VALUES);
        List<String> names = Arrays.stream(values.split(",")).map(String::strip).toList();
        if (values.isEmpty() || names.stream().anyMatch(String::isEmpty)) {
            findings.problem("competence.exchange.error.moodle.scaleValues", framework.place(Column.SCALE_VALUES));
            return List.of();
        }
        if (names.size() > 9) {
            findings.problem("competence.exchange.error.scaleTooLong", framework.place(Column.SCALE_VALUES),
                    names.size());
            return List.of();
        }
        String configuration = framework.get(Column.SCALE_CONFIGURATION);
        if (!configuration.isEmpty()) {
            try {
                JsonNode parsed = JSON.readTree(configuration);
                if (!parsed.isArray()) {
                    findings.problem("competence.exchange.error.moodle.scaleConfiguration",
                            framework.place(Column.SCALE_CONFIGURATION));
                }
            }
            catch (JacksonException ex) {
                findings.problem("competence.exchange.error.moodle.scaleConfiguration",
                        framework.place(Column.SCALE_CONFIGURATION));
            }
        }
        List<ScaleLevel> scale = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = ContentShaper.fit(names.get(i), 100, framework.place(Column.SCALE_VALUES), findings);
            scale.add(new ScaleLevel(i + 1, name, name));
        }
        findings.warning("competence.exchange.warning.moodle.scaleTexts");
        return scale;
    }

    private static @Nullable String description(Cells cells) {
        String raw = cells.get(Column.DESCRIPTION);
        if (raw.isEmpty()) {
            return null;
        }
        String format = cells.get(Column.DESCRIPTION_FORMAT);
        // 0 (Moodle auto-format) and 1 (HTML) hold markup; 2 (plain) and 4 (Markdown) are kept as written.
        String text = format.equals("2") || format.equals("4") ? raw : ContentShaper.htmlToText(raw);
        return text.isBlank() ? null : text;
    }

    /** PHP truthiness, as Moodle reads Is framework: empty and 0 are false. */
    private static boolean isTrue(String value) {
        return !value.isEmpty() && !value.equals("0");
    }

    /**
     * The lookup key of each of the 14 columns, or null with problems when the columns are wrong. Headers in
     * another language (Moodle writes them in the user's language) are read by position, as Moodle does.
     */
    private static @Nullable List<String> columnKeys(List<String> headers, Findings findings) {
        Column[] columns = Column.values();
        String expected = Arrays.stream(columns).map(column -> column.header).collect(Collectors.joining(", "));
        if (headers.size() < columns.length) {
            findings.problem("competence.exchange.error.moodle.columnCount", headers.size(), columns.length, expected);
            return null;
        }
        List<String> keys = new ArrayList<>();
        boolean anyKnown = false;
        for (int i = 0; i < columns.length; i++) {
            String key = TabularFile.normalise(headers.get(i));
            keys.add(key);
            anyKnown |= KNOWN_HEADERS.contains(key);
        }
        if (new HashSet<>(keys).size() < keys.size() || keys.contains("")) {
            findings.problem("competence.exchange.error.moodle.columnCount", headers.size(), columns.length, expected);
            return null;
        }
        if (anyKnown) {
            for (int i = 0; i < columns.length; i++) {
                if (!columns[i].accepted.contains(keys.get(i))) {
                    findings.problem("competence.exchange.error.moodle.column", i + 1, headers.get(i), columns[i].header);
                }
            }
            if (findings.hasProblems()) {
                return null;
            }
        }
        else {
            findings.warning("competence.exchange.warning.moodle.byPosition");
        }
        return keys;
    }

    /** One row's cells by column, with the place of a cell for messages. */
    private record Cells(TabularFile.Row row, List<String> keys) {

        String get(Column column) {
            String value = row.values().get(keys.get(column.ordinal()));
            return value == null ? "" : SpreadsheetFormulas.restore(value.strip());
        }

        ExchangeMessage place(Column column) {
            return ExchangeMessage.of("competence.exchange.place.lineColumn", row.line(), column.header);
        }

    }

}
