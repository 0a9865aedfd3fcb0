package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.body.Member;
import no.fagflyt.council.body.MemberRole;
import no.fagflyt.council.body.Seat;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Outcome;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A body's name, mandate and seats are kept by its leader and secretary (and the administrator), not by a
 * plain member; ending a seat never rewrites its history. Enforced in the service and over HTTP.
 */
@IntegrationTest
class BodyMembershipRulesTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilBodies bodies;

    Council council;

    /** A plain member of the body (role MEDLEM), who is no leader or secretary. */
    CurrentUser plainMember;

    long plainSeat;

    long chairSeat;

    String page;

    @BeforeEach
    void council() {
        council = fixture.council();
        plainMember = council.secondEmployee();
        plainSeat = seat(plainMember.personId(), LocalDate.now().minusMonths(1), null);
        chairSeat = seatOf(council.chairPerson().id()).id();
        page = "/rad/" + council.body().id();
    }

    private long seat(Long personId, LocalDate start, LocalDate end) {
        return OrganisationFixture.done(bodies.addMember(CouncilFixture.ADMIN, council.body().id(), personId,
                council.clinicB().id(), MemberRole.MEDLEM, Seat.KLINIKK, start, end));
    }

    private Member seatOf(long personId) {
        return bodies.members(council.body().id()).stream().filter(m -> m.personId() == personId).findFirst()
            .orElseThrow();
    }

    private Member seat(long memberId) {
        return bodies.members(council.body().id()).stream().filter(m -> m.id() == memberId).findFirst().orElseThrow();
    }

    private MockHttpServletRequestBuilder edit() {
        Body body = bodies.body(council.body().id());
        return post(page + "/endre").with(csrf()).param("name", "Kapret råd").param("mandate", "Kapret mandat.")
            .param("meetingRhythm", "Aldri").param("version", String.valueOf(body.version()));
    }

    private MockHttpServletRequestBuilder end(long memberId) {
        return post(page + "/medlemmer/" + memberId + "/avslutt").with(csrf());
    }

    @Test
    void aPlainMemberCannotEditTheMandateNorEndOthersSeats() throws Exception {
        Body before = bodies.body(council.body().id());
        mvc.perform(get(page + "/endre").with(user(plainMember))).andExpect(status().isForbidden());
        mvc.perform(edit().with(user(plainMember))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> bodies.describe(plainMember, before.id(), before.version(), "Kapret råd", "X", "X"))
            .isInstanceOf(AccessDeniedProblem.class);

        mvc.perform(end(chairSeat).with(user(plainMember))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> bodies.endMembership(plainMember, before.id(), chairSeat))
            .isInstanceOf(AccessDeniedProblem.class);

        // Nor seat someone (themselves as leader, say), which would open the rest.
        mvc.perform(post(page + "/medlemmer").with(user(plainMember)).with(csrf())
            .param("personId", String.valueOf(plainMember.personId()))
            .param("unitId", String.valueOf(council.clinicB().id())).param("role", "LEDER").param("seat", "KLINIKK")
            .param("termStart", LocalDate.now().format(DAY)))
            .andExpect(status().isForbidden());

        Body after = bodies.body(before.id());
        assertThat(after.mandate()).isEqualTo(before.mandate());
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(seat(chairSeat).termEnd()).isNull();
        assertThat(bodies.members(before.id())).hasSize(2);
        mvc.perform(get(page).with(user(plainMember)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.not(Matchers.containsString("Endre navn og mandat"))))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Avslutt medlemskapet til Randi"))));
    }

    @Test
    void anEmployeeAnOutsiderAndALoggedOutVisitorCannotEitherButTheChairCan() throws Exception {
        for (CurrentUser refused : List.of(council.employee(), council.outsider())) {
            mvc.perform(edit().with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(end(plainSeat).with(user(refused))).andExpect(status().isForbidden());
        }
        mvc.perform(edit()).andExpect(redirectedUrl("/login"));
        mvc.perform(end(plainSeat)).andExpect(redirectedUrl("/login"));
        assertThat(seat(plainSeat).termEnd()).isNull();

        mvc.perform(end(plainSeat).with(user(council.chair()))).andExpect(redirectedUrl(page + "#members"));
        assertThat(seat(plainSeat).termEnd()).isEqualTo(LocalDate.now());
    }

    @Test
    void aPlainMemberMayEndTheirOwnSeat() throws Exception {
        mvc.perform(end(plainSeat).with(user(plainMember))).andExpect(redirectedUrl(page + "#members"));
        assertThat(seat(plainSeat).termEnd()).isEqualTo(LocalDate.now());
    }

    @Test
    void anEndedSeatKeepsTheDayItEnded() throws Exception {
        LocalDate ended = LocalDate.now().minusMonths(2);
        long former = seat(council.employeePerson().id(), LocalDate.now().minusYears(1), ended);

        Outcome<LocalDate> outcome = bodies.endMembership(council.chair(), council.body().id(), former);
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("member.error.alreadyEnded"));
        var flash = mvc.perform(end(former).with(user(council.chair()))).andExpect(redirectedUrl(page + "#members"))
            .andReturn()
            .getFlashMap();
        assertThat(seat(former).termEnd()).isEqualTo(ended);
        mvc.perform(get(page).with(user(council.chair())).flashAttrs(flash))
            .andExpect(content().string(Matchers.containsString(
                    "Medlemskapet til Eva Medarbeider ble avsluttet " + ended.format(DAY) + ", og sluttdatoen endres ikke.")));
    }

    @Test
    void aFutureSeatCannotEndBeforeItStarts() throws Exception {
        LocalDate start = LocalDate.now().plusMonths(1);
        long future = seat(council.employeePerson().id(), start, null);

        Outcome<LocalDate> outcome = bodies.endMembership(council.chair(), council.body().id(), future);
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.field()).isEqualTo("termEnd");
            assertThat(refused.messageKey()).isEqualTo("member.error.endBeforeStart");
        });
        var flash = mvc.perform(end(future).with(user(council.chair()))).andExpect(redirectedUrl(page + "#members"))
            .andReturn()
            .getFlashMap();
        assertThat(seat(future).termEnd()).isNull();
        assertThat(seat(future).termStart()).isEqualTo(start);
        mvc.perform(get(page).with(user(council.chair())).flashAttrs(flash))
            .andExpect(content().string(Matchers.containsString("Medlemskapet til Eva Medarbeider starter "
                    + start.format(DAY) + ". Til-datoen kan ikke være før det starter.")));
    }

}
