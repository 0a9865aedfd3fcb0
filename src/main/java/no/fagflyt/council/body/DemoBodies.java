package no.fagflyt.council.body;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonName;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Role;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo bodies for Sykehuset i Vestfold: the office-professional council, the leaders' network, PASK and a
 * local professional-development group. Runs after the demo organisation is loaded and only while the
 * council tables are empty; members are taken from the demo staff where the units exist.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@ConditionalOnProperty(name = "fagflyt.demo.enabled", havingValue = "true")
class DemoBodies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBodies.class);

    private static final CurrentUser SYSTEM = new CurrentUser(0, "demo", null, null, "Demodata",
            java.util.Set.of(Role.ADMINISTRATOR), true, false);

    static final String COUNCIL_MANDATE = """
            Rådet er et rådgivende organ for sykehusledelsen i kontorfaglige saker som går på tvers av klinikkene, \
            og høringsinstans i prinsipielle spørsmål om kontorfag – strategisk, koordinerende og praktisk.
            Formålet er å dele kunnskap og erfaring og samle kontortjenesten om beste praksis i det \
            pasientadministrative arbeidet. Rådet følger opp arbeidet i det regionale nettverket for \
            pasientadministrativ kvalitetskontroll (PASK).
            Rådet arbeider med kvalitet og pasientsikkerhet (henvisninger, ventetider, fristbrudd, riktig \
            registrering, indikatorer og avvik), med utviklingsarbeid (ny teknologi, styrende dokumenter, \
            oppgaver og funksjonsbeskrivelser) og med grunn- og videreutdanning sammen med avdeling for \
            kompetanse og utdanning.
            Saker som trenger beslutning på overordnet nivå, fremmes gjennom fag- og forskningsdirektøren til \
            direktørens ledergruppe. Rådet møtes månedlig, samordnet med PASK, og har saksliste og referat.""";

    private final CouncilBodies bodies;

    private final OrganisationDirectory directory;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final UserDetailsService users;

    DemoBodies(CouncilBodies bodies, OrganisationDirectory directory, JdbcClient jdbc, Clock clock,
            UserDetailsService users) {
        this.users = users;
        this.bodies = bodies;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from council_body").query(Long.class).single() > 0) {
            return;
        }
        Optional<UnitView> hospital = directory.findRootUnitByCode("SIV");
        if (hospital.isEmpty()) {
            log.info("No demo hospital with code SIV; council demo bodies are skipped");
            return;
        }
        load(hospital.get(), demoChair());
    }

    /** The demo account "radsleder" chairs the council when it exists, so the chair's pages can be tried. */
    private @Nullable Long demoChair() {
        try {
            return ((CurrentUser) users.loadUserByUsername("radsleder")).personId();
        }
        catch (UsernameNotFoundException missing) {
            return null;
        }
    }

    void load(UnitView root) {
        load(root, null);
    }

    void load(UnitView root, @Nullable Long chairPersonId) {
        long org = root.organisationId();
        LocalDate termStart = LocalDate.now(clock).withDayOfYear(1);
        Body council = bodies.create(org, BodyKind.RAD, "Kontorfaglig råd", "KFR", COUNCIL_MANDATE,
                "Månedlig, samordnet med PASK", root.id());
        Body leaders = bodies.create(org, BodyKind.LEDERNETTVERK, "Kontorfaglig ledernettverk", "KLN",
                "Nettverk for seksjonsledere på kontorsiden, oppnevnt av klinikksjefene. Faglige temamøter.",
                "2–4 temamøter i året", root.id());
        bodies.create(org, BodyKind.NETTVERK, "Regionalt nettverk for pasientadministrativ kvalitetskontroll", "PASK",
                "Regionalt nettverk for kvalitet i det pasientadministrative arbeidet: henvisninger, ventetider, "
                        + "fristbrudd, indikatorer og avvik i registreringspraksis.",
                "Etter regional møteplan", root.id());
        List<UnitView> clinics = directory.children(root.id())
            .stream()
            .filter(unit -> unit.kind() == UnitKind.KLINIKK)
            .toList();
        boolean chairChosen = chairPersonId != null;
        if (chairPersonId != null) {
            long chairUnit = directory.personNames(List.of(chairPersonId)).get(chairPersonId).unitId();
            bodies.addMember(SYSTEM, council.id(), chairPersonId, chairUnit, MemberRole.LEDER, Seat.KLINIKK, termStart,
                    termStart.plusYears(2).minusDays(1));
        }
        for (UnitView clinic : clinics) {
            Optional<PersonName> representative = directory.activePeopleBelow(clinic.id(), LocalDate.now(clock))
                .stream()
                .findFirst();
            if (representative.isPresent()) {
                MemberRole role = chairChosen ? MemberRole.MEDLEM : MemberRole.LEDER;
                chairChosen = true;
                bodies.addMember(SYSTEM, council.id(), representative.get().id(), clinic.id(), role, Seat.KLINIKK,
                        termStart, termStart.plusYears(2).minusDays(1));
                bodies.addMember(SYSTEM, leaders.id(), representative.get().id(), clinic.id(), MemberRole.MEDLEM,
                        Seat.KLINIKK, termStart, null);
            }
        }
        // The local group belongs to the demo's office section for medicine, else the first unit below a clinic.
        directory.findUnitByCode(org, "MKK-MED-KONTOR")
            .or(() -> clinics.stream().flatMap(clinic -> directory.children(clinic.id()).stream()).findFirst())
            .ifPresent(unit -> bodies.create(org, BodyKind.FAGUTVIKLINGSGRUPPE, "Fagutvikling " + unit.name(),
                    "FAG-" + unit.code(), "Kontorgruppens faste tid til erfaringsdeling, refleksjon og faglig "
                            + "oppdatering. Ansvaret for innledning går på omgang.",
                    "Hver fjortende dag, 45 minutter", unit.id()));
        log.info("Council demo bodies created for {}", root.name());
    }

}
