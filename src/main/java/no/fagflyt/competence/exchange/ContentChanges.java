package no.fagflyt.competence.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.fagflyt.competence.framework.FrameworkContent;

import org.jspecify.annotations.Nullable;

/**
 * What importing a file as the next version would change, node by node, matched by the identifier the file
 * gives (or our code): what is added, what is removed, and which fields of the rest change.
 */
final class ContentChanges {

    private ContentChanges() {
    }

    /** A node flattened for comparison: its fields, its parent's ref and its cross-references. */
    private record Flat(String name, @Nullable String description, @Nullable String parentRef, String code,
            String kind, List<String> relations) {
    }

    static List<ImportPlan.Change> between(FrameworkContent current, FrameworkContent next) {
        Map<String, Flat> before = flatten(current);
        Map<String, Flat> after = flatten(next);
        List<ImportPlan.Change> changes = new ArrayList<>();
        after.forEach((ref, node) -> {
            Flat old = before.get(ref);
            if (old == null) {
                changes.add(new ImportPlan.Change(ImportPlan.ChangeKind.ADDED, ref, node.name(), List.of()));
                return;
            }
            List<String> fields = new ArrayList<>();
            check(fields, old.name(), node.name(), "competence.exchange.change.name");
            check(fields, old.description(), node.description(), "competence.exchange.change.description");
            check(fields, old.parentRef(), node.parentRef(), "competence.exchange.change.parent");
            check(fields, old.code(), node.code(), "competence.exchange.change.code");
            check(fields, old.kind(), node.kind(), "competence.exchange.change.kind");
            check(fields, old.relations(), node.relations(), "competence.exchange.change.relations");
            if (!fields.isEmpty()) {
                changes.add(new ImportPlan.Change(ImportPlan.ChangeKind.CHANGED, ref, node.name(), List.copyOf(fields)));
            }
        });
        before.forEach((ref, node) -> {
            if (!after.containsKey(ref)) {
                changes.add(new ImportPlan.Change(ImportPlan.ChangeKind.REMOVED, ref, node.name(), List.of()));
            }
        });
        return List.copyOf(changes);
    }

    private static void check(List<String> fields, @Nullable Object before, @Nullable Object after, String key) {
        if (!Objects.equals(before, after)) {
            fields.add(key);
        }
    }

    private static Map<String, Flat> flatten(FrameworkContent content) {
        Map<String, List<String>> relations = new LinkedHashMap<>();
        for (FrameworkContent.Relation relation : content.relations()) {
            relations.computeIfAbsent(relation.originRef(), ref -> new ArrayList<>())
                .add(relation.type() + "→" + relation.destinationRef());
        }
        Map<String, Flat> flat = new LinkedHashMap<>();
        for (FrameworkContent.Area area : content.areas()) {
            if (!area.synthetic()) {
                flat.put(area.ref(), new Flat(area.name(), area.description(), null, area.code(), "",
                        relations.getOrDefault(area.ref(), List.of())));
            }
            for (FrameworkContent.Competence competence : area.competences()) {
                flatten(competence, area.synthetic() ? null : area.ref(), relations, flat);
            }
        }
        return flat;
    }

    private static void flatten(FrameworkContent.Competence competence, @Nullable String parentRef,
            Map<String, List<String>> relations, Map<String, Flat> into) {
        into.put(competence.ref(), new Flat(competence.name(), competence.description(), parentRef, competence.code(),
                competence.kind().name(), relations.getOrDefault(competence.ref(), List.of())));
        competence.children().forEach(child -> flatten(child, competence.ref(), relations, into));
    }

}
