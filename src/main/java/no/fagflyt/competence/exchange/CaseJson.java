package no.fagflyt.competence.exchange;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.fagflyt.competence.framework.CompetenceKind;
import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkContent;
import no.fagflyt.competence.framework.ScaleLevel;
import no.fagflyt.competence.framework.TacitCategory;
import no.fagflyt.competence.framework.VersionStatus;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 1EdTech CASE 1.0 JSON: a CFPackage with the CFDocument, one CFItem per area and competence, an isChildOf
 * CFAssociation from each item to its parent, and the scale as a CFRubric. CASE 1.0 has no extension
 * fields, so everything is carried in standard ones:
 * <ul>
 * <li>framework code: a line {@code Kode: X} in the CFDocument's notes; version number in {@code version};
 * status as adoptionStatus (Draft, Adopted, Deprecated);</li>
 * <li>area and competence code: humanCodingScheme; name: abbreviatedStatement (areas: fullStatement);
 * description: fullStatement (the name when there is none);</li>
 * <li>kind: CFItemType {@code Kunnskap}, {@code Ferdighet} or {@code Holdning}; areas have
 * {@code Kompetanseområde}; each type is also defined in CFDefinitions.CFItemTypes;</li>
 * <li>tacit category, mandatory and core: conceptKeywords ({@code Vurderingskunnskap}, {@code Obligatorisk},
 * {@code Kjernekompetanse});</li>
 * <li>validity: a line {@code Gyldighet: 12 måneder} in the item's notes;</li>
 * <li>scale: one CFRubric with one criterion whose levels are ours (quality = name, description = text,
 * score and position = level number).</li>
 * </ul>
 * Identifiers are name-based UUIDs from the codes, so exporting the same version twice gives the same file.
 */
@Component
class CaseJson {

    static final String AREA_TYPE = "Kompetanseområde";

    private static final String MANDATORY = "Obligatorisk";

    private static final String CORE = "Kjernekompetanse";

    private static final Pattern CODE_NOTE = Pattern.compile("(?im)^\\s*Kode:\\s*(\\S+)\\s*$");

    private static final Pattern VALIDITY_NOTE = Pattern.compile("(?i)Gyldighet:\\s*(\\d{1,3})\\s*måned");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What an export needs besides the content: which version this is and when it last changed. */
    record Edition(int number, VersionStatus status, OffsetDateTime changedAt) {
    }

    byte[] write(FrameworkContent content, Edition edition) {
        String changed = edition.changedAt()
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.SECONDS)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String documentId = uuid(content.code(), "document", String.valueOf(edition.number()));
        ObjectNode root = JSON.createObjectNode();
        ObjectNode document = root.putObject("CFDocument");
        document.put("identifier", documentId)
            .put("uri", urn(documentId))
            .put("creator", "Fagflyt")
            .put("title", content.name())
            .put("lastChangeDateTime", changed);
        if (content.description() != null) {
            document.put("description", content.description());
        }
        document.put("language", "nb")
            .put("version", String.valueOf(edition.number()))
            .put("adoptionStatus", switch (edition.status()) {
                case DRAFT -> "Draft";
                case PUBLISHED -> "Adopted";
                case RETIRED -> "Deprecated";
            })
            .put("notes", "Kode: " + content.code());
        ObjectNode documentLink = link(content.name(), documentId);

        Map<String, ObjectNode> typeLinks = new LinkedHashMap<>();
        ArrayNode types = JSON.createArrayNode();
        List<String> typeTitles = new ArrayList<>(List.of(AREA_TYPE));
        for (CompetenceKind kind : CompetenceKind.values()) {
            typeTitles.add(label(kind.name()));
        }
        for (int i = 0; i < typeTitles.size(); i++) {
            String title = typeTitles.get(i);
            String id = uuid(content.code(), "type", title);
            types.addObject()
                .put("identifier", id)
                .put("uri", urn(id))
                .put("title", title)
                .put("hierarchyCode", String.valueOf(i + 1))
                .put("lastChangeDateTime", changed);
            typeLinks.put(title, link(title, id));
        }

