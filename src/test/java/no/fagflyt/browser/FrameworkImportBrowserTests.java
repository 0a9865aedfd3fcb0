package no.fagflyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.core.io.ClassPathResource;

/**
 * The competence adviser imports a framework exported from Moodle: a file with a broken parent reference
 * is refused with the line named, the fixed file is previewed with what Moodle cannot carry, and confirming
 * stores it as a draft that opens on its version page, where it can be downloaded again.
 */
class FrameworkImportBrowserTests extends BrowserTestSupport {

    @Test
    void anAdviserPreviewsAndConfirmsAMoodleFramework() throws Exception {
        String code = "NETT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String sample = new ClassPathResource("exchange/moodle-pasientkoordinator.csv")
            .getContentAsString(StandardCharsets.UTF_8)
            .replace(",PASKOORD,", "," + code + ",")
            .replace("\"Pasientkoordinering\"", "\"Pasientkoordinering " + code + "\"");
        Path bad = write("feil-" + code + ".csv", sample.replace("kommunikasjon,tolk,", "kommunikasjn,tolk,"));
        Path good = write("pasientkoordinator-" + code + ".csv", sample);

        logIn("radgiver", DEMO_PASSWORD);
        visit("/kompetanse/rammeverk");
        submit(browser.findElement(By.linkText("Importer rammeverk fra fil")));
        assertThat(heading()).isEqualTo("Importer rammeverk");

        upload(bad);
        assertThat(browser.findElement(By.id("problems")).getText())
            .contains("Linje 10, kolonnen «Parent ID number»", "kommunikasjn", "Ingenting er lagret.");

        upload(good);
        assertThat(heading()).isEqualTo("Forhåndsvisning av import");
        assertThat(browser.findElement(By.id("summary")).getText())
            .contains("Pasientkoordinering " + code, "Nytt rammeverk, versjon 1 som utkast", "2 områder og 5 kompetanser");
        assertThat(browser.findElement(By.id("warnings")).getText()).contains("får typen Ferdighet");
        assertThat(browser.findElement(By.id("scale")).getText()).contains("Under opplæring", "Ekspert");

        submit(browser.findElement(By.xpath("//button[normalize-space(.)='Importer som utkast']")));
        assertThat(heading()).isEqualTo("Pasientkoordinering " + code);
        assertThat(pageText()).contains("er importert som utkast til versjon 1", "Krevende samtaler", "Utkast");
        assertThat(browser.findElement(By.id("export")).getText()).contains("Last ned som Moodle CSV",
                "Last ned som CASE JSON");
    }

    private void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        submit(browser.findElement(By.xpath("//button[normalize-space(.)='Forhåndsvis']")));
    }

    private static Path write(String name, String content) throws Exception {
        Path file = Files.createTempDirectory("fagflyt-framework").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

}
