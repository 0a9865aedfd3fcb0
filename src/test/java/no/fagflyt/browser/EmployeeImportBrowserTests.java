package no.fagflyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The foundation's main journey on the demo organisation: a leader looks at their section, the
 * administrator imports an HR file with a bad row (nothing is stored), fixes it and imports, and the
 * leader then finds the new people in the section. Import is an administrator task: HR data for the
 * whole organisation is not something a section leader changes.
 */
class EmployeeImportBrowserTests extends BrowserTestSupport {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBadRowStopsTheImportAndTheFixedFileBringsThePeopleIntoTheLeadersSection() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String header = "Ansattnummer;Fornavn;Etternavn;Yrkesgruppe;Stillingstittel;Enhetskode;Stillingsprosent;"
                + "Startdato;Sluttdato;HPR-nummer;E-post\r\n";
        String goodRow = "IMP-" + suffix + "-1;Åse;Fjellbirkeland;Helsesekretær;Helsesekretær;MKK-MED-KONTOR;80;"
                + "01.09.2026;;;\r\n";
        String badRow = "IMP-" + suffix + "-2;Bjørn;Løvstakken;Helsesekretær;Helsesekretær;MKK-MED-KONTOR;hundre;"
                + "15.10.2026;;;\r\n";
        String fixedRow = badRow.replace(";hundre;", ";100;");
        Path badFile = write("ansatte-feil-" + suffix + ".csv", header + goodRow + badRow);
        Path fixedFile = write("ansatte-" + suffix + ".csv", header + goodRow + fixedRow);

        logIn("leder", DEMO_PASSWORD);
        assertThat(heading()).isEqualTo("Mine enheter");
        submit(browser.findElement(By.linkText("Kontortjeneste medisin")));
        assertThat(browser.findElement(By.id("staff")).getText()).doesNotContain("Fjellbirkeland");
        logOut();

        logIn("admin", DEMO_PASSWORD);
        visit("/admin/import");
        upload(badFile);
        assertThat(browser.findElement(By.id("problems")).getText()).contains("Linje 3", "Stillingsprosent", "hundre");
        assertThat(browser.findElements(By.xpath("//button[starts-with(normalize-space(.), 'Importer')]"))).isEmpty();
        assertThat(peopleWithSuffix(suffix)).isZero();

        visit("/admin/import");
        upload(fixedFile);
        assertThat(browser.findElement(By.id("summary")).getText()).contains("2 nye");
        submit(browser.findElement(By.xpath("//button[starts-with(normalize-space(.), 'Importer')]")));
        assertThat(pageText()).contains("2 nye");
        assertThat(peopleWithSuffix(suffix)).isEqualTo(2);
        logOut();

        logIn("leder", DEMO_PASSWORD);
        submit(browser.findElement(By.linkText("Kontortjeneste medisin")));
        assertThat(browser.findElement(By.id("staff")).getText()).contains("Fjellbirkeland, Åse", "Løvstakken, Bjørn");
    }

    @Test
    void aFileOverTheLimitBringsThePersonBackWithAMessage() throws Exception {
        Path huge = Files.createTempDirectory("fagflyt-import").resolve("for-stor.csv");
        byte[] content = new byte[10 * 1024 * 1024 + 300 * 1024];
        java.util.Arrays.fill(content, (byte) 'a');
        Files.write(huge, content);

        logIn("admin", DEMO_PASSWORD);
        visit("/admin/import");
        upload(huge);
        assertThat(heading()).isEqualTo("Importer ansatte");
        assertThat(pageText()).contains("Filen er for stor. Største tillatte størrelse er 10 MB.");
    }

    private void upload(Path file) {
        new Select(browser.findElement(By.id("organisationId"))).selectByVisibleText("Sykehuset i Vestfold HF");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        submit(browser.findElement(By.xpath("//button[normalize-space(.)='Forhåndsvis']")));
    }

    private long peopleWithSuffix(String suffix) {
        return jdbc.sql("select count(*) from person where employee_number like :pattern")
            .param("pattern", "IMP-" + suffix + "-%")
            .query(Long.class)
            .single();
    }

    /** As Norwegian Excel saves "CSV (semikolondelt)": Windows-1252, semicolons, CRLF. */
    private static Path write(String name, String content) throws Exception {
        Path file = Files.createTempDirectory("fagflyt-import").resolve(name);
        Files.write(file, content.getBytes(WINDOWS_1252));
        return file;
    }

}
