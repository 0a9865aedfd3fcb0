package no.fagflyt.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import no.fagflyt.support.IntegrationTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OperationsTests {

    private static final CurrentUser ADMIN = new CurrentUser(-1, "drift", null, null, "Drift",
            Set.of(Role.ADMINISTRATOR), true, false);

    private static final CurrentUser EMPLOYEE = new CurrentUser(-2, "ansatt-x", null, null, "Ansatt",
            Set.of(Role.MEDARBEIDER), true, false);

    @Autowired
    MockMvc mvc;

    @Test
    void healthIsOpenForLoadBalancers() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void prometheusMetricsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(user(EMPLOYEE))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user(ADMIN)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")))
            .andExpect(content().string(Matchers.containsString("hikaricp_connections")));
    }

}
