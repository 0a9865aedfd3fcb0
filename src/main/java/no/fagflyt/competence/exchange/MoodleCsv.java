package no.fagflyt.competence.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.fagflyt.competence.framework.CompetenceKind;
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

    /** What Moodle's exporter writes for a competency without a completion rule. */
    static final String NO_RULE_TYPE = "";

    static final String NO_RULE_OUTCOME = "0";

    static final String NO_RULE_CONFIG = "null";

    static final String TAXONOMIES = "domain,competency";

    byte[] write(FrameworkContent content) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            print(csv, Arrays.stream(Column.values()).map(column -> column.header).toList());
            print(csv, Arrays.asList(null, content.origin().externalId() != null ? content.origin().externalId()
                    : content.code(), content.name(), description(content.description(), content.origin()),
                    descriptionFormat(content.origin()),
                    content.scale().stream().map(level -> level.name().replace(',', ' ')).collect(Collectors.joining(",")),
                    scaleConfiguration(content.scale(), content.scaleSetup()), "", "", "", "", "", "1",
                    content.taxonomies() != null ? content.taxonomies() : TAXONOMIES));
            Set<String> competenceRefs = new HashSet<>();
            content.allCompetences().forEach(c -> competenceRefs.add(c.ref()));
            Map<String, String> idNumbers = new HashMap<>();
            content.allCompetences().forEach(c -> idNumbers.put(c.ref(), c.ref()));
            for (FrameworkContent.Area area : content.areas()) {
                idNumbers.put(area.ref(), area.origin().externalId() == null && competenceRefs.contains(area.ref())
                        ? area.code() + "-OMRADE" : area.ref());
            }
            Map<String, List<String>> related = related(content.relations(), idNumbers);
            int[] exportId = { 0 };
            for (FrameworkContent.Area area : content.areas()) {
                String parent = "";
                if (!area.synthetic()) {
                    parent = idNumbers.get(area.ref());
                    print(csv, row("", parent, area.name(), area.description(), area.origin(),
                            related.getOrDefault(area.ref(), List.of()), ++exportId[0]));
                }
                for (FrameworkContent.Competence competence : area.competences()) {
                    writeTree(csv, parent, competence, related, exportId);
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

    private static void writeTree(CSVPrinter csv, String parent, FrameworkContent.Competence competence,
            Map<String, List<String>> related, int[] exportId) throws IOException {
        print(csv, row(parent, competence.ref(), competence.name(), competence.description(), competence.origin(),
                related.getOrDefault(competence.ref(), List.of()), ++exportId[0]));
        for (FrameworkContent.Competence child : competence.children()) {
            writeTree(csv, competence.ref(), child, related, exportId);
        }
    }

    /** Moodle's related competencies go both ways: each side lists the other, once, in the order stored. */
    private static Map<String, List<String>> related(List<FrameworkContent.Relation> relations,
            Map<String, String> idNumbers) {
        Map<String, List<String>> related = new LinkedHashMap<>();
        for (FrameworkContent.Relation relation : relations) {
            String origin = idNumbers.get(relation.originRef());
            String destination = idNumbers.get(relation.destinationRef());
            if (!relation.isSymmetric() || origin == null || destination == null) {
                continue;
            }
            addOnce(related, relation.originRef(), destination);
            addOnce(related, relation.destinationRef(), origin);
        }
        return related;
    }

    private static void addOnce(Map<String, List<String>> related, String ref, String idNumber) {
        List<String> list = related.computeIfAbsent(ref, key -> new ArrayList<>());
        if (!list.contains(idNumber)) {
            list.add(idNumber);
        }
    }

    /** An empty parent is written as nothing, not as two quotes, as Moodle writes it. */
    private static List<@Nullable String> row(String parent, String idNumber, String name,
            @Nullable String description, FrameworkContent.Origin origin, List<String> related, int exportId) {
        return Arrays.asList(parent.isEmpty() ? null : parent, idNumber, name, description(description, origin),
                descriptionFormat(origin), "", "", origin.ruleType() != null ? origin.ruleType() : NO_RULE_TYPE,
                origin.ruleOutcome() != null ? origin.ruleOutcome() : NO_RULE_OUTCOME,
                origin.ruleConfig() != null ? origin.ruleConfig() : NO_RULE_CONFIG, String.join(",", related),
                String.valueOf(exportId), "", "");
    }

    /** A description read with its own format is written as it came; our plain text as Moodle's HTML. */
    private static String description(@Nullable String description, FrameworkContent.Origin origin) {
        return origin.descriptionFormat() != null && description != null ? description
                : ContentShaper.textToHtml(description);
    }

    private static String descriptionFormat(FrameworkContent.Origin origin) {
        return origin.descriptionFormat() != null ? origin.descriptionFormat() : "1";
    }

    /**
     * The scale configuration as read, or ours: lowest level default, the upper half proficient, as Moodle
     * requires a default and at least one proficient value.
     */
    private static String scaleConfiguration(List<ScaleLevel> scale, FrameworkContent.ScaleSetup setup) {
        var config = JSON.createArrayNode();
        config.addObject().put("scaleid", setup.externalScaleId() != null ? setup.externalScaleId() : "0");
        int defaultLevel = setup.defaultLevel() != null ? setup.defaultLevel() : 1;
        for (int i = 0; i < scale.size(); i++) {
            int levelNo = i + 1;
            boolean proficient = setup.isNone() ? levelNo * 2 > scale.size()
                    : setup.proficientLevels().contains(levelNo);
            config.addObject()
                .put("id", levelNo)
                .put("scaledefault", levelNo == defaultLevel ? 1 : 0)
                .put("proficient", proficient ? 1 : 0);
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
        List<String[]> relatedOf = new ArrayList<>();
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
            Described described = described(cells);
            ImportNode node = new ImportNode(ExchangeMessage.of("competence.exchange.place.line", row.line()),
                    cells.place(Column.SHORT_NAME), idNumber, idNumber, name, described.text(), false);
            node.origin = new FrameworkContent.Origin(idNumber, null, null, null, described.format(), null,
                    unlessDefault(cells.get(Column.RULE_TYPE), NO_RULE_TYPE),
                    unlessDefault(cells.get(Column.RULE_OUTCOME), NO_RULE_OUTCOME),
                    unlessDefault(cells.get(Column.RULE_CONFIG), NO_RULE_CONFIG), false);
            byIdNumber.put(idNumber, node);
            parentOf.put(node, cells.get(Column.PARENT_ID_NUMBER));
            for (String other : cells.get(Column.RELATED_ID_NUMBERS).split(",")) {
                if (!other.isBlank()) {
                    relatedOf.add(new String[] { idNumber, other.strip(), String.valueOf(row.line()) });
                }
            }
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
        List<ContentShaper.RawRelation> relations = new ArrayList<>();
        for (String[] pair : relatedOf) {
            if (!byIdNumber.containsKey(pair[1])) {
                findings.problem("competence.exchange.error.moodle.missingRelated", ExchangeMessage.of(
                        "competence.exchange.place.lineColumn", Integer.valueOf(pair[2]),
                        Column.RELATED_ID_NUMBERS.header), pair[1]);
            }
            relations.add(new ContentShaper.RawRelation(FrameworkContent.Relation.MOODLE_RELATED, pair[0], null, null,
                    pair[1], null, null, null));
        }
        if (findings.hasProblems()) {
            return null;
        }
        if (ownScales > 0) {
            findings.warning("competence.exchange.warning.moodle.ownScales", ownScales);
        }
        findings.warning("competence.exchange.warning.moodle.notCarried");
        Described described = described(framework);
        String frameworkCode = ContentShaper.code(code, framework.place(Column.ID_NUMBER), new Findings());
        var head = new ContentShaper.Head(code, name, described.text(), framework.place(Column.ID_NUMBER),
                new FrameworkContent.Origin(ContentShaper.keptIfOther(code, frameworkCode), null, null, null,
                        described.format(), null, null, null, null, false));
        String taxonomies = framework.get(Column.TAXONOMY);
        return ContentShaper.shape(head, scale, scaleSetup(framework, scale.size()), taxonomies.isEmpty()
                || taxonomies.equals(TAXONOMIES) ? null : taxonomies, roots, relations, MoodleCsv::keep, findings);
    }

    /** Moodle's ID number is kept when it is not simply our code (for example in lower case). */
    private static FrameworkContent.Origin keep(FrameworkContent.Origin raw, String frameworkCode, String code,
            boolean area, @Nullable CompetenceKind kind) {
        return new FrameworkContent.Origin(ContentShaper.keptIfOther(raw.externalId(), code), null, null, null,
                raw.descriptionFormat(), null, raw.ruleType(), raw.ruleOutcome(), raw.ruleConfig(), false);
    }

    private static @Nullable String unlessDefault(String value, String otherwise) {
        return value.equals(otherwise) ? null : value;
    }

    /**
     * Which scale value is the default and which are proficient, when not what our export writes anyway. Read
     * only after the configuration has passed as JSON.
     */
    private static FrameworkContent.ScaleSetup scaleSetup(Cells framework, int levels) {
        String configuration = framework.get(Column.SCALE_CONFIGURATION);
        if (configuration.isEmpty() || levels == 0) {
            return FrameworkContent.ScaleSetup.NONE;
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(configuration);
        }
        catch (JacksonException ex) {
            return FrameworkContent.ScaleSetup.NONE;
        }
        String scaleId = null;
        Integer defaultLevel = null;
        List<Integer> proficient = new ArrayList<>();
        for (JsonNode entry : parsed) {
            if (entry.has("scaleid")) {
                scaleId = entry.path("scaleid").asString();
            }
            else if (entry.has("id")) {
                int id = entry.path("id").asInt();
                if (entry.path("scaledefault").asInt() == 1) {
                    defaultLevel = id;
                }
                if (entry.path("proficient").asInt() == 1) {
                    proficient.add(id);
                }
            }
        }
        List<Integer> upperHalf = new ArrayList<>();
        for (int levelNo = 1; levelNo <= levels; levelNo++) {
            if (levelNo * 2 > levels) {
                upperHalf.add(levelNo);
            }
        }
        if ("0".equals(scaleId) && Integer.valueOf(1).equals(defaultLevel) && proficient.equals(upperHalf)) {
            return FrameworkContent.ScaleSetup.NONE;
        }
        return new FrameworkContent.ScaleSetup(scaleId, defaultLevel, List.copyOf(proficient));
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

    /** A description and the format it is kept in: null for plain text. */
    private record Described(@Nullable String text, @Nullable String format) {
    }

    /**
     * A description as Moodle gave it. HTML that is just our own rendering of plain text (what our export
     * writes) is read back as that text; any other HTML, plain text or Markdown is kept as given, with its format.
     */
    private static Described described(Cells cells) {
        String raw = cells.get(Column.DESCRIPTION);
        if (raw.isEmpty()) {
            return new Described(null, null);
        }
        String format = cells.get(Column.DESCRIPTION_FORMAT);
        String text = ContentShaper.htmlToText(raw);
        if (format.equals("1") && ContentShaper.textToHtml(text).equals(raw)) {
            return new Described(text, null);
        }
        return new Described(raw, format.isEmpty() ? "1" : format);
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
