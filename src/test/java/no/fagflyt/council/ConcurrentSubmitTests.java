package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.council.meeting.MeetingStatus;
import no.fagflyt.platform.Flash;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Two people press the same button at the same moment: both get an ordinary answer (the result, or the
 * conflict message for the one who came second), never a server error.
 */
@IntegrationTest
class ConcurrentSubmitTests {

    private static final int ROUNDS = 4;

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    MockMvc mvc;

    @Test
    void markingAMeetingHeldTwiceAtOnceEndsHeldWithoutAServerError() throws Exception {
        Council council = fixture.council();
        for (int round = 0; round < ROUNDS; round++) {
            Meeting meeting = plannedMeeting(council, round);
            List<MvcResult> answers = twiceAtOnce(council, "/moter/" + meeting.id() + "/avholdt");
            assertOrdinaryAnswers(answers);
            assertThat(meetings.load(meeting.id()).status()).isEqualTo(MeetingStatus.AVHOLDT);
        }
    }

    @Test
    void publishingMinutesTwiceAtOnceEndsPublishedWithoutAServerError() throws Exception {
        Council council = fixture.council();
        for (int round = 0; round < ROUNDS; round++) {
            Meeting meeting = plannedMeeting(council, round);
            OrganisationFixture.done(meetings.markHeld(council.chair(), meeting.id()));
            List<MvcResult> answers = twiceAtOnce(council, "/moter/" + meeting.id() + "/publiser");
            assertOrdinaryAnswers(answers);
            assertThat(meetings.load(meeting.id()).isPublished()).isTrue();
        }
    }

    private Meeting plannedMeeting(Council council, int round) {
        LocalDateTime start = LocalDateTime.now().minusDays(round + 1L).withHour(10).withMinute(0);
        return OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Samtidig " + round,
                start, start.plusHours(1), "Møterom"));
    }

    private List<MvcResult> twiceAtOnce(Council council, String path) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MvcResult>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return mvc.perform(post(path).with(user(council.chair())).with(csrf())
                        .header("Referer", "http://localhost/moter")).andReturn();
                }));
            }
            start.countDown();
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        }
        finally {
            threads.shutdownNow();
        }
    }

    private static void assertOrdinaryAnswers(List<MvcResult> answers) {
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.getResponse().getStatus()).as("status").isLessThan(500);
            Flash error = (Flash) answer.getFlashMap().get("flashError");
            if (error != null) {
                assertThat(error.key()).isEqualTo("form.conflict");
            }
        });
    }

}
