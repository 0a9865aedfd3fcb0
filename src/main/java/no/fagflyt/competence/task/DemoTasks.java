package no.fagflyt.competence.task;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo task library from the seed documents, adopted by the medical office section with performers
 * and needs chosen so the coverage table shows both covered and vulnerable tasks. Runs after the demo
 * frameworks, only when the demo organisation exists and the library is empty.
 */
@Component
@Order(300)
@ConditionalOnProperty(name = "fagflyt.demo.enabled", havingValue = "true")
class DemoTasks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTasks.class);

    static final String OFFICE_UNIT = "MKK-MED-KONTOR";

    private static final CurrentUser SYSTEM = new CurrentUser(0, "demo", null, null, "Demodata",
            Set.of(Role.ADMINISTRATOR), true, false);

    private static final List<String[]> LIBRARY = List.of(
            new String[] { "HENVISNING", "Registrere henvisning i DIPS",
                    "Registrere mottatt henvisning med ansiennitetsdato og sende den til vurdering." },
            new String[] { "INNKALLING", "Innkalling", "Sette opp time og sende innkalling til pasienten." },
            new String[] { "VENTELISTE", "Ventelistebehandling", "Følge opp ventelister og frister." },
            new String[] { "KODING", "Koding", "Kvalitetssikre diagnose- og prosedyrekoder før rapportering." },
            new String[] { "SENTRALBORD", "Sentralbord", "Ta imot henvendelser og sette over til rett sted." },
            new String[] { "P360", "Arkivering i Public 360", "Journalføre og arkivere saksdokumenter." },
            new String[] { "KREFTREG", "Melding til Kreftregisteret", "Sende meldinger og følge opp purringer." },
            new String[] { "BLODPROVE", "Blodprøvetaking", "Ta venøse blodprøver etter opplæring og godkjenning." });

    private final TaskCatalogue tasks;

    private final OrganisationDirectory directory;

    private final JdbcClient jdbc;

    private final Clock clock;

    DemoTasks(TaskCatalogue tasks, OrganisationDirectory directory, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from task").query(Long.class).single() > 0) {
            return;
        }
        Optional<UnitView> office = directory.findRootUnitByCode("SIV")
            .flatMap(root -> directory.findUnitByCode(root.organisationId(), OFFICE_UNIT));
        if (office.isEmpty()) {
            log.info("No demo unit {}; the demo task library is skipped", OFFICE_UNIT);
            return;
        }
        for (String[] task : LIBRARY) {
            done(tasks.createTask(SYSTEM, task[0], task[1], task[2]));
        }
        long unit = office.get().id();
        List<Long> people = directory.activePeopleBelow(unit, LocalDate.now(clock))
            .stream()
            .map(PersonName::id)
            .limit(5)
            .toList();
        if (people.size() < 5) {
            log.info("Too few people in {}; demo tasks are not adopted", OFFICE_UNIT);
            return;
        }
        adopt(unit, "HENVISNING", List.of("HELSESEKRETAER"), List.of(), "HENVISNING", 3);
        adopt(unit, "SENTRALBORD", List.of(), people.subList(0, 2), "SENTRALBORD", 3);
        adopt(unit, "KREFTREG", List.of(), people.subList(2, 3), "KREFTREG", 3);
        long blood = adopt(unit, "BLODPROVE", List.of(), people.subList(3, 5), "BLODPROVE", 2);
        require(blood, "HLR", 1);
        log.info("Loaded the demo task library and the tasks of {}", OFFICE_UNIT);
    }

    private long adopt(long unit, String task, List<String> professions, List<Long> people, String competence,
            int level) {
        long taskId = jdbc.sql("select id from task where code = :code").param("code", task).query(Long.class)
            .single();
        long unitTask = done(tasks.adopt(SYSTEM, unit, taskId));
        tasks.setPerformers(SYSTEM, unitTask, professions, people);
        require(unitTask, competence, level);
        return unitTask;
    }

    private void require(long unitTask, String code, int level) {
        jdbc.sql("""
                select c.id from competence c
                join framework_version v on v.id = c.framework_version_id
                join competence_framework f on f.id = v.framework_id
                where f.code = 'KONTORFAG' and v.status = 'PUBLISHED' and c.code = :code
                """)
            .param("code", code)
            .query(Long.class)
            .optional()
            .ifPresent(competence -> done(tasks.require(SYSTEM, unitTask, competence, level)));
    }

    private static <T> T done(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("Demo task refused: " + outcome);
    }

}
