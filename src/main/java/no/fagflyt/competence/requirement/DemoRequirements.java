package no.fagflyt.competence.requirement;

import java.util.Optional;
import java.util.Set;

import no.fagflyt.organisation.OrganisationDirectory;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo requirements for Sykehuset i Vestfold, so the demo gap pages and the unit matrix show real gaps:
 * what every health secretary must master, and what the medical office section adds. Runs after the
 * demo frameworks, only when the demo organisation exists and no requirement has been set yet.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "fagflyt.demo.enabled", havingValue = "true")
class DemoRequirements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRequirements.class);

    static final String OFFICE_UNIT = "MKK-MED-KONTOR";

    private static final CurrentUser SYSTEM = new CurrentUser(0, "demo", null, null, "Demodata",
            Set.of(Role.ADMINISTRATOR), true, false);

    private final RequirementProfiles requirements;

    private final OrganisationDirectory directory;

    private final JdbcClient jdbc;

    DemoRequirements(RequirementProfiles requirements, OrganisationDirectory directory, JdbcClient jdbc) {
        this.requirements = requirements;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from competence_requirement").query(Long.class).single() > 0) {
            return;
        }
        Optional<UnitView> hospital = directory.findRootUnitByCode("SIV");
        Optional<UnitView> office = hospital.flatMap(root -> directory.findUnitByCode(root.organisationId(),
                OFFICE_UNIT));
        if (office.isEmpty()) {
            log.info("No demo unit {}; demo competence requirements are skipped", OFFICE_UNIT);
            return;
        }
        String unit = String.valueOf(office.get().id());
        require(RequirementScope.PROFESSION, "HELSESEKRETAER", "HENVISNING", 3);
        require(RequirementScope.PROFESSION, "HELSESEKRETAER", "TAUSHET", 3);
        require(RequirementScope.PROFESSION, "HELSESEKRETAER", "HLR", 1);
        require(RequirementScope.UNIT, unit, "VENTELISTE", 3);
        require(RequirementScope.UNIT, unit, "INNKALLING", 3);
        require(RequirementScope.UNIT, unit, "KODING", 2);
        log.info("Loaded demo competence requirements for health secretaries and {}", OFFICE_UNIT);
    }

    private void require(RequirementScope scope, String key, String code, int level) {
        Optional<Long> competence = jdbc.sql("""
                select c.id from competence c
                join framework_version v on v.id = c.framework_version_id
                join competence_framework f on f.id = v.framework_id
                where f.code = 'KONTORFAG' and v.status = 'PUBLISHED' and c.code = :code
                """).param("code", code).query(Long.class).optional();
        if (competence.isEmpty()) {
            log.warn("Demo competence {} is missing; its requirement is skipped", code);
            return;
        }
        if (requirements.require(SYSTEM, scope, key, competence.get(), level) instanceof Outcome.Refused<?> refused) {
            log.warn("Demo requirement {} {} was refused: {}", scope, code, refused.messageKey());
        }
    }

}