        ArrayNode items = root.putArray("CFItems");
        ArrayNode associations = root.putArray("CFAssociations");
        int areaNo = 0;
        for (FrameworkContent.Area area : content.areas()) {
            String areaId = uuid(content.code(), "area", area.code());
            ObjectNode item = items.addObject();
            item.put("identifier", areaId)
                .put("uri", urn(areaId))
                .put("fullStatement", area.name())
                .put("humanCodingScheme", area.code())
                .put("CFItemType", AREA_TYPE)
                .set("CFItemTypeURI", typeLinks.get(AREA_TYPE));
            item.put("language", "nb").put("lastChangeDateTime", changed).set("CFDocumentURI", documentLink);
            childOf(associations, content.code(), link(area.name(), areaId), documentLink, ++areaNo, changed);
            int competenceNo = 0;
            for (FrameworkContent.Competence competence : area.competences()) {
                String id = uuid(content.code(), "competence", competence.code());
                String type = label(competence.kind().name());
                ObjectNode c = items.addObject();
                c.put("identifier", id)
                    .put("uri", urn(id))
                    .put("fullStatement", competence.description() == null ? competence.name()
                            : competence.description())
                    .put("abbreviatedStatement", competence.name())
                    .put("humanCodingScheme", competence.code())
                    .put("CFItemType", type)
                    .set("CFItemTypeURI", typeLinks.get(type));
                List<String> keywords = new ArrayList<>();
                if (competence.tacitCategory() != null) {
                    keywords.add(label(competence.tacitCategory().name()));
                }
                if (competence.mandatory()) {
                    keywords.add(MANDATORY);
                }
                if (competence.core()) {
                    keywords.add(CORE);
                }
                if (!keywords.isEmpty()) {
                    ArrayNode array = c.putArray("conceptKeywords");
                    keywords.forEach(array::add);
                }
                if (competence.validityMonths() != null) {
                    c.put("notes", "Gyldighet: " + competence.validityMonths() + " måneder");
                }
                c.put("language", "nb").put("lastChangeDateTime", changed).set("CFDocumentURI", documentLink);
                childOf(associations, content.code(), link(competence.name(), id), link(area.name(), areaId),
                        ++competenceNo, changed);
            }
        }
        root.putObject("CFDefinitions").set("CFItemTypes", types);

        String rubricId = uuid(content.code(), "rubric", "scale");
        String criterionId = uuid(content.code(), "criterion", "scale");
        ObjectNode rubric = root.putArray("CFRubrics").addObject();
        rubric.put("identifier", rubricId)
            .put("uri", urn(rubricId))
            .put("title", "Ferdighetsskala")
            .put("description", "Ferdighetsskalaen for " + content.name())
            .put("lastChangeDateTime", changed);
        ObjectNode criterion = rubric.putArray("CFRubricCriteria").addObject();
        criterion.put("identifier", criterionId)
            .put("uri", urn(criterionId))
            .put("category", "Ferdighetsnivå")
            .put("description", "Nivået en medarbeider har i en kompetanse")
            .put("position", 1)
            .put("rubricId", rubricId)
            .put("lastChangeDateTime", changed);
        ArrayNode levels = criterion.putArray("CFRubricCriterionLevels");
        for (ScaleLevel level : content.scale()) {
            String levelId = uuid(content.code(), "level", String.valueOf(level.levelNo()));
            levels.addObject()
                .put("identifier", levelId)
                .put("uri", urn(levelId))
                .put("quality", level.name())
                .put("description", level.descriptor())
                .put("score", level.levelNo())
                .put("position", level.levelNo())
                .put("rubricCriterionId", criterionId)
                .put("lastChangeDateTime", changed);
        }
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    private static void childOf(ArrayNode associations, String code, ObjectNode child, ObjectNode parent, int sequence,
            String changed) {
        String id = uuid(code, "isChildOf", child.get("identifier").asString());
        ObjectNode association = associations.addObject();
        association.put("identifier", id)
            .put("uri", urn(id))
            .put("associationType", "isChildOf")
            .put("sequenceNumber", sequence)
            .set("originNodeURI", child);
        association.set("destinationNodeURI", parent);
        association.put("lastChangeDateTime", changed);
    }

    private static ObjectNode link(String title, String identifier) {
        return JSON.createObjectNode().put("title", title).put("identifier", identifier).put("uri", urn(identifier));
    }

    private static String uuid(String code, String kind, String key) {
        return UUID.nameUUIDFromBytes(("fagflyt:" + code + ":" + kind + ":" + key).getBytes(StandardCharsets.UTF_8))
            .toString();
    }

    private static String urn(String identifier) {
        return "urn:uuid:" + identifier;
    }

    /** KUNNSKAP → Kunnskap: how our enum values are written in CASE. */
    private static String label(String enumName) {
        return enumName.charAt(0) + enumName.substring(1).toLowerCase(Locale.ROOT);
    }

