package no.fagflyt.competence.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Role;
import no.fagflyt.support.CompetenceFixture;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The export buttons and the upload, preview and confirm pages, with who may use them. */
@IntegrationTest
class FrameworkExchangeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    FrameworkQueries queries;

    CurrentUser adviser;

    CurrentUser employee;

    @BeforeEach
    void people() {
        Unit root = organisations.organisation("Eksportsykehuset");
        adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        employee = OrganisationFixture.userOf(
                organisations.account(organisations.person(root, "Kari", "Eksport"), Role.MEDARBEIDER, null));
    }

    @Test
    void theVersionPageOffersBothDownloadsAndEveryoneWhoCanReadItCanDownload() throws Exception {
        FrameworkVersion published = competences.publishedFramework(adviser, "Blodprøvetaking");
        mvc.perform(get("/kompetanse/rammeverk/versjoner/" + published.id()).with(user(employee)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Last ned som Moodle CSV")))
            .andExpect(content().string(containsString("Last ned som CASE JSON")));
        String code = queries.content(published.id()).code().toLowerCase(Locale.ROOT);
        MvcResult csv = mvc.perform(get("/kompetanse/rammeverk/versjoner/" + published.id() + "/eksport/moodle")
            .with(user(employee)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
            .andExpect(header().string("Content-Disposition", containsString(code + "-v1.csv")))
            .andReturn();
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Blodprøvetaking");
        mvc.perform(get("/kompetanse/rammeverk/versjoner/" + published.id() + "/eksport/case").with(user(employee)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/json;charset=UTF-8"))
            .andExpect(content().string(containsString("\"CFDocument\"")));
        mvc.perform(get("/kompetanse/rammeverk/versjoner/" + published.id() + "/eksport/pdf").with(user(employee)))
            .andExpect(status().isNotFound());
    }

    @Test
    void employeesAreRefusedAndVisitorsSentToLogIn() throws Exception {
        mvc.perform(get("/kompetanse/rammeverk/import").with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(multipart("/kompetanse/rammeverk/import").file(file("x.csv", "a".getBytes()))
            .with(user(employee)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/kompetanse/rammeverk/import/abc").with(user(employee)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/kompetanse/rammeverk").with(user(employee)))
            .andExpect(content().string(not(containsString("Importer rammeverk fra fil"))));
        mvc.perform(get("/kompetanse/rammeverk/import")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/kompetanse/rammeverk/versjoner/1/eksport/case")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aBadFileIsShownWithItsProblemsAndAGoodOneGoesThroughPreviewToANewDraft() throws Exception {
        mvc.perform(get("/kompetanse/rammeverk").with(user(adviser)))
            .andExpect(content().string(containsString("Importer rammeverk fra fil")));
        mvc.perform(get("/kompetanse/rammeverk/import").with(user(adviser))).andExpect(status().isOk());

        String code = OrganisationFixture.unique("WEB").replace("-", "_").toUpperCase(Locale.ROOT);
        String sample = FrameworkExchangeTests.moodleSample().replace(",PASKOORD,", "," + code + ",");
        byte[] bad = sample.replace("kommunikasjon,tolk,", "kommunikasjn,tolk,").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/kompetanse/rammeverk/import").file(file("feil.csv", bad)).with(user(adviser))
            .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Linje 10, kolonnen «Parent ID number»")))
            .andExpect(content().string(containsString("Ingenting er lagret.")))
            .andExpect(content().string(not(containsString("??"))));
        assertThat(queries.findByCode(code)).isEmpty();

        MvcResult upload = mvc.perform(multipart("/kompetanse/rammeverk/import")
            .file(file("pasientkoordinator.csv", sample.getBytes(StandardCharsets.UTF_8)))
            .with(user(adviser)).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
        String previewUrl = upload.getResponse().getRedirectedUrl();
        assertThat(previewUrl).startsWith("/kompetanse/rammeverk/import/");
        mvc.perform(get(previewUrl).with(user(adviser)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Pasientkoordinering")))
            .andExpect(content().string(containsString("2 områder og 5 kompetanser")))
            .andExpect(content().string(containsString("Nytt rammeverk, versjon 1 som utkast")))
            .andExpect(content().string(containsString("får typen Ferdighet")))
            .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get(previewUrl).with(user(employee))).andExpect(status().isForbidden());
        assertThat(queries.findByCode(code)).isEmpty();

        MvcResult confirmed = mvc.perform(post(previewUrl).with(user(adviser)).with(csrf()))
            .andExpect(redirectedUrlPattern("/kompetanse/rammeverk/versjoner/*"))
            .andReturn();
        assertThat(queries.findByCode(code)).isPresent();
        mvc.perform(get(confirmed.getResponse().getRedirectedUrl()).with(user(adviser)))
            .andExpect(content().string(containsString("Pasientkoordinering")));

        mvc.perform(post(previewUrl).with(user(adviser)).with(csrf()))
            .andExpect(redirectedUrl("/kompetanse/rammeverk/import"));
        mvc.perform(get(previewUrl).with(user(adviser))).andExpect(redirectedUrl("/kompetanse/rammeverk/import"));
    }

    @Test
    void noFileAndADiscardedFileGiveAPlainMessage() throws Exception {
        mvc.perform(multipart("/kompetanse/rammeverk/import").with(user(adviser)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Velg en fil å laste opp.")));
        String sample = FrameworkExchangeTests.moodleSample().replace(",PASKOORD,",
                "," + OrganisationFixture.unique("F").replace("-", "_").toUpperCase(Locale.ROOT) + ",");
        String previewUrl = mvc.perform(multipart("/kompetanse/rammeverk/import")
            .file(file("x.csv", sample.getBytes(StandardCharsets.UTF_8))).param("format", "MOODLE_CSV")
            .with(user(adviser)).with(csrf()))
            .andReturn().getResponse().getRedirectedUrl();
        assertThat(previewUrl).endsWith("?format=MOODLE_CSV");
        mvc.perform(post(previewUrl.replace("?format=MOODLE_CSV", "/forkast")).with(user(adviser)).with(csrf()))
            .andExpect(redirectedUrl("/kompetanse/rammeverk/import"));
        mvc.perform(get(previewUrl).with(user(adviser))).andExpect(redirectedUrl("/kompetanse/rammeverk/import"));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "text/csv", content);
    }

}
