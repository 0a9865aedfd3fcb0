package no.fagflyt.competence.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonName;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessments by the demo office section's staff, half of them validated by the section leader, so the
 * demo matrix shows met requirements, gaps and assessments awaiting validation side by side. The levels
 * follow a fixed pattern, so every demo start looks the same; some competences are left unassessed.
 */
@Component
@Order(400)
@ConditionalOnProperty(name = "fagflyt.demo.enabled", havingValue = "true")
class DemoAssessments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

    private static final String OFFICE_UNIT = "MKK-MED-KONTOR";

    private static final List<String> CODES = List.of("HENVISNING", "TAUSHET", "HLR", "VENTELISTE", "INNKALLING",
            "KODING");

    private final AssessmentService assessments;

    private final OrganisationDirectory directory;

    private final UserDetailsService users;

    private final JdbcClient jdbc;

    private final Clock clock;

    DemoAssessments(AssessmentService assessments, OrganisationDirectory directory, UserDetailsService users,
            JdbcClient jdbc, Clock clock) {
        this.assessments = assessments;
        this.directory = directory;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from competence_assessment").query(Long.class).single() > 0) {
            return;
        }
        Optional<UnitView> office = directory.findRootUnitByCode("SIV")
            .flatMap(root -> directory.findUnitByCode(root.organisationId(), OFFICE_UNIT));
        Optional<CurrentUser> leader = demoUser("leder");
        if (office.isEmpty() || leader.isEmpty()) {
            return;
        }
        List<PersonName> staff = directory.activePeopleBelow(office.get().id(), LocalDate.now(clock));
        int written = 0;
        for (int person = 0; person < staff.size(); person++) {
            PersonName employee = staff.get(person);
            if (java.util.Objects.equals(employee.id(), leader.get().personId())) {
                continue;
            }
            // Stands in for the employee's own session: self-assessment is only ever by the person.
            CurrentUser self = new CurrentUser(0, employee.fullName(), null, employee.id(), employee.fullName(),
                    Set.of(Role.MEDARBEIDER), true, false);
            for (int code = 0; code < CODES.size(); code++) {
                if ((person + code) % 5 == 0) {
                    continue;
                }
                Optional<Long> competence = competenceId(CODES.get(code));
                int level = 1 + (person + 2 * code) % 4;
                if (competence.isEmpty()) {
                    continue;
                }
                Outcome<Assessment> assessed = assessments.selfAssess(self, competence.get(), level, null);
                if (assessed instanceof Outcome.Done<Assessment> done) {
                    written++;
                    if (person % 2 == 0) {
                        assessments.validate(leader.get(), done.value().id(), done.value().version(), level, null);
                    }
                }
            }
        }
        log.info("Demo self-assessments written for {}: {}", OFFICE_UNIT, written);
    }

    private Optional<Long> competenceId(String code) {
        return jdbc.sql("""
                select c.id from competence c
                join framework_version v on v.id = c.framework_version_id
                join competence_framework f on f.id = v.framework_id
                where f.code = 'KONTORFAG' and v.status = 'PUBLISHED' and c.code = :code
                """).param("code", code).query(Long.class).optional();
    }

    private Optional<CurrentUser> demoUser(String username) {
        try {
            return Optional.of((CurrentUser) users.loadUserByUsername(username));
        }
        catch (UsernameNotFoundException missing) {
            return Optional.empty();
        }
    }

}
