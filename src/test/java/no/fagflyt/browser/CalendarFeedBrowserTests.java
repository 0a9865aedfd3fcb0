package no.fagflyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.Role;
import no.fagflyt.support.ICalendarParser;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An employee switches the calendar feed on from Min side, a calendar client (here a plain HTTP client
 * without the session) fetches it, a new link revokes the old, and switching off ends it; axe on every page.
 */
class CalendarFeedBrowserTests extends BrowserTestSupport {

    private final HttpClient client = HttpClient.newHttpClient();

    @Autowired
    OrganisationFixture organisations;

    Account employee;

    @BeforeEach
    void employee() {
        Unit root = organisations.organisation("Abonnementsklinikken");
        Unit section = organisations.unit(root, "Kontortjeneste øye", UnitKind.SEKSJON);
        employee = organisations.account(organisations.person(section, "Anne", "Abonnent"), Role.MEDARBEIDER, null);
    }

    @Test
    void employeeSwitchesTheFeedOnRenewsItAndSwitchesItOff() throws Exception {
        logIn(employee.username(), OrganisationFixture.PASSWORD);
        visit("/min-side");
        assertThat(browser.findElement(By.id("kalender")).getText()).isEqualTo("Kalenderabonnement");

        submit(browser.findElement(By.xpath("//button[normalize-space()='Slå på kalenderabonnement']")));
        assertThat(pageText()).contains("Kalenderabonnementet er slått på", "Outlook", "Google Kalender",
                "Apple Kalender");
        String first = browser.findElement(By.id("calendar-feed-url")).getAttribute("value");
        assertThat(first).matches(url("/kalender/") + "[A-Za-z0-9_-]{43}\\.ics");
        assertThat(browser.findElement(By.id("calendar-feed-webcal")).getAttribute("href"))
            .isEqualTo(first.replace("http://", "webcal://"));
        HttpResponse<byte[]> fetched = fetch(first);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(ICalendarParser.parse(fetched.body()).text("X-WR-CALNAME")).isEqualTo("Fagflyt");

        visit("/min-side");
        assertThat(pageText()).contains("Kalenderabonnementet er på", "Sist hentet");
        assertThat(browser.findElements(By.id("calendar-feed-url"))).isEmpty();

        submit(browser.findElement(By.xpath("//button[normalize-space()='Lag ny lenke']")));
        String second = browser.findElement(By.id("calendar-feed-url")).getAttribute("value");
        assertThat(second).isNotEqualTo(first);
        assertThat(fetch(first).statusCode()).isEqualTo(404);
        assertThat(fetch(second).statusCode()).isEqualTo(200);

        submit(browser.findElement(By.xpath("//button[normalize-space()='Slå av kalenderabonnement']")));
        assertThat(pageText()).contains("Kalenderabonnementet er slått av");
        assertThat(browser.findElement(By.xpath("//button[normalize-space()='Slå på kalenderabonnement']"))
            .isDisplayed()).isTrue();
        assertThat(fetch(second).statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> fetch(String link) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

}
