package no.fagflyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.Role;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class LeaderJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    OrganisationFixture fixture;

    Account leader;

    Account employee;

    Unit section;

    @BeforeEach
    void organisation() {
        Unit root = fixture.organisation("Nettlesersykehuset");
        Unit clinic = fixture.unit(root, "Medisinsk klinikk", UnitKind.KLINIKK);
        section = fixture.unit(clinic, "Kontortjeneste hjerte", UnitKind.SEKSJON);
        leader = fixture.account(fixture.person(section, "Hanne", "Haugen"), Role.LEDER, section);
        employee = fixture.account(fixture.person(section, "Per", "Pedersen"), Role.MEDARBEIDER, null);
    }

    @Test
    void leaderOpensTheirUnitAndAPersonInIt() {
        logIn(leader.username(), OrganisationFixture.PASSWORD);
        assertThat(heading()).isEqualTo("Mine enheter");

        submit(browser.findElement(By.linkText("Kontortjeneste hjerte")));
        assertThat(heading()).isEqualTo("Kontortjeneste hjerte");
        assertThat(browser.findElement(By.id("staff")).getText()).contains("Pedersen, Per", "Haugen, Hanne");

        submit(browser.findElement(By.linkText("Pedersen, Per")));
        assertThat(heading()).isEqualTo("Per Pedersen");

        logOut();
        assertThat(pageText()).contains("Du er logget ut.");
    }

    @Test
    void employeeSeesMinSideAndNoStaffList() {
        logIn(employee.username(), OrganisationFixture.PASSWORD);
        assertThat(heading()).isEqualTo("Min side");
        assertThat(pageText()).contains("Per Pedersen");

        visit("/enheter/" + section.id());
        assertThat(pageText()).contains("ikke tilgang").doesNotContain("Haugen, Hanne");

        visit("/organisasjon");
        submit(browser.findElement(By.partialLinkText("Nettlesersykehuset")));
        assertThat(browser.findElement(By.cssSelector("ul.tree")).getText()).contains("Medisinsk klinikk",
                "Kontortjeneste hjerte");

        visit("/admin/logg");
        assertThat(heading()).isEqualTo("Ingen tilgang");
        visit("/finnes-ikke");
        assertThat(heading()).isEqualTo("Fant ikke siden");
        visit("/personer/ikke-et-tall");
        assertThat(heading()).isEqualTo("Kan ikke brukes");
        assertThat(pageText()).doesNotContain("Exception");
    }

    @Test
    void wrongPasswordShowsAMessageAndKeyboardReachesTheForm() {
        browser.get(url("/login"));
        checkAccessibility();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
        browser.findElement(By.id("username")).sendKeys(leader.username());
        navigateBy(() -> browser.findElement(By.id("password"))
            .sendKeys("galt-passord" + org.openqa.selenium.Keys.ENTER));
        assertThat(browser.findElement(By.id("login-error")).getText())
            .startsWith("Innloggingen mislyktes. Sjekk brukernavn og passord.");
    }

    @Test
    void pagesWorkOnAPhoneSizedScreen() {
        useNarrowScreen();
        logIn(leader.username(), OrganisationFixture.PASSWORD);
        visit("/enheter/" + section.id());
        Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
    }

}
