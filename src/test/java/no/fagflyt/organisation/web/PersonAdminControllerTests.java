package no.fagflyt.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.PersonAdministration;
import no.fagflyt.organisation.internal.PersonRepository;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.organisation.internal.UnitAdministration;
import no.fagflyt.support.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PersonAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitAdministration units;

    @Autowired
    PersonAdministration people;

    @Autowired
    PersonRepository personRepository;

    Unit root;

    Unit section;

    @BeforeEach
    void organisation() {
        root = AdminFixtures.organisation(units, AdminFixtures.unique("Persontest HF"));
        section = AdminFixtures.unit(units, root, "SEK");
    }

    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
        return request.with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("firstName", "Ola")
            .param("lastName", "Hansen")
            .param("professionCode", "PORTOR")
            .param("positionTitle", "Portør")
            .param("unitId", Long.toString(section.id()))
            .param("employmentPercent", "62,5")
            .param("startDate", "2024-03-01")
            .param("endDate", "")
            .param("hprNumber", "1234567")
            .param("email", "ola@example.no");
    }

    @Test
    void registersAPersonWithANorwegianDecimalComma() throws Exception {
        mvc.perform(filled(post("/admin/personer/ny").param("organisasjon", Long.toString(root.organisationId())))
            .param("employeeNumber", "P-100")
            .param("version", "0"))
            .andExpect(status().is3xxRedirection());
        Person person = personRepository.findByOrganisationIdAndEmployeeNumber(root.organisationId(), "P-100")
            .orElseThrow();
        assertThat(person.details().employmentPercent()).isEqualByComparingTo(new BigDecimal("62.5"));
        assertThat(person.details().startDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(person.details().hprNumber()).isEqualTo("1234567");
    }

    @Test
    void refusesAnInvalidHprNumberNamingTheFieldAndStoresNothing() throws Exception {
        mvc.perform(filled(post("/admin/personer/ny").param("organisasjon", Long.toString(root.organisationId())))
            .param("employeeNumber", "P-200")
            .param("hprNumber", "12AB")
            .param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("personForm", "hprNumber"))
            .andExpect(content().string(containsString("HPR-nummeret kan bare ha sifre")))
            .andExpect(content().string(containsString("href=\"#hprNumber\"")));
        assertThat(personRepository.findByOrganisationIdAndEmployeeNumber(root.organisationId(), "P-200")).isEmpty();
    }

    @Test
    void refusesADuplicateEmployeeNumber() throws Exception {
        AdminFixtures.person(people, section, "P-300");
        mvc.perform(filled(post("/admin/personer/ny").param("organisasjon", Long.toString(root.organisationId())))
            .param("employeeNumber", "P-300")
            .param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("personForm", "employeeNumber",
                    "person.error.employeeNumberTaken"));
    }

    @Test
    void editsAPerson() throws Exception {
        Person person = AdminFixtures.person(people, section, "P-400");
        mvc.perform(get("/admin/personer/{id}", person.id()).with(user(AdminFixtures.administrator())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"80\"")));
        mvc.perform(filled(post("/admin/personer/{id}", person.id())).param("version",
                Integer.toString(person.version())))
            .andExpect(status().is3xxRedirection());
        Person changed = personRepository.findById(person.id()).orElseThrow();
        assertThat(changed.fullName()).isEqualTo("Ola Hansen");
        assertThat(changed.employeeNumber()).isEqualTo("P-400");
    }

    @Test
    void showsTheNewestDataOnAStaleVersion() throws Exception {
        Person person = AdminFixtures.person(people, section, "P-500");
        var details = person.details();
        people.update(person.id(), person.version(), new Person.PersonDetails("Endret", details.lastName(),
                details.professionCode(), details.positionTitle(), details.unitId(), details.employmentPercent(),
                details.startDate(), null, null, null));
        mvc.perform(filled(post("/admin/personer/{id}", person.id())).param("version",
                Integer.toString(person.version())))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasErrors("personForm"))
            .andExpect(content().string(containsString("Noen andre har endret dette")))
            .andExpect(content().string(containsString("value=\"Endret\"")));
        assertThat(personRepository.findById(person.id()).orElseThrow().details().firstName()).isEqualTo("Endret");
    }

    @Test
    void endsEmployment() throws Exception {
        Person person = AdminFixtures.person(people, section, "P-600");
        mvc.perform(post("/admin/personer/{id}/avslutt", person.id()).with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("lastDay", "2025-06-30")
            .param("version", Integer.toString(person.version())))
            .andExpect(status().is3xxRedirection());
        assertThat(personRepository.findById(person.id()).orElseThrow().details().endDate())
            .isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void refusesALastDayBeforeTheStart() throws Exception {
        Person person = AdminFixtures.person(people, section, "P-700");
        mvc.perform(post("/admin/personer/{id}/avslutt", person.id()).with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("lastDay", "2019-01-01")
            .param("version", Integer.toString(person.version())))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("endEmploymentForm", "lastDay"));
        assertThat(personRepository.findById(person.id()).orElseThrow().details().endDate()).isNull();
    }

    @Test
    void searchesByNameAndEmployeeNumberInOneOrganisation() throws Exception {
        AdminFixtures.person(people, section, "P-800");
        mvc.perform(get("/admin/personer").param("q", "nordmann p-800")
            .param("organisasjon", Long.toString(root.organisationId()))
            .with(user(AdminFixtures.administrator())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Nordmann P-800, Kari")));
        mvc.perform(get("/admin/personer").param("q", "P-800").with(user(AdminFixtures.administrator())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Nordmann P-800, Kari")));
    }

}
