package no.fagflyt.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import no.fagflyt.organisation.OrganisationKind;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.PersonRepository;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.organisation.internal.UnitAdministration;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;
import no.fagflyt.support.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EmployeeImportControllerTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final String CSV = """
            Ansattnummer;Fornavn;Etternavn;Yrkesgruppe;Stillingstittel;Enhetskode;Stillingsprosent;Startdato\r
            W-1;Kari;Nordmann;Helsesekretær;Helsesekretær;AVD;100;01.09.2020\r
            W-2;Åse;Ødegård;Sekretær;Sekretær;AVD;80;01.09.2021\r
            """;

    private final CurrentUser administrator = new CurrentUser(-2, "import-web-admin", null, null, "Import Admin",
            Set.of(Role.ADMINISTRATOR), true, false);

    private final CurrentUser employee = new CurrentUser(-3, "import-web-employee", null, null, "Ansatt",
            Set.of(Role.MEDARBEIDER), true, false);

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitAdministration unitAdministration;

    @Autowired
    PersonRepository people;

    private long organisationId;

    @BeforeEach
    void createOrganisation() {
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(administrator, null,
                    administrator.getAuthorities()));
        try {
            var root = (Outcome.Done<Unit>) unitAdministration.createOrganisation("Webimport " + UUID.randomUUID(),
                    OrganisationKind.KOMMUNE, null, "ROOT");
            unitAdministration.createUnit(root.value().id(), "AVD", "Avdeling", UnitKind.AVDELING, LocalDate.now(NorwegianTime.ZONE));
            organisationId = root.value().organisationId();
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void uploadPreviewAndConfirmImportsTheFile() throws Exception {
        mvc.perform(get("/admin/import").with(user(administrator)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Forhåndsvis")))
            .andExpect(content().string(containsString("Last ned mal")));

        String preview = upload(CSV).andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        assertThat(preview).startsWith("/admin/import/").endsWith("?organisasjon=" + organisationId);

        mvc.perform(get(preview).with(user(administrator)))
            .andExpect(status().isOk())
            .andExpect(view().name(EmployeeImportController.PREVIEW_VIEW))
            .andExpect(content().string(containsString("2 nye, 0 endret, 0 uendret.")))
            .andExpect(content().string(containsString("Importer 2 ansatte")))
            .andExpect(content().string(not(containsString("role=\"alert\""))));

        String token = preview.substring("/admin/import/".length(), preview.indexOf('?'));
        mvc.perform(post("/admin/import/" + token).param("organisationId", String.valueOf(organisationId))
            .with(user(administrator))
            .with(csrf()))
            .andExpect(redirectedUrl("/admin/import"))
            .andExpect(flash().attributeExists("flash"));

        assertThat(people.findByOrganisationId(organisationId)).hasSize(2);
        mvc.perform(get(preview).with(user(administrator))).andExpect(redirectedUrl("/admin/import"));
    }

    @Test
    void aBadRowIsShownWithLineAndFieldAndCannotBeImported() throws Exception {
        String preview = upload(CSV.replace("AVD;80;", "AVD;hundre;")).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(preview).with(user(administrator)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("role=\"alert\"")))
            .andExpect(content().string(
                    containsString("Linje 3, Stillingsprosent: «hundre» er ikke et tall mellom 1 og 100.")))
            .andExpect(content().string(not(containsString("Importer 2 ansatte"))));
    }

    @Test
    void anUnreadableFileOrMissingChoiceStaysOnTheUploadPageWithAMessage() throws Exception {
        upload("Ansattnummer;Fornavn\r\n1;Kari\r\n").andExpect(status().isOk())
            .andExpect(view().name(EmployeeImportController.UPLOAD_VIEW))
            .andExpect(content().string(containsString("Filen mangler kolonnen «Etternavn».")));

        mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "ansatte.xlsx", null,
                "ikke excel".getBytes(WINDOWS_1252)))
            .param("organisationId", String.valueOf(organisationId))
            .with(user(administrator))
            .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Filen ser ikke ut som et Excel-ark")));

        mvc.perform(multipart("/admin/import").with(user(administrator)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Velg organisasjonen filen gjelder.")))
            .andExpect(content().string(containsString("Velg en fil å laste opp.")));
    }

    @Test
    void aUtf16FileIsPreviewedAndAnEncryptedOneIsRefusedInNorwegian() throws Exception {
        String preview = uploadBytes("ansatte.txt", CSV.replace(';', '\t').getBytes(java.nio.charset.StandardCharsets.UTF_16))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        mvc.perform(get(preview).with(user(administrator)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("2 nye, 0 endret, 0 uendret.")))
            .andExpect(content().string(containsString("Ødegård")));

        byte[] ole2 = new byte[600];
        System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1 }, 0, ole2, 0, 8);
        uploadBytes("ansatte.xlsx", ole2).andExpect(status().isOk())
            .andExpect(view().name(EmployeeImportController.UPLOAD_VIEW))
            .andExpect(content().string(containsString("passordbeskyttet Excel-ark")))
            .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void theTemplateIsACsvForNorwegianExcel() throws Exception {
        byte[] body = mvc.perform(get("/admin/import/mal").with(user(administrator)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

        assertThat(new String(body, WINDOWS_1252)).startsWith("Ansattnummer;Fornavn;Etternavn;Yrkesgruppe;");
    }

    @Test
    void onlyAdministratorsMayImport() throws Exception {
        mvc.perform(get("/admin/import").with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                CSV.getBytes(WINDOWS_1252)))
            .param("organisationId", String.valueOf(organisationId))
            .with(user(employee))
            .with(csrf())).andExpect(status().isForbidden());
        assertThat(people.findByOrganisationId(organisationId)).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions uploadBytes(String name, byte[] content)
            throws Exception {
        return mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", name, null, content))
            .param("organisationId", String.valueOf(organisationId))
            .with(user(administrator))
            .with(csrf()));
    }

    private org.springframework.test.web.servlet.ResultActions upload(String csv) throws Exception {
        return mvc.perform(multipart("/admin/import")
            .file(new MockMultipartFile("file", "ansatte.csv", "text/csv", csv.getBytes(WINDOWS_1252)))
            .param("organisationId", String.valueOf(organisationId))
            .with(user(administrator))
            .with(csrf()));
    }

}