    @Nullable FrameworkContent read(byte[] content, Findings findings) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        }
        catch (JacksonException ex) {
            var location = ex.getLocation();
            findings.problem("competence.exchange.error.case.json", location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr());
            return null;
        }
        if (root == null || !root.isObject()) {
            findings.problem("competence.exchange.error.case.notPackage");
            return null;
        }
        JsonNode pack = root.path("CFPackage").isObject() ? root.get("CFPackage") : root;
        JsonNode document = pack.path("CFDocument");
        if (!document.isObject()) {
            findings.problem("competence.exchange.error.case.noDocument");
            return null;
        }
        String title = text(document, "title");
        String documentId = text(document, "identifier");
        ExchangeMessage documentPlace = ExchangeMessage.of("competence.exchange.place.document", "title");
        if (title.isEmpty()) {
            findings.problem("competence.exchange.error.missing", documentPlace);
        }
        if (documentId.isEmpty()) {
            findings.problem("competence.exchange.error.missing",
                    ExchangeMessage.of("competence.exchange.place.document", "identifier"));
        }

        Map<String, ImportNode> items = new LinkedHashMap<>();
        Map<String, JsonNode> itemJson = new HashMap<>();
        JsonNode itemArray = pack.path("CFItems");
        if (!itemArray.isMissingNode() && !itemArray.isArray()) {
            findings.problem("competence.exchange.error.case.notArray", "CFItems");
            return null;
        }
        int index = 0;
        for (JsonNode item : itemArray) {
            index++;
            String identifier = text(item, "identifier");
            if (identifier.isEmpty()) {
                findings.problem("competence.exchange.error.missing", itemPlace(index, "", "identifier"));
                continue;
            }
            if (items.containsKey(identifier)) {
                findings.problem("competence.exchange.error.case.duplicateItem", itemPlace(index, identifier,
                        "identifier"));
                continue;
            }
            String fullStatement = text(item, "fullStatement");
            if (fullStatement.isEmpty()) {
                findings.problem("competence.exchange.error.missing", itemPlace(index, identifier, "fullStatement"));
                continue;
            }
            String abbreviated = text(item, "abbreviatedStatement");
            String name = abbreviated.isEmpty() ? fullStatement : abbreviated;
            String description = abbreviated.isEmpty() || abbreviated.equals(fullStatement) ? null : fullStatement;
            String type = text(item, "CFItemType");
            String code = text(item, "humanCodingScheme");
            ImportNode node = new ImportNode(itemPlace(index, identifier, "humanCodingScheme"),
                    code.isEmpty() ? "K" + index : code, name, description, type.equalsIgnoreCase(AREA_TYPE));
            node.kind = kind(type);
            readKeywords(item.path("conceptKeywords"), node);
            Matcher validity = VALIDITY_NOTE.matcher(text(item, "notes"));
            if (validity.find()) {
                int months = Integer.parseInt(validity.group(1));
                if (months < 1 || months > 120) {
                    findings.problem("competence.exchange.error.case.validity", itemPlace(index, identifier, "notes"),
                            months);
                }
                node.validityMonths = months;
            }
            if (code.isEmpty()) {
                findings.warning("competence.exchange.warning.case.noCode", node.place, node.rawCode);
            }
            items.put(identifier, node);
            itemJson.put(identifier, item);
        }

        Map<ImportNode, Integer> sequence = new HashMap<>();
        Set<ImportNode> placed = new HashSet<>();
        List<ImportNode> roots = new ArrayList<>();
        int otherAssociations = 0;
        int extraParents = 0;
        JsonNode associationArray = pack.path("CFAssociations");
        if (!associationArray.isMissingNode() && !associationArray.isArray()) {
            findings.problem("competence.exchange.error.case.notArray", "CFAssociations");
            return null;
        }
        index = 0;
        for (JsonNode association : associationArray) {
            index++;
            if (!"isChildOf".equals(text(association, "associationType"))) {
                otherAssociations++;
                continue;
            }
            String associationId = text(association, "identifier");
            String origin = text(association.path("originNodeURI"), "identifier");
            String destination = text(association.path("destinationNodeURI"), "identifier");
            ImportNode child = items.get(origin);
            if (child == null) {
                findings.problem("competence.exchange.error.case.unknownItem",
                        associationPlace(index, associationId, "originNodeURI"), origin);
                continue;
            }
            boolean toDocument = destination.equals(documentId) && !documentId.isEmpty();
            ImportNode parent = items.get(destination);
            if (!toDocument && parent == null) {
                findings.problem("competence.exchange.error.case.unknownItem",
                        associationPlace(index, associationId, "destinationNodeURI"), destination);
                continue;
            }
            if (!placed.add(child)) {
                extraParents++;
                continue;
            }
            JsonNode number = association.path("sequenceNumber");
            sequence.put(child, number.isIntegralNumber() ? number.asInt() : Integer.MAX_VALUE);
            (toDocument ? roots : parent.children).add(child);
        }
        items.forEach((identifier, node) -> {
            if (!placed.contains(node)) {
                findings.problem("competence.exchange.error.case.orphan", node.place);
            }
        });
        Set<ImportNode> reached = new HashSet<>();
        roots.forEach(top -> reach(top, reached, sequence));
        items.values().stream().filter(node -> placed.contains(node) && !reached.contains(node)).forEach(
                node -> findings.problem("competence.exchange.error.case.cycle", node.place));
        roots.sort(Comparator.comparing(sequence::get));
        if (items.isEmpty()) {
            findings.problem("competence.exchange.error.noCompetences");
        }
        List<ScaleLevel> scale = scale(pack.path("CFRubrics"), findings);
        if (findings.hasProblems()) {
            return null;
        }
        if (otherAssociations > 0) {
            findings.warning("competence.exchange.warning.case.otherAssociations", otherAssociations);
        }
        if (extraParents > 0) {
            findings.warning("competence.exchange.warning.case.extraParents", extraParents);
        }
        Matcher codeNote = CODE_NOTE.matcher(text(document, "notes"));
        String code;
        if (codeNote.find()) {
            code = codeNote.group(1);
        }
        else {
            code = title;
            findings.warning("competence.exchange.warning.case.codeFromTitle");
        }
        String description = text(document, "description");
        return ContentShaper.shape(ContentShaper.code(code, documentPlace, findings),
                ContentShaper.fit(title, ContentShaper.NAME_MAX, documentPlace, findings),
                ContentShaper.fitOrNull(description, ContentShaper.FRAMEWORK_DESCRIPTION_MAX, documentPlace, findings),
                scale, roots, findings);
    }

    private static void reach(ImportNode node, Set<ImportNode> reached, Map<ImportNode, Integer> sequence) {
        if (reached.add(node)) {
            node.children.sort(Comparator.comparing(sequence::get));
            node.children.forEach(child -> reach(child, reached, sequence));
        }
    }

    /** The first rubric's first criterion; a file without one gets the default scale. */
    private static List<ScaleLevel> scale(JsonNode rubrics, Findings findings) {
        JsonNode criteria = rubrics.path(0).path("CFRubricCriteria");
        JsonNode levels = criteria.path(0).path("CFRubricCriterionLevels");
        if (!levels.isArray() || levels.isEmpty()) {
            findings.warning("competence.exchange.warning.case.defaultScale");
            return FrameworkCatalogue.DEFAULT_SCALE;
        }
        if (rubrics.size() > 1 || criteria.size() > 1) {
            findings.warning("competence.exchange.warning.case.moreRubrics");
        }
        if (levels.size() > 9) {
            findings.problem("competence.exchange.error.scaleTooLong",
                    ExchangeMessage.of("competence.exchange.place.rubric", "CFRubricCriterionLevels"), levels.size());
            return List.of();
        }
        List<JsonNode> sorted = new ArrayList<>();
        levels.forEach(sorted::add);
        sorted.sort(Comparator.comparingDouble(level -> level.path("position").isNumber()
                ? level.path("position").asDouble() : level.path("score").asDouble()));
        List<ScaleLevel> scale = new ArrayList<>();
        for (JsonNode level : sorted) {
            int levelNo = scale.size() + 1;
            ExchangeMessage place = ExchangeMessage.of("competence.exchange.place.level", levelNo);
            String quality = text(level, "quality");
            if (quality.isEmpty()) {
                findings.problem("competence.exchange.error.missing", place);
                continue;
            }
            String description = text(level, "description");
            scale.add(new ScaleLevel(levelNo, ContentShaper.fit(quality, 100, place, findings),
                    ContentShaper.fit(description.isEmpty() ? quality : description, 500, place, findings)));
        }
        return scale;
    }

    private static @Nullable CompetenceKind kind(String type) {
        for (CompetenceKind kind : CompetenceKind.values()) {
            if (kind.name().equalsIgnoreCase(type)) {
                return kind;
            }
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "knowledge" -> CompetenceKind.KUNNSKAP;
            case "skill" -> CompetenceKind.FERDIGHET;
            case "attitude" -> CompetenceKind.HOLDNING;
            default -> null;
        };
    }

    private static void readKeywords(JsonNode keywords, ImportNode node) {
        for (JsonNode keyword : keywords) {
            String value = keyword.asString("").strip();
            for (TacitCategory category : TacitCategory.values()) {
                if (category.name().equalsIgnoreCase(value)) {
                    node.tacitCategory = category;
                }
            }
            node.mandatory |= MANDATORY.equalsIgnoreCase(value);
            node.core |= CORE.equalsIgnoreCase(value);
        }
    }

    private static ExchangeMessage itemPlace(int index, String identifier, String field) {
        return ExchangeMessage.of("competence.exchange.place.item", index, identifier, field);
    }

    private static ExchangeMessage associationPlace(int index, String identifier, String field) {
        return ExchangeMessage.of("competence.exchange.place.association", index, identifier, field);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() || value.isNumber() ? value.asString().strip() : "";
    }

}
