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

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.council.cases.Escalation;
import no.fagflyt.council.cases.EscalationRecipient;
import no.fagflyt.council.cases.HistoryEntry;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The council takes a case to the professional director or the director's group, and later records the answer. */
@IntegrationTest
class EscalationTests {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilCases cases;

    @Autowired
    MockMvc mvc;

    Council council;

    CouncilCase councilCase;

    LocalDate today = LocalDate.now(NorwegianTime.ZONE);

    @BeforeEach
    void council() {
        council = fixture.council();
        councilCase = fixture.submit(council, council.employee(), "Sentralisering av skanning", false);
    }

    @Test
    void theEscalationAndTheAnswerAreKeptAndWrittenToTheHistory() {
        Escalation escalation = OrganisationFixture.done(cases.escalate(council.chair(), councilCase.id(),
                today.minusDays(10), EscalationRecipient.DLG, "Ber om beslutning om felles skanningssenter."));

        Escalation answered = OrganisationFixture.done(cases.recordAnswer(council.chair(), councilCase.id(),
                escalation.id(), today.minusDays(2), "DLG slutter seg til forslaget."));

        assertThat(answered.isAnswered()).isTrue();
        assertThat(cases.escalations(councilCase.id())).singleElement()
            .satisfies(e -> assertThat(e.answer()).isEqualTo("DLG slutter seg til forslaget."));
        assertThat(cases.history(councilCase.id())).extracting(HistoryEntry::kind).endsWith("ESKALERT", "SVAR");
        assertThat(cases.history(councilCase.id())).extracting(HistoryEntry::note)
            .anySatisfy(note -> assertThat(note).contains("Direktørens ledergruppe (DLG)",
                    "Ber om beslutning om felles skanningssenter."))
            .anySatisfy(note -> assertThat(note).contains("DLG slutter seg til forslaget."));
    }

    @Test
    void anAnswerIsRecordedOnceAndNeverDatedBeforeTheQuestion() {
        Escalation escalation = OrganisationFixture.done(cases.escalate(council.chair(), councilCase.id(),
                today.minusDays(3), EscalationRecipient.FAG_OG_FORSKNINGSDIREKTOR, "Spørsmål."));

        assertThat(cases.recordAnswer(council.chair(), councilCase.id(), escalation.id(), today.minusDays(4), "Svar."))
            .isEqualTo(Outcome.refused("answeredOn", "escalation.error.answerBeforeQuestion"));
        OrganisationFixture.done(cases.recordAnswer(council.chair(), councilCase.id(), escalation.id(), today, "Svar."));
        assertThat(cases.recordAnswer(council.chair(), councilCase.id(), escalation.id(), today, "Nytt svar."))
            .isEqualTo(Outcome.refused("answer", "escalation.error.alreadyAnswered"));
    }

    @Test
    void aRejectedCaseCannotBeEscalatedAndOnlyMembersMayEscalate() {
        assertThatThrownBy(() -> cases.escalate(council.employee(), councilCase.id(), today,
                EscalationRecipient.DLG, "Spørsmål.")).isInstanceOf(AccessDeniedProblem.class);
        OrganisationFixture.done(cases.reject(council.chair(), councilCase.id(), councilCase.version(), "Utenfor mandat."));
        assertThat(cases.escalate(council.chair(), councilCase.id(), today, EscalationRecipient.DLG, "Spørsmål."))
            .isEqualTo(Outcome.refused("recipient", "escalation.error.rejectedCase"));
    }

    @Test
    void theCasePageRecordsAnEscalationAndShowsFieldErrorsInNorwegian() throws Exception {
        mvc.perform(post("/saker/" + councilCase.id() + "/eskaler").param("recipient", "DLG")
            .param("escalatedOn", "31.02.2026").param("question", "x").with(user(council.chair())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Dato saken ble sendt: «31.02.2026» er ikke en gyldig dato.")));
        mvc.perform(post("/saker/" + councilCase.id() + "/eskaler").param("recipient", "DLG")
            .param("escalatedOn", "01.01.2026").param("question", " ").with(user(council.chair())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Feltet må fylles ut.")));
        mvc.perform(post("/saker/" + councilCase.id() + "/eskaler").param("recipient", "DLG")
            .param("escalatedOn", today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
            .param("question", "Ber om felles rutine.").with(user(council.chair())).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/saker/" + councilCase.id() + "#escalations"));
        mvc.perform(get("/saker/" + councilCase.id()).with(user(council.employee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Ber om felles rutine.")))
            .andExpect(content().string(Matchers.containsString("Venter på svar")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Registrer eskalering"))));
    }

}
