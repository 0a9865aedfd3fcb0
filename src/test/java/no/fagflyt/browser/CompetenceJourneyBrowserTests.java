package no.fagflyt.browser;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;

import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementScope;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.Role;
import no.fagflyt.support.CompetenceFixture;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The employee assesses herself, the leader validates, and the unit matrix shows it; axe on every page. */
class CompetenceJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    RequirementProfiles requirements;

    Account leader;

    Account employee;

    Unit section;

    @BeforeEach
    void organisation() {
        Unit root = organisations.organisation("Kompetansesykehuset");
        section = organisations.unit(root, "Kontortjeneste lunge", UnitKind.SEKSJON);
        leader = organisations.account(organisations.person(section, "Lise", "Lund"), Role.LEDER, section);
        employee = organisations.account(organisations.person(section, "Siri", "Sand"), Role.MEDARBEIDER, null);
        var adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        FrameworkVersion framework = competences.publishedFramework(adviser, "Ventelistebehandling");
        done(requirements.require(OrganisationFixture.userOf(leader), RequirementScope.UNIT,
                String.valueOf(section.id()), competences.competenceId(framework, "C1"), 3));
    }

    @Test
    void employeeAssessesHerselfLeaderValidatesAndTheMatrixShowsIt() {
        logIn(employee.username(), OrganisationFixture.PASSWORD);
        visit("/min-kompetanse");
        assertThat(heading()).isEqualTo("Min kompetanse");
        assertThat(browser.findElement(By.id("required")).getText()).contains("Ventelistebehandling", "Ikke vurdert");

        submit(browser.findElement(By.cssSelector("#required a[aria-label='Vurder Ventelistebehandling']")));
        assertThat(heading()).isEqualTo("Vurder deg selv: Ventelistebehandling");
        submit(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        assertThat(pageText()).contains("Velg nivå.");

        browser.findElement(By.cssSelector("input[type=radio][value='3']")).click();
        browser.findElement(By.id("comment")).sendKeys("Har hatt ansvar for ventelisten i ett år");
        submit(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        assertThat(pageText()).contains("Egenvurderingen er lagret");
        assertThat(browser.findElement(By.id("required")).getText()).contains("Oppfylt, ikke validert");
        logOut();

        logIn(leader.username(), OrganisationFixture.PASSWORD);
        visit("/kompetanse/enheter/" + section.id());
        assertThat(browser.findElement(By.id("matrix")).getText()).contains("Sand, Siri", "Oppfylt, ikke validert");
        submit(browser.findElement(By.linkText("Sand, Siri")));
        submit(browser.findElement(By.cssSelector("#required a[aria-label='Valider Ventelistebehandling']")));
        browser.findElement(By.cssSelector("input[type=radio][value='2']")).click();
        submit(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        assertThat(pageText()).contains("Skriv en begrunnelse");

        browser.findElement(By.cssSelector("input[type=radio][value='3']")).click();
        submit(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        assertThat(pageText()).contains("Valideringen er lagret");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Validert av leder", "Egenvurdering");

        visit("/kompetanse/enheter/" + section.id());
        assertThat(browser.findElement(By.id("matrix")).getText()).contains("Oppfylt", "Nivå 3 av 3")
            .doesNotContain("ikke validert");

        submit(browser.findElement(By.linkText("Kompetansekrav for enheten")));
        assertThat(heading()).isEqualTo("Kompetansekrav – Enhet: Kontortjeneste lunge");
        submit(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Velg en kompetanse.");
        var level = browser.findElement(By.cssSelector("#requirements input[name=level]"));
        level.clear();
        level.sendKeys("2");
        submit(browser.findElement(By.cssSelector("#requirements button[aria-label='Endre nivå for Ventelistebehandling']")));
        assertThat(pageText()).contains("Kravet til Ventelistebehandling er endret.");
        assertThat(browser.findElement(By.id("requirements")).getText()).contains("Ventelistebehandling");

        visit("/kompetanse/enheter/" + section.id() + "/oppgaver");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("taskId"))).selectByVisibleText("Sentralbord");
        submit(browser.findElement(By.cssSelector("form.stacked button[type=submit].button:not(.button--secondary)")));
        assertThat(pageText()).contains("Oppgaven er tatt i bruk.");
        browser.findElement(By.xpath("//label[span='Sand, Siri' or span='Siri Sand']/input")).click();
        submit(browser.findElement(By.cssSelector("button[aria-label='Lagre utførere av Sentralbord']")));
        assertThat(pageText()).contains("Utførerne er lagret.");
        visit("/kompetanse/enheter/" + section.id());
        assertThat(browser.findElement(By.id("task-coverage")).getText()).contains("Sentralbord",
                "Sårbar: færre enn to kan utføre oppgaven");
    }

}
