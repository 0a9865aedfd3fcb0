package no.fagflyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import no.fagflyt.council.CouncilFixture;
import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An employee submits a case; the chair puts it on the agenda, writes minutes with a decision and an action, and
 * publishes; another employee reads the minutes and later finds the conclusion again through the search.
 */
class CouncilJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilMeetings meetings;

    @Test
    void aSubmittedCaseIsDecidedInAMeetingAndThePublishedMinutesShowTheDecision() {
        Council council = fixture.council();
        Meeting meeting = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Rådsmøte april",
                LocalDateTime.now(NorwegianTime.ZONE).minusMinutes(10), LocalDateTime.now(NorwegianTime.ZONE).plusMinutes(80), "Møterom Fag"));

        logIn(council.employee().getUsername(), OrganisationFixture.PASSWORD);
        visit("/rad/" + council.body().id());
        submit(browser.findElement(By.linkText("Meld inn sak")));
        browser.findElement(By.id("title")).sendKeys("Ulik registrering av henvisninger");
        browser.findElement(By.id("description")).sendKeys("Klinikkene registrerer mottaksdato ulikt.");
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("Registreringspraksis");
        submit(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        assertThat(pageText()).contains("Saken er meldt inn med nummer");
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Innmeldt");
        logOut();

        logIn(council.chair().getUsername(), OrganisationFixture.PASSWORD);
        visit("/moter/" + meeting.id());
        new Select(browser.findElement(By.id("caseId"))).selectByIndex(1);
        submit(browser.findElement(By.xpath("//button[text()='Legg til punkt på sakslisten']")));
        assertThat(browser.findElement(By.id("agenda")).getText()).contains("Ulik registrering av henvisninger");

        submit(browser.findElement(By.partialLinkText("Ulik registrering")));
        browser.findElement(By.id("discussion")).sendKeys("Tre klinikker bruker ulik dato.");
        browser.findElement(By.id("conclusion")).sendKeys("Rådet anbefaler ansiennitetsdato som mottaksdato.");
        browser.findElement(By.id("decision")).sendKeys("Felles rutine innføres fra juni.");
        submit(browser.findElement(By.xpath("//button[text()='Lagre referatet']")));
        assertThat(pageText()).contains("Referatet for punktet er lagret.");

        submit(browser.findElement(By.xpath("//button[text()='Legg til tiltak']")));
        assertThat(pageText()).contains("Velg hvem som er ansvarlig for tiltaket.");
        browser.findElement(By.id("description")).sendKeys("Skrive felles rutine");
        new Select(browser.findElement(By.id("ownerPersonId"))).selectByVisibleText("Randi Rådsleder");
        submit(browser.findElement(By.xpath("//button[text()='Legg til tiltak']")));
        assertThat(browser.findElement(By.id("actions")).getText()).contains("Skrive felles rutine", "Randi Rådsleder");

        visit("/moter/" + meeting.id());
        browser.findElement(By.cssSelector("#attendance input[type=checkbox]")).click();
        submit(browser.findElement(By.xpath("//button[text()='Lagre oppmøte']")));
        submit(browser.findElement(By.xpath("//button[text()='Marker møtet som avholdt']")));
        assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualTo("Avholdt");
        submit(browser.findElement(By.xpath("//button[text()='Publiser referatet']")));
        assertThat(heading()).isEqualTo("Referat: Rådsmøte april");
        assertThat(pageText()).contains("Rådet anbefaler ansiennitetsdato som mottaksdato.",
                "Felles rutine innføres fra juni.", "Randi Rådsleder");

        visit("/oppfolging");
        assertThat(browser.findElement(By.id("open-actions")).getText()).contains("Skrive felles rutine");

        // The group's own pages and the yearly report pass axe as well.
        visit("/rad/" + council.body().id() + "/erfaringer");
        browser.findElement(By.id("title")).sendKeys("Henvisning uten mottaksdato");
        browser.findElement(By.id("whatHappened")).sendKeys("En henvisning kom på papir uten dato.");
        browser.findElement(By.id("whatWeDid")).sendKeys("Vi ringte avsender.");
        submit(browser.findElement(By.xpath("//button[text()='Lagre notatet']")));
        assertThat(pageText()).contains("Erfaringsnotatet er lagret.", "En henvisning kom på papir uten dato.");
        // The author corrects the note, and then deletes it after being asked to confirm.
        By editLink = By.cssSelector("a[href^='/erfaringer/'][href$='/endre']");
        submit(browser.findElement(editLink));
        assertThat(heading()).isEqualTo("Endre erfaringsnotat");
        WebElement whatWeDid = browser.findElement(By.id("whatWeDid"));
        whatWeDid.clear();
        whatWeDid.sendKeys("Vi ringte avsender og fikk datoen.");
        submit(browser.findElement(By.xpath("//button[text()='Lagre endringene']")));
        assertThat(pageText()).contains("Erfaringsnotatet er endret.", "Vi ringte avsender og fikk datoen.");
        submit(browser.findElement(editLink));
        navigateBy(() -> {
            browser.findElement(By.xpath("//button[text()='Slett notatet']")).click();
            browser.switchTo().alert().accept();
        });
        assertThat(pageText()).contains("Erfaringsnotatet «Henvisning uten mottaksdato» er slettet.");
        assertThat(browser.findElements(editLink)).isEmpty();
        visit("/rad/" + council.body().id() + "/arsrapport");
        assertThat(browser.findElement(By.id("cases-by-category")).getText()).contains("Registreringspraksis");
        logOut();

        logIn(council.secondEmployee().getUsername(), OrganisationFixture.PASSWORD);
        visit("/moter/" + meeting.id() + "/referat");
        assertThat(pageText()).contains("Felles rutine innføres fra juni.");

        // Months later the conclusion is found again by searching for another form of the word.
        visit("/rad");
        browser.findElement(By.id("council-search")).sendKeys("ansiennitetsdatoen");
        submit(browser.findElement(By.cssSelector("form.search-box button[type=submit]")));
        assertThat(heading()).isEqualTo("Søk i råd og nettverk");
        String results = browser.findElement(By.id("search-results")).getText();
        assertThat(results).contains("Ulik registrering av henvisninger", "Rådet anbefaler ansiennitetsdato som mottaksdato.");
        assertThat(browser.findElements(By.cssSelector("#search-results mark"))).extracting(mark -> mark.getText())
            .contains("ansiennitetsdato");
        submit(browser.findElement(By.cssSelector("#search-results li a")));
        assertThat(pageText()).contains("Felles rutine innføres fra juni.");
    }

}
