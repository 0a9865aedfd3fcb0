package no.fagflyt.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;

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
 * Takes a real database server away under the running application and brings it back: the person sees
 * the Norwegian "try again shortly" page meanwhile, and the application recovers without a restart.
 * Uses its own H2 server over TCP (on every test run, also the PostgreSQL one) because only a server
 * we own can be stopped and started from the test.
 */
@SpringBootTest(properties = "fagflyt.demo.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseOutageTests {

    private static final int PORT = freePort();

    private static final Path DIRECTORY = temporaryDirectory();

    private static Server server = start();

    private static final CurrentUser ADMIN = new CurrentUser(-1, "drift", null, null, "Drift",
            Set.of(Role.ADMINISTRATOR), true, false);

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + PORT + "/outage"
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    @Test
    void showsTryAgainShortlyWhileTheDatabaseIsGoneAndRecoversWhenItIsBack() throws Exception {
        mvc.perform(get("/organisasjon").with(user(ADMIN))).andExpect(status().isOk());

        server.stop();
        mvc.perform(get("/organisasjon").with(user(ADMIN)))
            .andExpect(status().isServiceUnavailable())
            .andExpect(content().string(Matchers.containsString("Prøv igjen om litt")));

        server = start();
        mvc.perform(get("/organisasjon").with(user(ADMIN))).andExpect(status().isOk());
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    private static Server start() {
        try {
            return Server.createTcpServer("-tcpPort", String.valueOf(PORT), "-baseDir", DIRECTORY.toString(),
                    "-ifNotExists").start();
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("fagflyt-outage");
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
