package no.fagflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import no.fagflyt.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Texts made outside a web request (feeds, PDFs, exports, "Min side") all come from one bokmål bean. */
@IntegrationTest
class NorwegianTextsTests {

    private static final Pattern OWN_LOCALE = Pattern
        .compile("Locale\\.forLanguageTag\\(\"n[bo]|new Locale\\(|Locale\\.of\\(|\\bMessageSource\\s+\\w+[,;)]");

    @Autowired
    NorwegianTexts texts;

    @Test
    void textsComeInBokmal() {
        assertThat(texts.text("calendarFeed.name")).isEqualTo("Fagflyt");
        assertThat(texts.text("myPage.action", "Følge opp", "KFR")).contains("Følge opp").contains("KFR");
        assertThat(texts.lowerCase("schedule.weekday.MANDAG")).isEqualTo("mandag");
    }

    @Test
    void countsChooseSingularOrPlural() {
        assertThat(texts.count("unit.staffCount", 0)).isEqualTo("ingen ansatte");
        assertThat(texts.count("unit.staffCount", 1)).isEqualTo("1 ansatt");
        assertThat(texts.count("unit.staffCount", 2)).isEqualTo("2 ansatte");
        assertThat(texts.count("import.preview.summary", 1, 0, 3)).isEqualTo("1 ny, 0 endret, 3 uendret.");
        assertThat(texts.count("import.preview.summary", 2, 0, 3)).isEqualTo("2 nye, 0 endret, 3 uendret.");
        assertThat(texts.count("report.meetingsSummary", 1, 80)).startsWith("1 møte avholdt.");
        assertThat(texts.count("report.meetingsSummary", 4, 80)).startsWith("4 møter avholdt.");
    }

    @Test
    void noOtherClassBuildsItsOwnLocaleOrMessageLookup() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(path -> path.toString().endsWith(".java"))
                .filter(path -> !path.endsWith("NorwegianTexts.java") && !path.endsWith("MessagesConfiguration.java"))
                .filter(path -> OWN_LOCALE.matcher(read(path)).find())
                .map(path -> path.getFileName().toString())
                .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
