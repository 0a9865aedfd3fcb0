package no.fagflyt.browser;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;

import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementScope;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Role;
import no.fagflyt.support.CompetenceFixture;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** A clinic leader opens the gap summary, goes down to a section, and sorts the section's matrix; axe on every page. */
class GapSummaryBrowserTests extends BrowserTestSupport {

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    RequirementProfiles requirements;

    Account leader;

    Unit clinic;

    Unit section;

    @BeforeEach
    void organisation() {
        Unit root = organisations.organisation("Oversiktsnettleser");
        clinic = organisations.unit(root, "Klinikk for kirurgi", UnitKind.KLINIKK);
        section = organisations.unit(clinic, "Kontortjeneste ortopedi", UnitKind.SEKSJON);
        leader = organisations.account(organisations.person(clinic, "Kari", "Klinikk"), Role.LEDER, clinic);
        organisations.person(section, "Siri", "Sand");
        organisations.person(section, "Tone", "Tangen");
        CurrentUser adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        FrameworkVersion framework = competences.publishedFramework(adviser, "Ventelisteregler", "Arkivering");
        done(requirements.require(OrganisationFixture.userOf(leader), RequirementScope.UNIT,
                String.valueOf(section.id()), competences.competenceId(framework, "C1"), 2));
    }

    @Test
    void leaderOpensTheSummaryAndSortsTheMatrix() {
        logIn(leader.username(), OrganisationFixture.PASSWORD);
        visit("/kompetanse/enheter");
        submit(browser.findElement(By.linkText("Gapoversikt for Klinikk for kirurgi")));
        assertThat(heading()).isEqualTo("Gapoversikt: Klinikk for kirurgi");
        WebElement chart = browser.findElement(By.cssSelector("#summary-chart[role=img]"));
        assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent"))
            .isEqualTo("Andel av kravene med gap, per kompetanse");
        assertThat(browser.findElement(By.id("summary-competences")).getText()).contains("Ventelisteregler");
        assertThat(browser.findElement(By.id("summary-units")).getText()).contains("Kontortjeneste ortopedi");

        submit(browser.findElement(By.cssSelector("#summary-units a")));
        assertThat(heading()).isEqualTo("Gapoversikt: Kontortjeneste ortopedi");
        submit(browser.findElement(By.linkText("Kompetansematrise for enheten")));
        assertThat(heading()).isEqualTo("Kompetansematrise: Kontortjeneste ortopedi");
        assertThat(rows()).startsWith("Sand, Siri");

        submit(browser.findElement(By.xpath("//th/button[.='Navn']")));
        assertThat(browser.findElement(By.xpath("//th[button[.='Navn']]")).getAttribute("aria-sort"))
            .isEqualTo("descending");
        assertThat(rows()).startsWith("Tangen, Tone");
        assertThat(browser.findElement(By.cssSelector("#matrix caption")).getText()).contains("Å–A");

        submit(browser.findElement(By.xpath("//th/button[.='Ventelisteregler']")));
        assertThat(browser.findElement(By.xpath("//th[button[.='Ventelisteregler']]")).getAttribute("aria-sort"))
            .isEqualTo("descending");
        assertThat(browser.findElement(By.xpath("//th[button[.='Navn']]")).getAttribute("aria-sort")).isNull();
        assertThat(browser.getCurrentUrl()).contains("sorter=kompetanse-").endsWith("#matrix");
        assertThat(browser.findElement(By.linkText("Last ned som Excel (XLSX)")).getAttribute("href"))
            .contains("matrise.xlsx?sorter=kompetanse-");
    }

    private String rows() {
        return browser.findElement(By.cssSelector("#matrix tbody")).getText();
    }

}
