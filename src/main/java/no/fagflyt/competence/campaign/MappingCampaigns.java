package no.fagflyt.competence.campaign;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.competence.GapLine;
import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.framework.CompetenceKey;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonName;
import no.fagflyt.organisation.UnitNode;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTexts;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mapping campaigns from start to snapshot. Leaders, professional-development coordinators and competence
 * advisers with the unit in their scope start, follow and close them; the participants answer their own.
 * Answers are ordinary self-assessments, so there is one assessment store; what a campaign adds is who was
 * asked, who said they are done, and the snapshot taken on closing, which is never changed afterwards.
 */
@Service
public class MappingCampaigns {

    public static final String AUDIT_CAMPAIGN = "KARTLEGGING";

    public static final String AUDIT_RESPONSES = "KARTLEGGING_SVAR";

    // Begun: a self-assessment since the campaign started, in one of its competences (any, for a profile
    // campaign, since each person's set differs). Shared by the list and the progress page.
    static final String BEGUN = """
            exists (select 1 from assessment_history h
                      join competence hc on hc.id = h.competence_id
                      join framework_version hv on hv.id = hc.framework_version_id
                     where h.person_id = p.person_id and h.kind = 'SELF' and h.occurred_at >= c.started_at
                       and (c.basis = 'PROFILE' or exists (select 1 from campaign_competence k
                                                            where k.campaign_id = c.id
                                                              and k.framework_id = hv.framework_id
                                                              and k.competence_code = hc.code)))
            """;

    private final CampaignRepository campaigns;

    private final CampaignLines lines;

    private final AssessmentService assessments;

    private final FrameworkQueries frameworks;

    private final OrganisationDirectory directory;

    private final AccessPolicy accessPolicy;

    private final AuditLog auditLog;

    private final JdbcClient jdbc;

    private final JdbcTemplate jdbcTemplate;

    private final Clock clock;

    MappingCampaigns(CampaignRepository campaigns, CampaignLines lines, AssessmentService assessments,
            FrameworkQueries frameworks, OrganisationDirectory directory, AccessPolicy accessPolicy, AuditLog auditLog,
            JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.campaigns = campaigns;
        this.lines = lines;
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.directory = directory;
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
    }

    /** Leaders, professional-development coordinators and competence advisers over the unit. */
    public boolean canManage(CurrentUser user, long unitId) {
        return accessPolicy.canSeeStaffOf(user, unitId);
    }

    /** Whether the user may see the participants' levels in the snapshot, not only the counts. */
    public boolean canSeeLevels(CurrentUser user, Campaign campaign) {
        return accessPolicy.canSeePeopleOf(user, campaign.unitId());
    }

