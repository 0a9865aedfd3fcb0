package no.fagflyt.competence;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.fagflyt.competence.framework.CompetenceDraft;
import no.fagflyt.competence.framework.CompetenceKind;
import no.fagflyt.competence.framework.DemoFrameworks;
import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.framework.VersionStatus;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;
import no.fagflyt.support.CompetenceFixture;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;

/** A competence adviser builds a framework, publishes it, and revises it without changing what was published. */
@IntegrationTest
class FrameworkVersioningTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    FrameworkQueries queries;

    CurrentUser adviser;

    CurrentUser employee;

    @BeforeEach
    void people() {
        Unit root = organisations.organisation("Rammeverkssykehuset");
        adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        employee = OrganisationFixture.userOf(
                organisations.account(organisations.person(root, "Eva", "Ellingsen"), Role.MEDARBEIDER, null));
    }

    @Test
    void demoFrameworksArePublishedAtStartUpWithRealContent() {
        var office = queries.frameworks().stream().filter(f -> f.code().equals(DemoFrameworks.OFFICE)).findFirst();
        assertThat(office).isPresent();
        assertThat(office.get().publishedNumber()).isEqualTo(1);
        var details = queries.details(office.get().publishedVersionId());
        assertThat(details.areas()).extracting(FrameworkQueries.AreaView::name)
            .contains("Registreringspraksis i DIPS", "Personvern og taushetsplikt");
        assertThat(details.version().levels()).hasSize(4);
        assertThat(queries.frameworks()).extracting(FrameworkQueries.FrameworkSummary::code)
            .contains("PORTOR", "APOTEKTEKNIKER", "TEKNOLOGI");
    }

    @Test
    void publishingANewVersionRetiresTheOldOneButKeepsItReadable() {
        FrameworkVersion first = competences.publishedFramework(adviser, "Registrere henvisning", "Innkalling");
        FrameworkVersion second = done(catalogue.startNewVersion(adviser, first.frameworkId()));
        assertThat(second.number()).isEqualTo(2);
        assertThat(queries.details(second.id()).competenceCount()).isEqualTo(2);

        long areaId = queries.details(second.id()).areas().get(0).id();
        done(catalogue.addCompetence(adviser, second.id(), competences.version(second.id()), new CompetenceDraft(areaId,
                "C3", "Koding", null, CompetenceKind.KUNNSKAP, null, null, false, false)));
        done(catalogue.publish(adviser, second.id(), competences.version(second.id())));

        assertThat(queries.version(first.id()).status()).isEqualTo(VersionStatus.RETIRED);
        assertThat(queries.details(first.id()).competenceCount()).isEqualTo(2);
        assertThat(queries.details(second.id()).competenceCount()).isEqualTo(3);
        assertThat(queries.publishedVersion(first.frameworkId())).map(FrameworkVersion::id).contains(second.id());
    }

    @Test
    void aPublishedVersionCannotBeEdited() {
        FrameworkVersion published = competences.publishedFramework(adviser, "Sentralbord");
        Outcome<Long> outcome = catalogue.addArea(adviser, published.id(), competences.version(published.id()), "NY",
                "Nytt område");
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("competence.error.notDraft"));
    }

    @Test
    void aLevelMustExtendTheScaleWithoutGaps() {
        FrameworkVersion draft = done(catalogue.createFramework(adviser, OrganisationFixture.unique("S").replace("-", "_"),
                "Skalatest", null));
        assertThat(catalogue.describeLevel(adviser, draft.id(), competences.version(draft.id()), 7, "Ekspert", "Tekst"))
            .isInstanceOf(Outcome.Refused.class);
        done(catalogue.describeLevel(adviser, draft.id(), competences.version(draft.id()), 5, "Ekspert",
                "Utvikler faget i hele helseforetaket."));
        assertThat(queries.version(draft.id()).highestLevel()).isEqualTo(5);
    }

    @Test
    void twoEditorsOnTheSameDraftMeetAConflictInsteadOfOverwriting() {
        FrameworkVersion draft = done(catalogue.createFramework(adviser, OrganisationFixture.unique("K").replace("-", "_"),
                "Konflikttest", null));
        int seen = competences.version(draft.id());
        done(catalogue.addArea(adviser, draft.id(), seen, "A", "Første"));
        assertThatThrownBy(() -> catalogue.addArea(adviser, draft.id(), seen, "B", "Andre"))
            .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void adviserSeesAndEditsDraftsOnThePagesAndEmployeesCannotCreate() throws Exception {
        FrameworkVersion published = competences.publishedFramework(adviser, "Arkivering i Public 360");
        mvc.perform(get("/kompetanse/rammeverk").with(user(adviser)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Kontorfaglig kompetanse")));
        mvc.perform(get("/kompetanse/rammeverk/versjoner/" + published.id()).with(user(adviser)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Arkivering i Public 360")))
            .andExpect(content().string(Matchers.containsString("Start ny versjon")));
        mvc.perform(post("/kompetanse/rammeverk").with(user(adviser)).with(csrf()).param("code", "")
            .param("name", "Uten kode"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Skriv en kode.")));
        mvc.perform(post("/kompetanse/rammeverk").with(user(employee)).with(csrf()).param("code", "NEI")
            .param("name", "Ikke lov"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/kompetanse/rammeverk/versjoner/987654321").with(user(adviser)))
            .andExpect(status().isNotFound());
    }

    @Test
    void aStaleFormShowsTheConflictMessage() throws Exception {
        FrameworkVersion draft = done(catalogue.createFramework(adviser, OrganisationFixture.unique("F").replace("-", "_"),
                "Skjematest", null));
        int seen = competences.version(draft.id());
        done(catalogue.addArea(adviser, draft.id(), seen, "A", "Første"));
        mvc.perform(post("/kompetanse/rammeverk/versjoner/" + draft.id() + "/omrader").with(user(adviser)).with(csrf())
            .param("seenVersion", String.valueOf(seen)).param("areaCode", "B").param("areaName", "Andre"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/kompetanse/rammeverk/versjoner/" + draft.id()).with(user(adviser))
            .flashAttr("conflict", true))
            .andExpect(content().string(Matchers.containsString("Noen andre har endret dette")));
    }

}
