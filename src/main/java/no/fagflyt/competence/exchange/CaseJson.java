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
import no.fagflyt.platform.PlainText;

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

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

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
        String documentId = content.origin().externalId() != null
                && UUID_FORM.matcher(content.origin().externalId()).matches() ? content.origin().externalId()
                        : uuid(content.code(), "document", String.valueOf(edition.number()));
        ObjectNode root = JSON.createObjectNode();
        ObjectNode document = root.putObject("CFDocument");
        document.put("identifier", documentId)
            .put("uri", content.origin().uri() != null ? content.origin().uri() : urn(documentId))
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
        ObjectNode documentLink = link(content.name(), documentId, document.get("uri").asString());

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
        Writing writing = new Writing(content.code(), changed, items, associations, typeLinks, documentLink);
        int areaNo = 0;
        int topNo = 0;
        for (FrameworkContent.Area area : content.areas()) {
            if (area.synthetic()) {
                for (FrameworkContent.Competence competence : area.competences()) {
                    writing.competence(competence, documentLink, ++topNo);
                }
                continue;
            }
            ObjectNode areaLink = writing.item(area.ref(), "area", area.code(), area.name(), area.description(),
                    area.origin(), AREA_TYPE, documentLink, ++areaNo + topNo);
            int competenceNo = 0;
            for (FrameworkContent.Competence competence : area.competences()) {
                writing.competence(competence, areaLink, ++competenceNo);
            }
        }
        writing.relations(content.relations());
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

    /** The items and associations of one export, with each node's link by its ref for the relations. */
    private static final class Writing {

        final String code;

        final String changed;

        final ArrayNode items;

        final ArrayNode associations;

        final Map<String, ObjectNode> typeLinks;

        final ObjectNode documentLink;

        final Map<String, ObjectNode> links = new HashMap<>();

        Writing(String code, String changed, ArrayNode items, ArrayNode associations, Map<String, ObjectNode> typeLinks,
                ObjectNode documentLink) {
            this.code = code;
            this.changed = changed;
            this.items = items;
            this.associations = associations;
            this.typeLinks = typeLinks;
            this.documentLink = documentLink;
        }

        void competence(FrameworkContent.Competence competence, ObjectNode parent, int sequence) {
            ObjectNode self = item(competence.ref(), "competence", competence.code(), competence.name(),
                    competence.description(), competence.origin(), label(competence.kind().name()), parent, sequence);
            ObjectNode item = (ObjectNode) items.get(items.size() - 1);
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
                ArrayNode array = item.putArray("conceptKeywords");
                keywords.forEach(array::add);
            }
            if (competence.validityMonths() != null) {
                item.put("notes", "Gyldighet: " + competence.validityMonths() + " måneder");
            }
            int childNo = 0;
            for (FrameworkContent.Competence child : competence.children()) {
                competence(child, self, ++childNo);
            }
        }

        /**
         * One CFItem and its isChildOf association; identifiers, URI, coding scheme and type as the node was
         * imported with, or ours. A name with a description beside it is the abbreviated statement.
         */
        ObjectNode item(String ref, String kind, String nodeCode, String name, @Nullable String description,
                FrameworkContent.Origin origin, String derivedType, ObjectNode parent, int sequence) {
            // An identifier from Moodle (an ID number) is not a CASE identifier: it becomes the coding scheme.
            boolean ownIdentifier = origin.externalId() != null && UUID_FORM.matcher(origin.externalId()).matches();
            String id = ownIdentifier ? origin.externalId() : uuid(code, kind, nodeCode);
            String uri = origin.uri() != null ? origin.uri() : urn(id);
            String type = origin.itemType() != null ? origin.itemType() : derivedType;
            String humanCode = origin.humanCode() != null ? origin.humanCode()
                    : origin.externalId() != null && !ownIdentifier ? origin.externalId() : nodeCode;
            ObjectNode item = items.addObject();
            item.put("identifier", id).put("uri", uri).put("fullStatement", description != null ? description : name);
            if (description != null && !origin.nameShortened()) {
                item.put("abbreviatedStatement", name);
            }
            if (!humanCode.isEmpty()) {
                item.put("humanCodingScheme", humanCode);
            }
            if (!type.isEmpty()) {
                item.put("CFItemType", type);
                if (typeLinks.containsKey(type)) {
                    item.set("CFItemTypeURI", typeLinks.get(type));
                }
            }
            item.put("language", "nb").put("lastChangeDateTime", changed).set("CFDocumentURI", documentLink);
            ObjectNode self = link(name, id, uri);
            links.put(ref, self);
            String linkId = origin.linkId() != null ? origin.linkId() : uuid(code, "isChildOf", id);
            association(linkId, "isChildOf", self, parent).put("sequenceNumber", sequence);
            return self;
        }

        ObjectNode association(String id, String type, ObjectNode origin, ObjectNode destination) {
            ObjectNode association = associations.addObject();
            association.put("identifier", id)
                .put("uri", urn(id))
                .put("associationType", type);
            association.set("originNodeURI", origin);
            association.set("destinationNodeURI", destination);
            association.put("lastChangeDateTime", changed);
            return association;
        }

        /** Cross-references; a pair that goes both ways is written once. Moodle's related is isRelatedTo. */
        void relations(List<FrameworkContent.Relation> relations) {
            java.util.Set<String> written = new HashSet<>();
            for (FrameworkContent.Relation relation : relations) {
                String type = relation.type().equals(FrameworkContent.Relation.MOODLE_RELATED)
                        ? FrameworkContent.Relation.CASE_RELATED : relation.type();
                if (relation.isSymmetric() && written.contains(type + "|" + relation.destinationRef() + "|"
                        + relation.originRef())) {
                    continue;
                }
                written.add(type + "|" + relation.originRef() + "|" + relation.destinationRef());
                ObjectNode origin = end(relation.originRef(), relation.originUri(), relation.originTitle());
                ObjectNode destination = end(relation.destinationRef(), relation.destinationUri(),
                        relation.destinationTitle());
                String id = relation.externalId() != null ? relation.externalId()
                        : uuid(code, type, origin.get("identifier").asString() + "→"
                                + destination.get("identifier").asString());
                association(id, type, origin, destination);
            }
        }

        private ObjectNode end(String ref, @Nullable String uri, @Nullable String title) {
            ObjectNode known = links.get(ref);
            if (known != null) {
                return known.deepCopy();
            }
            return link(title != null ? title : ref, ref, uri != null ? uri : urn(ref));
        }

    }

    private static ObjectNode link(String title, String identifier) {
        return link(title, identifier, urn(identifier));
    }

    private static ObjectNode link(String title, String identifier, String uri) {
        return JSON.createObjectNode().put("title", title).put("identifier", identifier).put("uri", uri);
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
        String unstorable = firstControlCharacter(root, "");
        if (unstorable != null) {
            findings.problem("competence.exchange.error.case.controlCharacter", unstorable);
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
                    itemPlace(index, identifier, abbreviated.isEmpty() ? "fullStatement" : "abbreviatedStatement"),
                    identifier, code.isEmpty() ? "K" + index : code, name, description,
                    type.equalsIgnoreCase(AREA_TYPE));
            node.kind = kind(type);
            node.origin = new FrameworkContent.Origin(identifier, text(item, "uri"), code, type, null, null, null,
                    null, null, false);
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
        List<ContentShaper.RawRelation> relations = new ArrayList<>();
        JsonNode associationArray = pack.path("CFAssociations");
        if (!associationArray.isMissingNode() && !associationArray.isArray()) {
            findings.problem("competence.exchange.error.case.notArray", "CFAssociations");
            return null;
        }
        index = 0;
        for (JsonNode association : associationArray) {
            index++;
            String associationType = text(association, "associationType");
            String associationId = text(association, "identifier");
            String origin = text(association.path("originNodeURI"), "identifier");
            String destination = text(association.path("destinationNodeURI"), "identifier");
            if (associationType.isEmpty() || origin.isEmpty() || destination.isEmpty()) {
                findings.problem("competence.exchange.error.missing", associationPlace(index, associationId,
                        associationType.isEmpty() ? "associationType" : origin.isEmpty() ? "originNodeURI"
                                : "destinationNodeURI"));
                continue;
            }
            if (!"isChildOf".equals(associationType)) {
                relations.add(relation(association, associationType, origin, destination, associationId));
                continue;
            }
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
                relations.add(relation(association, associationType, origin, destination, associationId));
                continue;
            }
            child.origin = new FrameworkContent.Origin(child.origin.externalId(), child.origin.uri(),
                    child.origin.humanCode(), child.origin.itemType(), null, associationId, null, null, null, false);
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
        String frameworkCode = ContentShaper.code(code, documentPlace, new Findings());
        String documentUri = text(document, "uri");
        var head = new ContentShaper.Head(code, title, description, documentPlace, new FrameworkContent.Origin(
                documentId.equals(uuid(frameworkCode, "document", text(document, "version"))) ? null : documentId,
                documentUri.isEmpty() || documentUri.equals(urn(documentId)) ? null : documentUri, null, null, null,
                null, null, null, null, false));
        List<ContentShaper.RawRelation> kept = relations.stream()
            .map(raw -> raw.externalId() != null && raw.externalId().equals(uuid(frameworkCode, raw.type(),
                    raw.originKey() + "→" + raw.destinationKey())) ? new ContentShaper.RawRelation(raw.type(),
                            raw.originKey(), raw.originUri(), raw.originTitle(), raw.destinationKey(),
                            raw.destinationUri(), raw.destinationTitle(), null) : raw)
            .map(raw -> items.containsKey(raw.originKey()) ? withoutEnd(raw, true) : raw)
            .map(raw -> items.containsKey(raw.destinationKey()) ? withoutEnd(raw, false) : raw)
            .toList();
        return ContentShaper.shape(head, scale, FrameworkContent.ScaleSetup.NONE, null, roots, kept, CaseJson::keep,
                findings);
    }

    /** An association as a cross-reference; the ends' URIs and titles matter only outside the package. */
    private static ContentShaper.RawRelation relation(JsonNode association, String type, String origin,
            String destination, String identifier) {
        JsonNode from = association.path("originNodeURI");
        JsonNode to = association.path("destinationNodeURI");
        return new ContentShaper.RawRelation(type, origin, emptyToNull(text(from, "uri")),
                emptyToNull(text(from, "title")), destination, emptyToNull(text(to, "uri")),
                emptyToNull(text(to, "title")), emptyToNull(identifier));
    }

    private static ContentShaper.RawRelation withoutEnd(ContentShaper.RawRelation raw, boolean origin) {
        return origin ? new ContentShaper.RawRelation(raw.type(), raw.originKey(), null, null, raw.destinationKey(),
                raw.destinationUri(), raw.destinationTitle(), raw.externalId())
                : new ContentShaper.RawRelation(raw.type(), raw.originKey(), raw.originUri(), raw.originTitle(),
                        raw.destinationKey(), null, null, raw.externalId());
    }

    private static @Nullable String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** A CASE field is kept where it is not what our export writes anyway for the node's code. */
    private static FrameworkContent.Origin keep(FrameworkContent.Origin raw, String frameworkCode, String code,
            boolean area, @Nullable CompetenceKind kind) {
        String identifier = raw.externalId() == null ? "" : raw.externalId();
        String ours = uuid(frameworkCode, area ? "area" : "competence", code);
        String uri = raw.uri() == null ? "" : raw.uri();
        String type = raw.itemType() == null ? "" : raw.itemType();
        String derivedType = area ? AREA_TYPE : label((kind == null ? CompetenceKind.FERDIGHET : kind).name());
        String linkId = raw.linkId() == null ? "" : raw.linkId();
        return new FrameworkContent.Origin(identifier.equals(ours) ? null : identifier,
                uri.isEmpty() || uri.equals(urn(identifier)) ? null : uri,
                code.equals(raw.humanCode()) ? null : raw.humanCode(), type.equals(derivedType) ? null : type, null,
                linkId.isEmpty() || linkId.equals(uuid(frameworkCode, "isChildOf", identifier)) ? null : linkId, null,
                null, null, false);
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

    /** Where the first text with a control character is (such as NUL, which no database stores), or null. */
    private static @Nullable String firstControlCharacter(JsonNode node, String path) {
        if (node.isString()) {
            return PlainText.hasControlCharacter(node.asString()) ? path : null;
        }
        if (node.isObject()) {
            for (var property : node.properties()) {
                String found = firstControlCharacter(property.getValue(), path + "/" + property.getKey());
                if (found != null) {
                    return found;
                }
            }
        }
        else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = firstControlCharacter(node.get(i), path + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() || value.isNumber() ? value.asString().strip() : "";
    }

}