    /**
     * Starts a campaign for everyone placed in the unit or below today. For a chosen set, {@code chosen} maps
     * competence ids (of published versions) to target levels; for a profile campaign it is ignored.
     */
    @Transactional
    public Outcome<Campaign> start(CurrentUser user, long unitId, @Nullable String title, @Nullable LocalDate deadline,
            @Nullable CampaignBasis basis, Map<Long, Integer> chosen) {
        UnitView unit = directory.unit(unitId);
        requireManager(user, unitId);
        LocalDate today = LocalDate.now(clock);
        if (title == null || title.isBlank()) {
            return Outcome.refused("title", "competence.campaign.error.titleRequired");
        }
        if (title.strip().length() > 200) {
            return Outcome.refused("title", "competence.campaign.error.titleTooLong");
        }
        if (deadline == null) {
            return Outcome.refused("deadline", "competence.campaign.error.deadlineRequired");
        }
        if (deadline.isBefore(today)) {
            return Outcome.refused("deadline", "competence.campaign.error.deadlinePast",
                    NorwegianTime.date(today));
        }
        if (basis == null) {
            return Outcome.refused("basis", "competence.campaign.error.basisRequired");
        }
        Map<CompetenceView, Integer> targets = new LinkedHashMap<>();
        if (basis == CampaignBasis.CHOSEN) {
            Outcome<Map<CompetenceView, Integer>> checked = chosenTargets(chosen);
            if (checked instanceof Outcome.Refused<Map<CompetenceView, Integer>> refused) {
                return Outcome.refused(refused.field(), refused.messageKey(), refused.argumentArray());
            }
            targets = ((Outcome.Done<Map<CompetenceView, Integer>>) checked).value();
        }
        List<PersonName> people = directory.activePeopleBelow(unitId, today);
        if (people.isEmpty()) {
            return Outcome.refused("unit", "competence.campaign.error.noParticipants", unit.name());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Campaign campaign = campaigns.save(Campaign.start(unitId, title.strip(), basis, deadline, user.displayName(),
                now));
        for (var target : targets.entrySet()) {
            jdbc.sql("""
                    insert into campaign_competence (campaign_id, framework_id, competence_code, competence_id,
                                                     target_level)
                    values (:campaign, :framework, :code, :competence, :level)
                    """)
                .param("campaign", campaign.id())
                .param("framework", target.getKey().frameworkId())
                .param("code", target.getKey().code())
                .param("competence", target.getKey().id())
                .param("level", target.getValue())
                .update();
        }
        List<Object[]> rows = people.stream()
            .map(p -> new Object[] { campaign.id(), p.id(), p.unitId() })
            .toList();
        jdbcTemplate.batchUpdate("insert into campaign_participant (campaign_id, person_id, unit_id) values (?, ?, ?)",
                rows, new int[] { Types.BIGINT, Types.BIGINT, Types.BIGINT });
        auditLog.record(AuditAction.CREATE, AUDIT_CAMPAIGN, campaign.id(), campaign.title(),
                unit.name() + ", " + people.size() + " deltakere, frist " + NorwegianTime.date(deadline));
        return Outcome.done(campaign);
    }

    /** Checks the chosen set: at least one, each in a published version, each target level on its scale. */
    private Outcome<Map<CompetenceView, Integer>> chosenTargets(Map<Long, Integer> chosen) {
        Map<CompetenceView, Integer> targets = new LinkedHashMap<>();
        for (var entry : chosen.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            Outcome<CompetenceView> target = frameworks.requirable(entry.getKey(), entry.getValue());
            if (target instanceof Outcome.Refused<CompetenceView> refused) {
                String name = frameworks.findCompetence(entry.getKey()).map(CompetenceView::name).orElse("?");
                if (refused.field().equals("level")) {
                    return Outcome.refused("levels", "competence.campaign.error.targetLevel", name,
                            refused.arguments().get(0));
                }
                return Outcome.refused("levels", "competence.campaign.error.competenceNotInUse", name);
            }
            targets.put(((Outcome.Done<CompetenceView>) target).value(), entry.getValue());
        }
        if (targets.isEmpty()) {
            return Outcome.refused("levels", "competence.campaign.error.noCompetences");
        }
        return Outcome.done(targets);
    }

    public Campaign campaign(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow(() -> new NotFoundProblem("Kartlegging " + campaignId));
    }

    /** A campaign the user may follow; others get a refusal. */
    public Campaign managed(CurrentUser user, long campaignId) {
        Campaign campaign = campaign(campaignId);
        requireManager(user, campaign.unitId());
        return campaign;
    }

    public List<CampaignTarget> targets(Campaign campaign) {
        return campaign.basis() == CampaignBasis.CHOSEN ? lines.targets(campaign.id()) : List.of();
    }

    /** The campaigns of the unit and every unit below it, newest first, with response counts in one query. */
    public List<CampaignSummary> campaignsBelow(CurrentUser user, long unitId) {
        requireManager(user, unitId);
        Map<Long, UnitView> units = new LinkedHashMap<>();
        collect(directory.subtree(unitId, LocalDate.now(clock)), units);
        List<Campaign> found = campaigns.findByUnitIdInOrderByStartedAtDesc(units.keySet());
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select c.id, count(p.person_id) as participants, count(p.completed_at) as done,
                       sum(case when p.completed_at is null and %s then 1 else 0 end) as begun
                from mapping_campaign c left join campaign_participant p on p.campaign_id = c.id
                where c.id in (:ids) group by c.id
                """.formatted(BEGUN))
            .param("ids", found.stream().map(Campaign::id).toList())
            .query(rs -> {
                counts.put(rs.getLong("id"),
                        new int[] { rs.getInt("participants"), rs.getInt("done"), rs.getInt("begun") });
            });
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(campaign -> {
            int[] c = counts.getOrDefault(campaign.id(), new int[3]);
            return new CampaignSummary(campaign, units.get(campaign.unitId()).name(), c[0], c[1], c[2],
                    campaign.isOverdue(today));
        }).toList();
    }

    /** Who has answered, who has begun and who has not; names only, no levels. Audit-logged. */
    @Transactional
    public CampaignProgress progress(CurrentUser user, long campaignId) {
        Campaign campaign = managed(user, campaignId);
        record Row(long personId, long unitId, @Nullable OffsetDateTime completedAt, boolean begun) {
        }
        List<Row> rows = jdbc.sql("""
                select p.person_id, p.unit_id, p.completed_at, case when %s then 1 else 0 end as begun
                from campaign_participant p join mapping_campaign c on c.id = p.campaign_id
                where p.campaign_id = :campaign
                """.formatted(BEGUN))
            .param("campaign", campaignId)
            .query((rs, n) -> new Row(rs.getLong("person_id"), rs.getLong("unit_id"),
                    rs.getObject("completed_at", OffsetDateTime.class), rs.getInt("begun") == 1))
            .list();
        Map<Long, PersonName> names = directory.personNames(rows.stream().map(Row::personId).toList());
        Map<Long, UnitView> units = directory.units(rows.stream().map(Row::unitId).toList());
        java.text.Collator norwegian = NorwegianTexts.collator();
        List<Participant> participants = rows.stream().map(row -> {
            ResponseState state = row.completedAt() != null ? ResponseState.DONE
                    : row.begun() ? ResponseState.IN_PROGRESS : ResponseState.NOT_STARTED;
            PersonName name = names.get(row.personId());
            UnitView unit = units.get(row.unitId());
            return new Participant(row.personId(), name == null ? "#" + row.personId() : name.fullName(),
                    unit == null ? "" : unit.name(), state, row.completedAt());
        }).sorted(Comparator.comparing(Participant::name, norwegian)).toList();
        auditLog.record(AuditAction.READ, AUDIT_RESPONSES, campaignId, campaign.title(),
                participants.size() + " deltakere");
        return new CampaignProgress(campaign, directory.unit(campaign.unitId()), targets(campaign), participants,
                campaign.isOverdue(LocalDate.now(clock)));
    }

    /** The signed-in participant's own sheet; nobody else's can be asked for. */
    @Transactional
    public AnswerSheet answerSheet(CurrentUser user, long campaignId) {
        Campaign campaign = campaign(campaignId);
        long personId = requireParticipant(user, campaign);
        List<GapLine> mine = lines.forSelf(user, campaign, personId);
        Set<Long> versions = new HashSet<>();
        mine.forEach(line -> versions.add(line.competence().versionId()));
        if (campaign.basis() == CampaignBasis.CHOSEN) {
            auditLog.record(AuditAction.READ, AUDIT_CAMPAIGN, campaignId, campaign.title(),
                    "Egne svar, " + mine.size() + " kompetanser");
        }
        return new AnswerSheet(campaign, directory.unit(campaign.unitId()), mine, frameworks.scales(versions),
                completedAt(campaign.id(), personId) != null);
    }

    /** A participant's self-assessment of one of the campaign's competences, through the one assessment store. */
    @Transactional
    public Outcome<Assessment> answer(CurrentUser user, long campaignId, long competenceId, @Nullable Integer level) {
        Campaign campaign = campaign(campaignId);
        long personId = requireParticipant(user, campaign);
        if (!campaign.isOpen()) {
            return Outcome.refused("level", "competence.campaign.error.closed");
        }
        @Nullable CompetenceKey key = frameworks.findCompetence(competenceId).map(CompetenceView::key).orElse(null);
        boolean asked = lines.forSelf(user, campaign, personId)
            .stream()
            .anyMatch(line -> line.competence().key().equals(key));
        if (!asked) {
            return Outcome.refused("level", "competence.campaign.error.notInCampaign");
        }
        return assessments.selfAssess(user, competenceId, level, null);
    }

    /** The participant says they are done; every competence in their sheet must have a level by then. */
    @Transactional
    public Outcome<Campaign> complete(CurrentUser user, long campaignId) {
        Campaign campaign = campaign(campaignId);
        long personId = requireParticipant(user, campaign);
        if (!campaign.isOpen()) {
            return Outcome.refused("done", "competence.campaign.error.closed");
        }
        if (completedAt(campaignId, personId) != null) {
            return Outcome.refused("done", "competence.campaign.error.alreadyDone");
        }
        List<String> unanswered = lines.forSelf(user, campaign, personId)
            .stream()
            .filter(line -> line.level() == null)
            .map(line -> line.competence().name())
            .toList();
        if (!unanswered.isEmpty()) {
            return Outcome.refused("done", "competence.campaign.error.unanswered", String.join(", ", unanswered));
        }
        // Only while the campaign is still open: a close that commits first wins.
        int marked = jdbc.sql("""
                update campaign_participant set completed_at = :now
                where campaign_id = :campaign and person_id = :person and completed_at is null
                  and exists (select 1 from mapping_campaign c where c.id = :campaign and c.status = 'OPEN')
                """)
            .param("now", OffsetDateTime.now(clock))
            .param("campaign", campaignId)
            .param("person", personId)
            .update();
        if (marked == 0) {
            return Outcome.refused("done", "competence.campaign.error.closed");
        }
        auditLog.record(AuditAction.UPDATE, AUDIT_CAMPAIGN, campaignId, campaign.title(), "Svar levert");
        return Outcome.done(campaign);
    }

    /**
     * Closes the campaign and stores where each participant stands in each of its competences, dated by the
     * closing. A leader working from a page that is no longer current meets an optimistic-lock conflict;
     * closing a closed campaign is refused. Either way nothing is written.
     */
    @Transactional
    public Outcome<Campaign> close(CurrentUser user, long campaignId, int seenVersion) {
        Campaign campaign = managed(user, campaignId);
        campaign.expectVersion(seenVersion);
        if (!campaign.isOpen()) {
            return Outcome.refused("version", "competence.campaign.error.alreadyClosed",
                    campaign.closedOn() == null ? "" : NorwegianTime.date(campaign.closedOn()),
                    campaign.closedBy() == null ? "" : campaign.closedBy());
        }
        campaign.close(user.displayName(), OffsetDateTime.now(clock));
        // Saved first: of two leaders closing at once, the second fails here, before writing any snapshot row.
        Campaign closed = campaigns.save(campaign);
        List<Long> participants = jdbc.sql("select person_id from campaign_participant where campaign_id = :c")
            .param("c", campaignId)
            .query(Long.class)
            .list();
        List<Object[]> rows = new ArrayList<>();
        lines.forAll(closed, participants).forEach((personId, personal) -> {
            for (GapLine line : personal) {
                rows.add(new Object[] { campaignId, personId, line.competence().frameworkId(), line.competence().code(),
                        line.competence().id(), line.requiredLevel(), line.level(), line.validated(),
                        line.status().name() });
            }
        });
        jdbcTemplate.batchUpdate("""
                insert into campaign_snapshot (campaign_id, person_id, framework_id, competence_code, competence_id,
                                               required_level, level_no, validated, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, new int[] { Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.BIGINT,
                Types.INTEGER, Types.INTEGER, Types.BOOLEAN, Types.VARCHAR });
        auditLog.record(AuditAction.UPDATE, AUDIT_CAMPAIGN, campaignId, closed.title(),
                "Avsluttet, øyeblikksbilde med " + rows.size() + " linjer for " + participants.size() + " deltakere");
        return Outcome.done(closed);
    }

    /** Open campaigns the person was asked to answer and has not finished, for "Min side". */
    List<Campaign> waitingFor(long personId) {
        List<Long> ids = jdbc.sql("""
                select c.id from mapping_campaign c
                join campaign_participant p on p.campaign_id = c.id
                where p.person_id = :person and p.completed_at is null and c.status = 'OPEN'
                """)
            .param("person", personId)
            .query(Long.class)
            .list();
        return campaigns.findAllById(ids);
    }

    private @Nullable OffsetDateTime completedAt(long campaignId, long personId) {
        return jdbc.sql("select completed_at from campaign_participant where campaign_id = :c and person_id = :p")
            .param("c", campaignId)
            .param("p", personId)
            .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject("completed_at", OffsetDateTime.class)))
            .list()
            .stream()
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .orElse(null);
    }

    private long requireParticipant(CurrentUser user, Campaign campaign) {
        Long personId = user.personId();
        boolean participant = personId != null && jdbc
            .sql("select count(*) from campaign_participant where campaign_id = :c and person_id = :p")
            .param("c", campaign.id())
            .param("p", personId)
            .query(Long.class)
            .single() > 0;
        if (!participant) {
            throw new AccessDeniedProblem("Ikke med i kartlegging " + campaign.id());
        }
        return personId;
    }

    private void requireManager(CurrentUser user, long unitId) {
        if (!canManage(user, unitId)) {
            throw new AccessDeniedProblem("Ingen tilgang til kartlegginger i enhet " + unitId);
        }
    }

    private static void collect(UnitNode node, Map<Long, UnitView> units) {
        units.put(node.unit().id(), node.unit());
        node.children().forEach(child -> collect(child, units));
    }

}
