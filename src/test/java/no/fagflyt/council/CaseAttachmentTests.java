package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.cases.CaseAttachment;
import no.fagflyt.council.cases.CaseAttachments;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.support.IntegrationTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Files attached to a case: what is accepted, what is refused and who may download. */
@IntegrationTest
class CaseAttachmentTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CaseAttachments attachments;

    Council council;

    CouncilCase confidential;

    @BeforeEach
    void council() {
        council = fixture.council();
        confidential = fixture.submit(council, council.employee(), "Konfidensiell sak med vedlegg", true);
    }

    @Test
    void theSubmitterAttachesAPdfAndAMemberDownloadsIt() throws Exception {
        upload(council.employee(), "notat.pdf", "application/pdf", PDF)
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/saker/" + confidential.id() + "#attachments"));
        CaseAttachment attachment = attachments.attachments(confidential.id()).get(0);
        assertThat(attachment.fileName()).isEqualTo("notat.pdf");
        assertThat(attachment.sizeBytes()).isEqualTo(PDF.length);

        mvc.perform(get("/saker/" + confidential.id()).with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("notat.pdf")));
        mvc.perform(get("/saker/" + confidential.id() + "/vedlegg/" + attachment.id()).with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
            .andExpect(header().string("Content-Disposition", Matchers.containsString("notat.pdf")))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(content().bytes(PDF));
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithAFieldError() throws Exception {
        byte[] big = new byte[(int) CaseAttachments.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        refused(upload(council.chair(), "stor.pdf", "application/pdf", big), "Filen er for stor");
    }

    @Test
    void anExecutableIsRefused() throws Exception {
        refused(upload(council.chair(), "program.exe", "application/octet-stream", "MZ\u0090\u0000".getBytes(
                StandardCharsets.ISO_8859_1)), "program eller skript");
        refused(upload(council.chair(), "skript.ps1", "text/plain", "Write-Host hei".getBytes(StandardCharsets.UTF_8)),
                "program eller skript");
    }

    @Test
    void aRenamedExecutableIsRefusedByItsContent() throws Exception {
        refused(upload(council.chair(), "rapport.pdf", "application/pdf",
                "MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1)), "program eller skript");
        refused(upload(council.chair(), "liste.txt", "text/plain",
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)), "program eller skript");
        refused(upload(council.chair(), "side.pdf", "application/pdf",
                "\n  <HTML><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), "program eller skript");
    }

    @Test
    void aNonMemberCannotDownloadAConfidentialCasesAttachment() throws Exception {
        upload(council.employee(), "notat.pdf", "application/pdf", PDF).andExpect(status().is3xxRedirection());
        long id = attachments.attachments(confidential.id()).get(0).id();
        mvc.perform(get("/saker/" + confidential.id() + "/vedlegg/" + id).with(user(council.secondEmployee())))
            .andExpect(status().isForbidden());
        mvc.perform(get("/saker/" + confidential.id() + "/vedlegg/" + id).with(user(council.outsider())))
            .andExpect(status().isForbidden());
    }

    @Test
    void anEmployeeWhoIsNeitherMemberNorSubmitterCannotAttach() throws Exception {
        CouncilCase open = fixture.submit(council, council.employee(), "Åpen sak", false);
        mvc.perform(multipart("/saker/" + open.id() + "/vedlegg")
            .file(new MockMultipartFile("file", "notat.pdf", "application/pdf", PDF))
            .with(user(council.secondEmployee())).with(csrf())).andExpect(status().isForbidden());
        assertThat(attachments.attachments(open.id())).isEmpty();
    }

    private ResultActions upload(CurrentUser who, String name, String type, byte[] content) throws Exception {
        return mvc.perform(multipart("/saker/" + confidential.id() + "/vedlegg")
            .file(new MockMultipartFile("file", name, type, content))
            .with(user(who)).with(csrf()));
    }

    private void refused(ResultActions result, String message) throws Exception {
        result.andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("attachmentForm", "file"))
            .andExpect(content().string(Matchers.containsString(message)))
            .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
        assertThat(attachments.attachments(confidential.id())).isEmpty();
    }

}
