package no.fagflyt.competence.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.AssessmentService;
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
 * Three demo campaigns in the medical office section, run through the real service: a first mapping of the
 * requirements and a follow-up some months later (both closed, so the leader can compare them), and an open
 * mapping of a chosen set that `ansatt` finds on Min side. Runs after the demo assessments.
 */
@Component
@Order(450)
@ConditionalOnProperty(name = "fagflyt.demo.enabled", havingValue = "true")
class DemoCampaigns implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

    private static final String OFFICE_UNIT = "MKK-MED-KONTOR";

    private final MappingCampaigns campaigns;

    private final AssessmentService assessments;

    private final OrganisationDirectory directory;

    private final UserDetailsService users;

    private final JdbcClient jdbc;

    private final Clock clock;

    DemoCampaigns(MappingCampaigns campaigns, AssessmentService assessments, OrganisationDirectory directory,
            UserDetailsService users, JdbcClient jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.directory = directory;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from mapping_campaign").query(Long.class).single() > 0) {
            return;
        }
        Optional<UnitView> office = directory.findRootUnitByCode("SIV")
            .flatMap(root -> directory.findUnitByCode(root.organisationId(), OFFICE_UNIT));
        Optional<CurrentUser> leader = demoUser("leder");
        Optional<CurrentUser> employee = demoUser("ansatt");
        if (office.isEmpty() || leader.isEmpty() || employee.isEmpty()) {
            log.info("No demo unit {} or demo users; demo campaigns are skipped", OFFICE_UNIT);
            return;
        }
        long unitId = office.get().id();
        LocalDate today = LocalDate.now(clock);
        List<PersonName> staff = directory.activePeopleBelow(unitId, today);

        Campaign first = closed(leader.get(), unitId, "Første kartlegging av kompetansekravene", staff);
        backdate(first, today.minusMonths(8), today.minusMonths(7).minusDays(7), today.minusMonths(7));

        // Since then: some have raised their level or assessed what they had left out, and the leader validated.
        for (int person = 0; person < staff.size(); person += 2) {
            PersonName name = staff.get(person);
            if (Objects.equals(name.id(), leader.get().personId())) {
                continue;
            }
            for (String code : List.of("VENTELISTE", "INNKALLING", "HENVISNING")) {
                Optional<Long> competence = competenceId(code);
                if (competence.isEmpty()) {
                    continue;
                }
                Outcome<Assessment> raised = assessments.selfAssess(as(name), competence.get(), 3, null);
                if (raised instanceof Outcome.Done<Assessment> done && person % 4 == 0) {
                    assessments.validate(leader.get(), done.value().id(), done.value().version(), 3, null);
                }
            }
        }
        Campaign second = closed(leader.get(), unitId, "Oppfølgingskartlegging av kompetansekravene", staff);
        backdate(second, today.minusMonths(2), today.minusMonths(1).minusDays(7), today.minusMonths(1));

        Map<Long, Integer> chosen = new LinkedHashMap<>();
        for (var target : List.of(Map.entry("SENTRALBORD", 2), Map.entry("TERMINOLOGI", 2), Map.entry("P360", 2))) {
            competenceId(target.getKey()).ifPresent(id -> chosen.put(id, target.getValue()));
        }
        Campaign open = done(campaigns.start(leader.get(), unitId, "Sentralbord, terminologi og arkiv",
                today.plusWeeks(3), CampaignBasis.CHOSEN, chosen));
        // A few have begun, one has finished; ansatt has not, so the campaign waits on Min side.
        int answered = 0;
        for (PersonName name : staff) {
            if (Objects.equals(name.id(), employee.get().personId())
                    || Objects.equals(name.id(), leader.get().personId()) || answered == 3) {
                continue;
            }
            answered++;
            List<Long> ids = List.copyOf(chosen.keySet());
            int upTo = answered == 1 ? ids.size() : 1;
            for (int i = 0; i < upTo; i++) {
                campaigns.answer(as(name), open.id(), ids.get(i), 1 + (answered + i) % 3);
            }
            if (answered == 1) {
                campaigns.complete(as(name), open.id());
            }
        }
        log.info("Demo mapping campaigns written for {}: two closed, one open", OFFICE_UNIT);
    }

    /** Starts a requirement campaign, lets everyone who has assessed all of theirs finish, and closes it. */
    private Campaign closed(CurrentUser leader, long unitId, String title, List<PersonName> staff) {
        Campaign campaign = done(campaigns.start(leader, unitId, title, LocalDate.now(clock), CampaignBasis.PROFILE,
                Map.of()));
        for (PersonName name : staff) {
            // refused for those with something still unassessed: they simply did not finish
            campaigns.complete(as(name), campaign.id());
        }
        return done(campaigns.close(leader, campaign.id(), campaign.version()));
    }

    // Demo history only: the campaigns are dated back so the two snapshots lie months apart, as they would.
    private void backdate(Campaign campaign, LocalDate started, LocalDate deadline, LocalDate closed) {
        OffsetDateTime startedAt = started.atTime(9, 0).atZone(clock.getZone()).toOffsetDateTime();
        OffsetDateTime closedAt = closed.atTime(15, 0).atZone(clock.getZone()).toOffsetDateTime();
        jdbc.sql("update mapping_campaign set started_at = :started, deadline = :deadline, closed_at = :closed"
                + " where id = :id")
            .param("started", startedAt)
            .param("deadline", deadline)
            .param("closed", closedAt)
            .param("id", campaign.id())
            .update();
        jdbc.sql("update campaign_participant set completed_at = :at where campaign_id = :id"
                + " and completed_at is not null")
            .param("at", deadline.atTime(12, 0).atZone(clock.getZone()).toOffsetDateTime())
            .param("id", campaign.id())
            .update();
    }

    // Stands in for the employee's own session: answering is only ever by the person.
    private static CurrentUser as(PersonName person) {
        return new CurrentUser(0, person.fullName(), null, person.id(), person.fullName(), Set.of(Role.MEDARBEIDER),
                true, false);
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

    private static <T> T done(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("Demo campaign refused: " + outcome);
    }

}
