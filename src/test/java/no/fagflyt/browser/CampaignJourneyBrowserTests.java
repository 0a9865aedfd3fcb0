package no.fagflyt.browser;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import no.fagflyt.competence.campaign.Campaign;
import no.fagflyt.competence.campaign.CampaignBasis;
import no.fagflyt.competence.campaign.MappingCampaigns;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementScope;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Role;
import no.fagflyt.support.CompetenceFixture;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The leader starts a mapping, the employee finds it on Min side and answers, the leader follows the
 * responses, closes it and compares it with an earlier one; axe on every page.
 */
class CampaignJourneyBrowserTests extends BrowserTestSupport {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    RequirementProfiles requirements;

    @Autowired
    MappingCampaigns campaigns;

    Account leader;

    Account employee;

    Unit section;

    long waitingList;

    Campaign earlier;

    @BeforeEach
    void organisation() {
        Unit root = organisations.organisation("Kartleggingsklinikken");
        section = organisations.unit(root, "Kontortjeneste nyre", UnitKind.SEKSJON);
        leader = organisations.account(organisations.person(section, "Lise", "Lund"), Role.LEDER, section);
        employee = organisations.account(organisations.person(section, "Siri", "Sand"), Role.MEDARBEIDER, null);
        var adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        FrameworkVersion framework = competences.publishedFramework(adviser, "Ventelistebehandling", "Arkivering");
        waitingList = competences.competenceId(framework, "C1");
        var leaderUser = OrganisationFixture.userOf(leader);
        done(requirements.require(leaderUser, RequirementScope.UNIT, String.valueOf(section.id()), waitingList, 3));
        // an earlier mapping, so there is something to compare with once this one is closed
        earlier = done(campaigns.start(leaderUser, section.id(), "Forrige runde", LocalDate.now(NorwegianTime.ZONE),
                CampaignBasis.CHOSEN, Map.of(waitingList, 3)));
        done(campaigns.close(leaderUser, earlier.id(), earlier.version()));
    }

    @Test
    void leaderStartsEmployeeAnswersLeaderFollowsClosesAndCompares() {
        logIn(leader.username(), OrganisationFixture.PASSWORD);
        visit("/kompetanse/kartlegginger");
        assertThat(heading()).isEqualTo("Kartlegginger");
        submit(browser.findElement(By.cssSelector("a[aria-label='Start ny kartlegging i Kontortjeneste nyre']")));
        assertThat(heading()).isEqualTo("Start kartlegging i Kontortjeneste nyre");

        submit(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Skriv en tittel på kartleggingen.",
                "Skriv en frist.", "Velg hva som skal kartlegges.");

        browser.findElement(By.id("title")).sendKeys("Ventelister våren");
        browser.findElement(By.id("deadline")).sendKeys(LocalDate.now(NorwegianTime.ZONE).minusDays(1).format(NORWEGIAN));
        browser.findElement(By.cssSelector("input[name=basis][value=CHOSEN]")).click();
        submit(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        assertThat(browser.findElement(By.id("error-summary")).getText())
            .contains("Fristen kan ikke være tilbake i tid.");
        assertThat(browser.findElement(By.id("error-summary")).getText())
            .doesNotContain("Skriv en tittel");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Ventelister våren");

        WebElement deadline = browser.findElement(By.id("deadline"));
        deadline.clear();
        String due = LocalDate.now(NorwegianTime.ZONE).plusDays(14).format(NORWEGIAN);
        deadline.sendKeys(due);
        submit(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        assertThat(browser.findElement(By.id("error-summary")).getText())
            .contains("Velg minst én kompetanse med målnivå");

        new Select(browser.findElement(By.id("level-" + waitingList))).selectByValue("3");
        submit(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        assertThat(pageText()).contains("Kartleggingen «Ventelister våren» er startet.");
        assertThat(heading()).isEqualTo("Kartlegging: Ventelister våren");
        assertThat(browser.findElement(By.id("progress-text")).getText()).isEqualTo("0 av 2 har svart (0 %)");
        String progressPage = browser.getCurrentUrl();
        logOut();

        logIn(employee.username(), OrganisationFixture.PASSWORD);
        assertThat(heading()).isEqualTo("Min side");
        WebElement item = browser.findElement(By.linkText("Ventelister våren"));
        submit(item);
        assertThat(heading()).isEqualTo("Kartlegging: Ventelister våren");
        assertThat(browser.findElement(By.id("answer-sheet")).getText()).contains("Ventelistebehandling",
                "Ikke vurdert");

        submit(browser.findElement(By.cssSelector("#done-form button")));
        assertThat(browser.findElement(By.id("done-error")).getText())
            .isEqualTo("Du har ikke vurdert deg selv i: Ventelistebehandling. Vurder dem før du leverer.");

        submit(browser.findElement(By.cssSelector("button[aria-label='Lagre nivå for Ventelistebehandling']")));
        assertThat(pageText()).contains("Velg et nivå fra 1 til 4 på skalaen.");
        new Select(browser.findElement(By.id("answer-" + waitingList))).selectByValue("3");
        submit(browser.findElement(By.cssSelector("button[aria-label='Lagre nivå for Ventelistebehandling']")));
        assertThat(pageText()).contains("Nivået ditt i Ventelistebehandling er lagret.");
        assertThat(browser.findElement(By.id("answer-sheet")).getText()).contains("Oppfylt, ikke validert");

        submit(browser.findElement(By.cssSelector("#done-form button")));
        assertThat(heading()).isEqualTo("Min side");
        assertThat(pageText()).contains("Takk! Svaret ditt på «Ventelister våren» er levert.");
        assertThat(browser.findElements(By.linkText("Ventelister våren"))).isEmpty();
        logOut();

        logIn(leader.username(), OrganisationFixture.PASSWORD);
        browser.get(progressPage);
        checkAccessibility();
        assertThat(browser.findElement(By.id("progress-text")).getText()).isEqualTo("1 av 2 har svart (50 %)");
        assertThat(browser.findElement(By.id("participants")).getText()).contains("Siri Sand", "Ferdig",
                "Lise Lund", "Ikke startet");
        WebElement close = browser.findElement(By.cssSelector("#close-campaign button"));
        navigateBy(() -> {
            close.click();
            browser.switchTo().alert().accept();
        });
        assertThat(heading()).isEqualTo("Resultat: Ventelister våren");
        assertThat(pageText()).contains("Kartleggingen «Ventelister våren» er avsluttet");
        assertThat(browser.findElement(By.id("snapshot-counts")).getText()).contains("Ventelistebehandling");
        assertThat(browser.findElement(By.id("snapshot-people")).getText()).contains("Siri Sand",
                "Oppfylt, ikke validert");

        submit(browser.findElement(By.linkText("Sammenlign kartlegginger")));
        new Select(browser.findElement(By.id("first"))).selectByValue(String.valueOf(earlier.id()));
        new Select(browser.findElement(By.id("second"))).selectByIndex(1);
        submit(browser.findElement(By.cssSelector("#compare-form button[type=submit]")));
        assertThat(browser.findElement(By.id("compare-chart")).getAttribute("role")).isEqualTo("img");
        assertThat(browser.findElement(By.id("compare-lead")).getText()).startsWith("Da: Forrige runde");
        assertThat(browser.findElement(By.id("comparison")).getText()).contains("Ventelistebehandling",
                "Oppfylt, ikke validert 0 1 +1");

        useNarrowScreen();
        browser.get(progressPage);
        checkAccessibility();
        assertThat(browser.findElement(By.id("participants")).getText()).contains("Siri Sand");
    }

}
