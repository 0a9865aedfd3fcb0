package no.fagflyt.council.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.body.Member;
import no.fagflyt.council.body.MemberRole;
import no.fagflyt.council.body.Seat;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.council.experience.CouncilExperience;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.council.schedule.CouncilSchedules;
import no.fagflyt.council.schedule.Frequency;
import no.fagflyt.council.schedule.HolidayRule;
import no.fagflyt.council.schedule.WeekOrdinal;
import no.fagflyt.council.schedule.Weekday;
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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo council something to show: the demo council chair ("radsleder") chairs it, the section
 * leader ("leder") keeps the minutes, cases come from demo employees, last month's meeting is held with
 * published minutes, a decision and an action, and the next meeting has its agenda. The office section's
 * local group has experience notes and topics. Everything goes through the module's own services, as
 * the people themselves would, so the demo obeys the same rules as real use. The council and the leaders' network
 * get their meeting schedules.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "fagflyt.demo.enabled", havingValue = "true")
class DemoActivity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

    /** Seats are given by the administrator, as in real use; everything else is done by the demo people. */
    private static final CurrentUser SYSTEM = new CurrentUser(0, "demo", null, null, "Demodata",
            Set.of(Role.ADMINISTRATOR), true, false);

    private final CouncilBodies bodies;

    private final CouncilCases cases;

    private final CouncilMeetings meetings;

    private final CouncilExperience experience;

    private final CouncilSchedules schedules;

    private final OrganisationDirectory directory;

    private final UserDetailsService users;

    private final JdbcClient jdbc;

    private final Clock clock;

    DemoActivity(CouncilBodies bodies, CouncilCases cases, CouncilMeetings meetings, CouncilExperience experience,
            CouncilSchedules schedules, OrganisationDirectory directory, UserDetailsService users, JdbcClient jdbc,
            Clock clock) {
        this.schedules = schedules;
        this.bodies = bodies;
        this.cases = cases;
        this.meetings = meetings;
        this.experience = experience;
        this.directory = directory;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<UnitView> hospital = directory.findRootUnitByCode("SIV");
        Map<String, CurrentUser> people = demoUsers("radsleder", "leder", "ansatt", "fagutvikler", "klinikksjef");
        if (hospital.isEmpty() || people.size() < 5) {
            log.info("Demo organisation or demo accounts missing; no council demo activity");
            return;
        }
        Map<String, Body> byShortName = bodies.visibleBodies(people.get("leder"))
            .stream()
            .map(CouncilBodies.BodySummary::body)
            .collect(Collectors.toMap(Body::shortName, body -> body, (a, b) -> a));
        Body council = byShortName.get("KFR");
        if (council == null) {
            return;
        }
        schedules(byShortName, people.get("radsleder"));
        if (jdbc.sql("select count(*) from council_case").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        seat(council, people.get("leder"), MemberRole.SEKRETAER, Seat.ANNET, today);
        councilActivity(council, people, today);
        directory.findUnitByCode(hospital.get().organisationId(), "MKK-MED-KONTOR")
            .ifPresent(section -> localGroup(byShortName, section, people, today));
        log.info("Council demo activity created");
    }

    private void councilActivity(Body council, Map<String, CurrentUser> people, LocalDate today) {
        CurrentUser chair = people.get("radsleder");
        CurrentUser secretary = people.get("leder");
        CouncilCase seniority = submit(people.get("ansatt"), council, "Felles praksis for ansiennitetsdato",
                "Klinikkene registrerer ansiennitetsdato ulikt når en henvisning videresendes mellom sykehus. "
                        + "Det gir feil ventetid i rapportene og usikkerhet om fristene.",
                CaseCategory.REGISTRERINGSPRAKSIS);
        CouncilCase breaches = submit(secretary, council, "Fristbrudd i poliklinikkene",
                "Andelen fristbrudd har økt i tre poliklinikker siste kvartal. Vi ber rådet se på felles tiltak "
                        + "for ventelistebehandling og innkalling.",
                CaseCategory.KVALITET_OG_PASIENTSIKKERHET);
        CouncilCase training = submit(people.get("fagutvikler"), council, "Opplæringsplan for nye helsesekretærer",
                "Forslag til felles introduksjonsprogram: DIPS, henvisningsmottak, taushetsplikt og sentralbord, "
                        + "med fadder de første ukene.",
                CaseCategory.OPPLAERING_OG_UTDANNING);
        submit(people.get("klinikksjef"), council, "Høring: ny prosedyre for digitale innkallinger",
                "Utkast til prosedyre for innkalling via Helsenorge er sendt på høring med frist om fire uker.",
                CaseCategory.HORING);
        submit(people.get("ansatt"), council, "Skanning og arkivering i Public 360",
                "Ulik praksis for skanning av papirpost fører til at dokumenter blir liggende. Trenger felles rutine.",
                CaseCategory.UTVIKLINGSARBEID);

        LocalDateTime lastMonth = today.minusMonths(1).atTime(LocalTime.of(9, 0));
        Meeting held = done(meetings.plan(chair, council.id(), "Rådsmøte " + lastMonth.getMonthValue() + "/"
                + lastMonth.getYear(), lastMonth, lastMonth.plusHours(2), "Møterom Tønsberg 1"));
        AgendaItem seniorityItem = done(meetings.addAgendaItem(chair, held.id(), seniority.id(), null, 30));
        AgendaItem breachesItem = done(meetings.addAgendaItem(chair, held.id(), breaches.id(), null, 30));
        done(meetings.writeMinutes(secretary, seniorityItem.id(), seniorityItem.version(),
                "Rådet gjennomgikk eksempler fra tre klinikker. Praksis varierer mest ved videresending mellom "
                        + "helseforetak.",
                "Ansiennitetsdatoen skal alltid være datoen henvisningen først ble mottatt i spesialisthelsetjenesten, "
                        + "også når den videresendes.",
                "Rådet anbefaler felles rutine i alle klinikker. Kontorfaglig ledernettverk informeres."));
        done(meetings.addAction(secretary, seniorityItem.id(), "Skrive felles rutine for ansiennitetsdato",
                secretary.personId(), today.plusWeeks(2)));
        done(meetings.writeMinutes(secretary, breachesItem.id(), breachesItem.version(),
                "Analyseavdelingen viste tall per poliklinikk. Etterslep i ventelistebehandlingen er hovedårsaken.",
                "Poliklinikkene med flest fristbrudd får hjelp fra kontortjenesten i de andre klinikkene i en periode.",
                null));
        meetings.recordAttendance(chair, held.id(), bodies.currentMembers(council.id())
            .stream()
            .map(Member::id)
            .collect(Collectors.toSet()));
        done(meetings.markHeld(chair, held.id()));
        done(meetings.publish(chair, held.id()));

        LocalDateTime nextMonth = today.plusWeeks(3).atTime(LocalTime.of(9, 0));
        Meeting next = done(meetings.plan(chair, council.id(), "Rådsmøte " + nextMonth.getMonthValue() + "/"
                + nextMonth.getYear(), nextMonth, nextMonth.plusHours(2), "Møterom Tønsberg 1"));
        done(meetings.addAgendaItem(chair, next.id(), training.id(), null, 45));
    }

    /**
     * The council meets on the second Tuesday of every month, the leaders' network four times a year; set
     * only where a body has no schedule yet, so a restart changes nothing. No meetings are created from them:
     * the demo leaves the preview and confirmation for the chair to try.
     */
    private void schedules(Map<String, Body> byShortName, CurrentUser chair) {
        Body council = byShortName.get("KFR");
        if (council != null && schedules.schedule(council.id()).isEmpty()) {
            done(schedules.save(chair, council.id(), null, new CouncilSchedules.Draft("Rådsmøte", "Møterom Tønsberg 1",
                    Frequency.MANEDLIG, List.of(), WeekOrdinal.ANDRE, Weekday.TIRSDAG, LocalTime.of(9, 0),
                    LocalTime.of(11, 0), true, HolidayRule.FLYTT)));
        }
        Body leaders = byShortName.get("KLN");
        if (leaders != null && schedules.schedule(leaders.id()).isEmpty()) {
            done(schedules.save(SYSTEM, leaders.id(), null, new CouncilSchedules.Draft("Temamøte i ledernettverket",
                    "Auditoriet, Tønsberg", Frequency.VALGTE_MANEDER, List.of(3, 6, 9, 12), WeekOrdinal.FORSTE,
                    Weekday.TORSDAG, LocalTime.of(12, 0), LocalTime.of(15, 0), true, HolidayRule.FLYTT)));
        }
    }

    private void localGroup(Map<String, Body> byShortName, UnitView section, Map<String, CurrentUser> people,
            LocalDate today) {
        Body group = byShortName.get("FAG-" + section.code());
        if (group == null) {
            return;
        }
        seat(group, people.get("leder"), MemberRole.LEDER, Seat.ANNET, today);
        seat(group, people.get("fagutvikler"), MemberRole.MEDLEM, Seat.ANNET, today);
        seat(group, people.get("ansatt"), MemberRole.MEDLEM, Seat.ANNET, today);
        CurrentUser writer = people.get("fagutvikler");
        done(experience.addNote(writer, group.id(), new CouncilExperience.NoteDraft(today.minusDays(10),
                "Pasient ringte om innkalling som ikke var kommet",
                "En pasient ringte sentralbordet fordi innkallingen ikke var kommet, og timen var om to dager.",
                "Vi sjekket DIPS og så at innkallingen var sendt digitalt, men pasienten hadde reservert seg.",
                "Å sjekke reservasjonen i DIPS først sparte tid, og pasienten fikk ny innkalling på papir.",
                "Vi kunne fanget reservasjonen da innkallingen ble laget.")));
        done(experience.addNote(people.get("ansatt"), group.id(), new CouncilExperience.NoteDraft(today.minusDays(4),
                "Henvisning uten nok opplysninger",
                "En henvisning manglet opplysninger legen trengte for å vurdere den.",
                "Vi ba henviser om supplerende opplysninger og noterte det i DIPS.",
                "Rask kontakt med henviser gjorde at fristen for vurdering ble holdt.", null)));
        done(experience.addTopic(writer, group.id(), "Taushetsplikt ved telefonhenvendelser",
                "Hva kan vi si når pårørende ringer?"));
        done(experience.addTopic(writer, group.id(), "Nye koder for prosedyrer", null));
    }

    private void seat(Body body, CurrentUser user, MemberRole role, Seat seat, LocalDate today) {
        Long personId = user.personId();
        if (personId == null || bodies.currentMembers(body.id()).stream().anyMatch(m -> m.personId() == personId)) {
            return;
        }
        long unitId = directory.personNames(List.of(personId)).get(personId).unitId();
        done(bodies.addMember(SYSTEM, body.id(), personId, unitId, role, seat, today.withDayOfYear(1), null));
    }

    private CouncilCase submit(CurrentUser user, Body council, String title, String description,
            CaseCategory category) {
        long personId = java.util.Objects.requireNonNull(user.personId(), "demo users are employees");
        long unitId = directory.personNames(List.of(personId)).get(personId).unitId();
        return done(cases.submit(user, council.id(),
                new CouncilCases.Submission(title, description, category, unitId, false)));
    }

    private Map<String, CurrentUser> demoUsers(String... usernames) {
        Map<String, CurrentUser> found = new HashMap<>();
        for (String username : usernames) {
            try {
                found.put(username, (CurrentUser) users.loadUserByUsername(username));
            }
            catch (UsernameNotFoundException missing) {
                // Not the demo organisation (e.g. scale data): leave the council empty.
            }
        }
        return found;
    }

    private static <T> T done(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("Demo step refused: " + outcome);
    }

}
