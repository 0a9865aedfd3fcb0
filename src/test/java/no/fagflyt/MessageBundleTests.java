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
import no.fagflyt.platform.Role;

import org.junit.jupiter.api.Test;

/**
 * Every message key used in templates and code exists in the bokmål bundles, so no page ever shows
 * a raw key or "??key??" to a user.
 */
class MessageBundleTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    private static final Pattern CODE_KEY = Pattern.compile("\"([a-z][a-zA-Z0-9]*\\.(?:[a-zA-Z0-9]+\\.)*(?:error|flash|conflict)(?:[a-zA-Z0-9.]*[a-zA-Z0-9])?)\"");

    @Test
    void everyKeyInTemplatesExists() throws IOException {
        Properties bundle = bundle();
        Set<String> missing = new TreeSet<>();
        for (Path template : files(Path.of("src/main/resources/templates"), ".html")) {
            Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!bundle.containsKey(matcher.group(1))) {
                    missing.add(matcher.group(1) + " in " + template.getFileName());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyErrorKeyInCodeExists() throws IOException {
        Properties bundle = bundle();
        Set<String> missing = new TreeSet<>();
        for (Path source : files(Path.of("src/main/java"), ".java")) {
            Matcher matcher = CODE_KEY.matcher(Files.readString(source));
            while (matcher.find()) {
                if (!bundle.containsKey(matcher.group(1))) {
                    missing.add(matcher.group(1) + " in " + source.getFileName());
                }
            }
        }
        assertThat(missing).isEmpty();
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
