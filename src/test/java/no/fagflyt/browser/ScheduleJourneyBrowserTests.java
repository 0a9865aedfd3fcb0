package no.fagflyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import no.fagflyt.council.CouncilFixture;
import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chair sets the council's rhythm (third Tuesday of the month), previews 2033, when 17 May is such a
 * Tuesday, and confirms; the meetings appear on the body page with the schedule in words. Every page passes axe.
 */
class ScheduleJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    CouncilFixture fixture;

    @Test
    void theChairSetsARhythmPreviewsTheDatesAndCreatesTheMeetings() {
        Council council = fixture.council();
        logIn(council.chair().getUsername(), OrganisationFixture.PASSWORD);
        visit("/rad/" + council.body().id());
        submit(browser.findElement(By.linkText("Møteplan")));
        assertThat(pageText()).contains("Ingen fast møteplan er satt.");

        replace(browser.findElement(By.id("title")), "Rådsmøte");
        new Select(browser.findElement(By.id("weekOrdinal"))).selectByVisibleText("Tredje");
        new Select(browser.findElement(By.id("weekday"))).selectByVisibleText("Tirsdag");
        replace(browser.findElement(By.id("endTime")), "08:00");
        browser.findElement(By.id("location")).sendKeys("Møterom Tønsberg 1");
        submit(browser.findElement(By.xpath("//button[text()='Lagre møteplanen']")));
        assertThat(browser.findElement(By.id("endTime-error")).getText()).isEqualTo("Sluttiden må være etter starttiden.");

        replace(browser.findElement(By.id("endTime")), "11:00");
        submit(browser.findElement(By.xpath("//button[text()='Lagre møteplanen']")));
        assertThat(pageText()).contains("Møteplanen er lagret.",
                "Møteplan: tredje tirsdag hver måned kl. 09.00–11.00");

        replace(browser.findElement(By.id("periodFrom")), "01.01.2033");
        replace(browser.findElement(By.id("periodTo")), "31.12.2033");
        submit(browser.findElement(By.xpath("//button[text()='Forhåndsvis']")));
        String dates = browser.findElement(By.id("preview-dates")).getText();
        assertThat(dates).contains("Onsdag 18.05.2033", "Flyttet fra 17.05 – helligdag (Grunnlovsdag)",
                "Juli hoppet over", "Tirsdag 18.01.2033", "Opprettes", "Hoppes over");

        submit(browser.findElement(By.xpath("//button[text()='Opprett 11 møter']")));
        assertThat(heading()).isEqualTo(council.body().name());
        assertThat(pageText()).contains("11 møter er opprettet fra møteplanen.",
                "Møteplan: tredje tirsdag hver måned kl. 09.00–11.00");
        assertThat(browser.findElement(By.id("meetings")).getText()).contains("Rådsmøte 18.05.2033 kl. 09.00",
                "Rådsmøte 20.12.2033 kl. 09.00");

        // Previewing the same year again shows every date as existing, and offers nothing to create.
        visit("/rad/" + council.body().id() + "/moteplan/forhandsvisning?periodFrom=01.01.2033&periodTo=31.12.2033");
        assertThat(browser.findElement(By.id("preview-dates")).getText()).contains("Finnes allerede");
        assertThat(browser.findElement(By.id("nothing-to-create")).getText()).contains("ingenting nytt å opprette");
    }

    private static void replace(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

}
