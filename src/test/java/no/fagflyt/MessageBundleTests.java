package no.fagflyt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import no.fagflyt.organisation.OrganisationKind;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditSearch;
import no.fagflyt.platform.Role;

import org.junit.jupiter.api.Test;

/**
 * Every message key used in templates and code exists in the bokmål bundles, so no page ever shows
 * a raw key or "??key??" to a user.
 */
class MessageBundleTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    private static final Pattern CODE_KEY = Pattern.compile("\"([a-z][a-zA-Z0-9]*\\.(?:[a-zA-Z0-9]+\\.)*(?:error|flash|conflict)(?:[a-zA-Z0-9.]*[a-zA-Z0-9])?)\"");

    private static final Pattern COUNTED_WORD = Pattern.compile("\\{\\d+\\}\\)? (\\p{L}+)");

    private static final Pattern AUDIT_SUBJECT = Pattern
        .compile("AUDIT_[A-Z_]+ = \"([A-Z_]+)\"|AuditAction\\.[A-Z_]+, \"([A-Z_]+)\"");

    private static final Pattern CHOICE_START = Pattern.compile("\\{\\d+,choice,");

    @Test
    void everyKeyInTemplatesExists() throws IOException {
        Properties bundle = bundle();
        assertThat(found(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY))
            .filteredOn(use -> !bundle.containsKey(use.value()))
            .isEmpty();
    }

    @Test
    void everyErrorKeyInCodeExists() throws IOException {
        Properties bundle = bundle();
        assertThat(found(Path.of("src/main/java"), ".java", CODE_KEY))
            .filteredOn(use -> !bundle.containsKey(use.value()))
            .isEmpty();
    }

    @Test
    void everyEnumLabelExists() throws IOException {
        Properties bundle = bundle();
        List<String> keys = new ArrayList<>();
        Stream.of(Role.values()).map(Role::labelKey).forEach(keys::add);
        Stream.of(AuditAction.values()).map(AuditAction::labelKey).forEach(keys::add);
        Stream.of(UnitKind.values()).map(UnitKind::labelKey).forEach(keys::add);
        Stream.of(OrganisationKind.values()).map(OrganisationKind::labelKey).forEach(keys::add);
        assertThat(keys).allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    /** Every kind of audited subject that code records has a Norwegian name for the audit log page. */
    @Test
    void everyAuditedSubjectTypeHasAName() throws IOException {
        Properties bundle = bundle();
        List<String> types = found(Path.of("src/main/java"), ".java", AUDIT_SUBJECT).stream().map(Use::value).toList();
        assertThat(types).contains("PERSON", "KONTO", "RAD_MEDLEM", "KALENDERABONNEMENT");
        assertThat(types).allSatisfy(type -> assertThat(bundle).containsKey(AuditSearch.subjectTypeKey(type)));
    }

    /**
     * A number written straight before a noun or adjective in the plural ("{0} personer", "{1} nye")
     * reads wrong for one ("1 personer"). Counts choose their form instead:
     * {@code {0,choice,0#ingen personer|1#1 person|1<{0} personer}}. The check looks at the word after a
     * plain argument: Norwegian plurals end in -er or -e; the few such words that are no plural (verbs,
     * "eller", "hver") or that do not change ("byte") are named here.
     */
    @Test
    void everyCountChoosesItsSingularOrPlural() throws IOException {
        Set<String> notPlurals = Set.of("er", "ble", "eller", "hver", "heter", "starter", "utløper", "byte");
        Properties bundle = bundle();
        Set<String> bare = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            Matcher matcher = COUNTED_WORD.matcher(withoutChoices(bundle.getProperty(key)));
            while (matcher.find()) {
                String word = matcher.group(1);
                if ((word.endsWith("er") || word.endsWith("e")) && !notPlurals.contains(word)) {
                    bare.add(key + ": «" + matcher.group() + "»");
                }
            }
        }
        assertThat(bare).isEmpty();
    }

    /** The text with every choice argument taken out, since its branches name the forms themselves. */
    private static String withoutChoices(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            Matcher choice = CHOICE_START.matcher(text).region(i, text.length());
            if (choice.lookingAt()) {
                int depth = 0;
                int j = i;
                for (; j < text.length(); j++) {
                    char c = text.charAt(j);
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
                out.append("#");
                i = j + 1;
            }
            else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** A value a pattern found in a file: its first group that matched. */
    record Use(String value, String file) {
    }

    private static List<Use> found(Path root, String suffix, Pattern pattern) throws IOException {
        List<Use> uses = new ArrayList<>();
        for (Path file : files(root, suffix)) {
            Matcher matcher = pattern.matcher(Files.readString(file));
            while (matcher.find()) {
                String value = matcher.group(1) != null || matcher.groupCount() < 2 ? matcher.group(1) : matcher.group(2);
                uses.add(new Use(value, file.getFileName().toString()));
            }
        }
        return uses;
    }

    static Properties bundle() throws IOException {
        Properties properties = new Properties();
        for (Path file : files(Path.of("src/main/resources/i18n"), ".properties")) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).toList();
        }
    }

}
