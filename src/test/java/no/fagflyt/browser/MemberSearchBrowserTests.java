package no.fagflyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import no.fagflyt.council.CouncilFixture;
import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The chair finds a colleague by typing part of her name and adds her to the council, all by keyboard. */
class MemberSearchBrowserTests extends BrowserTestSupport {

    @Autowired
    CouncilFixture fixture;

    @Test
    void aMemberIsFoundByTypingAndAddedWithTheKeyboard() {
        Council council = fixture.council();
        logIn(council.chair().getUsername(), OrganisationFixture.PASSWORD);
        visit("/rad/" + council.body().id());

        WebElement search = browser.findElement(By.id("personSok"));
        search.sendKeys("m");
        awaitStatus("Skriv minst to bokstaver.");
        search.sendKeys("edarb");
        awaitStatus("1 treff.");
        checkAccessibility();
        String radioId = "person-" + council.employeePerson().id();
        assertThat(browser.findElement(By.id("person-results")).getText()).contains("Eva Medarbeider",
                "Kontortjeneste A, Helsesekretær");

        // From the search field, past the search button, into the list of matches.
        search.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo(radioId);
        focused.sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id(radioId)).isSelected()).isTrue();

        WebElement unit = browser.findElement(By.id("unitId"));
        unit.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertThat(new Select(unit).getFirstSelectedOption().getText()).endsWith("Kontortjeneste A");
        browser.findElement(By.id("role")).sendKeys(Keys.ARROW_UP);
        WebElement add = browser.findElement(By.xpath("//form[@method='post']//button[text()='Legg til medlem']"));
        navigateBy(() -> add.sendKeys(Keys.ENTER));

        assertThat(pageText()).contains("Medlemmet er lagt til.");
        assertThat(browser.findElement(By.id("members")).getText()).contains("Eva Medarbeider", "Sekretær",
                "Kontortjeneste A");
    }

    private void awaitStatus(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(driver -> text.equals(driver.findElement(By.id("person-search-status")).getText()));
    }

}
