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
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditLogPageTests {

    private static final CurrentUser ADMIN = new CurrentUser(-1, "revisor", null, null, "Revisor",
            Set.of(Role.ADMINISTRATOR), true, false);

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

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

}
