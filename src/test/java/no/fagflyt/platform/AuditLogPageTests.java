package no.fagflyt.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditLogPageTests {

    private static final CurrentUser ADMIN = new CurrentUser(-1, "revisor", null, null, "Revisor",
            Set.of(Role.ADMINISTRATOR), true, false);

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    UserDetailsService users;

    @Test
    void administratorFiltersByUserActionAndType() throws Exception {
        String actor = OrganisationFixture.unique("les");
        String otherActor = OrganisationFixture.unique("endre");
        auditLog.recordAs(actor, null, AuditAction.READ, "PERSON", 4711, "Kari Nordmann", null);
        auditLog.recordAs(otherActor, null, AuditAction.UPDATE, "ENHET", 17, "Kontortjeneste", null);

        mvc.perform(get("/admin/logg").param("actor", actor).with(user(ADMIN)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Kari Nordmann")))
            .andExpect(content().string(Matchers.not(Matchers.containsString(otherActor))));

        mvc.perform(get("/admin/logg").param("action", "UPDATE").param("subjectType", "ENHET")
                .param("actor", otherActor).with(user(ADMIN)))
            .andExpect(content().string(Matchers.containsString("Kontortjeneste")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Kari Nordmann"))));

        // the filter reads days as the people using it do, in Norwegian time
        LocalDate osloToday = LocalDate.now(NorwegianTime.ZONE);
        String today = osloToday.toString();
        mvc.perform(get("/admin/logg").param("actor", actor).param("from", today).param("to", today).with(user(ADMIN)))
            .andExpect(content().string(Matchers.containsString("Kari Nordmann")));
        String tomorrow = osloToday.plusDays(2).toString();
        mvc.perform(get("/admin/logg").param("actor", actor).param("from", tomorrow).with(user(ADMIN)))
            .andExpect(content().string(Matchers.containsString("Ingen hendelser passer filteret.")));
    }

    @Test
    void showsWhoDidWhatInWordsWithThePersonsName() throws Exception {
        CurrentUser leader = (CurrentUser) users.loadUserByUsername("leder");
        String label = OrganisationFixture.unique("Enhet");
        auditLog.recordAs("leder", leader.accountId(), AuditAction.UPDATE, "ENHET", 17, label, null);

        String page = mvc.perform(get("/admin/logg").param("subjectId", "17").param("subjectType", "ENHET")
                .with(user(ADMIN)))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String row = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        row = row.substring(0, row.indexOf(label) + label.length());
        row = row.substring(row.lastIndexOf("<tr"));
        org.assertj.core.api.Assertions.assertThat(row)
            .contains(">" + leader.displayName() + "<")
            .contains("(brukernavn leder)")
            .contains(">Endret<")
            .contains(">Enhet<")
            .doesNotContain(">UPDATE<")
            .doesNotContain(">ENHET<");
        // the type filter offers the kinds of subjects by name too
        org.assertj.core.api.Assertions.assertThat(page).contains("<option value=\"ENHET\" selected=\"selected\">Enhet</option>");
    }

    @Test
    void whatFagflytDidByItselfIsShownAsFagflyt() throws Exception {
        String label = OrganisationFixture.unique("Nattjobb");
        auditLog.recordAs(AuditLog.SYSTEM, null, AuditAction.UPDATE, "KARTLEGGING", 5, label, null);

        mvc.perform(get("/admin/logg").param("actor", AuditLog.SYSTEM).param("subjectType", "KARTLEGGING")
                .with(user(ADMIN)))
            .andExpect(content().string(Matchers.containsString(">Fagflyt (automatisk)<")))
            .andExpect(content().string(Matchers.containsString(label)))
            .andExpect(content().string(Matchers.not(Matchers.containsString(">system<"))));
    }

    @Test
    void anActorWithoutAPersonIsShownByUsername() throws Exception {
        String actor = OrganisationFixture.unique("importjobb");
        auditLog.recordAs(actor, null, AuditAction.IMPORT, "ORGANISASJON", 3, "Importfil", null);

        mvc.perform(get("/admin/logg").param("actor", actor).with(user(ADMIN)))
            .andExpect(content().string(Matchers.containsString(">" + actor + "<")))
            .andExpect(content().string(Matchers.containsString(">Importert<")))
            .andExpect(content().string(Matchers.containsString(">Organisasjon<")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("(brukernavn " + actor))));
    }

}
