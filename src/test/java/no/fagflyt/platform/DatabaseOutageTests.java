package no.fagflyt.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

import no.fagflyt.support.TcpProxy;

import org.awaitility.Awaitility;
import org.h2.tools.Server;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Takes the database off the network under the running application and brings it back: the person sees
 * the Norwegian "try again shortly" page meanwhile, and the application recovers without a restart. The
 * cut is a TCP proxy in front of the test database: PostgreSQL when the suite runs on it, otherwise an
 * H2 server of this test's own.
 */
@SpringBootTest(properties = "fagflyt.demo.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseOutageTests {

    private static final CurrentUser ADMIN = new CurrentUser(-1, "drift", null, null, "Drift",
            Set.of(Role.ADMINISTRATOR), true, false);

    private static final String POSTGRES_URL = System.getenv("FAGFLYT_TEST_DB_URL");

    private static Server h2Server;

    private static TcpProxy proxy;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        if (POSTGRES_URL != null && POSTGRES_URL.startsWith("jdbc:postgresql:")) {
            URI target = URI.create(POSTGRES_URL.substring("jdbc:".length()));
            proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
            String viaProxy = POSTGRES_URL.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
            registry.add("spring.datasource.url", () -> viaProxy);
        }
        else {
            h2Server = startH2();
            proxy = new TcpProxy("127.0.0.1", h2Server.getPort());
            registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/outage"
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    @Test
    void showsTryAgainShortlyWhileTheDatabaseIsGoneAndRecoversWhenItIsBack() throws Exception {
        mvc.perform(get("/organisasjon").with(user(ADMIN))).andExpect(status().isOk());

        proxy.cut();
        mvc.perform(get("/organisasjon").with(user(ADMIN)))
            .andExpect(status().isServiceUnavailable())
            .andExpect(content().string(Matchers.containsString("Prøv igjen om litt")));

        // Connections broken by the outage are dropped by the pool as it next validates them; without any
        // restart the pages come back within seconds.
        proxy.restore();
        Awaitility.await()
            .atMost(Duration.ofSeconds(15))
            .pollInterval(Duration.ofMillis(300))
            .untilAsserted(() -> mvc.perform(get("/organisasjon").with(user(ADMIN))).andExpect(status().isOk()));
    }

    @AfterAll
    static void stopServers() throws IOException {
        proxy.close();
        if (h2Server != null) {
            h2Server.stop();
        }
    }

    private static Server startH2() throws IOException, SQLException {
        return Server.createTcpServer("-tcpPort", "0", "-baseDir",
                Files.createTempDirectory("fagflyt-outage").toString(), "-ifNotExists").start();
    }

}
