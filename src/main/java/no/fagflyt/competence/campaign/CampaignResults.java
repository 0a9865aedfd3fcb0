package no.fagflyt.competence.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.fagflyt.competence.GapStatus;
import no.fagflyt.competence.framework.CompetenceKey;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonName;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTexts;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of closed campaigns' snapshots: one campaign by competence and status, and two campaigns of the same
 * unit side by side. Whoever may follow the campaign sees the counts; the personal rows only those who may
 * see the people. Every read is audit-logged.
 */
@Service
public class CampaignResults {

    public static final String AUDIT_SNAPSHOT = "KARTLEGGING_RESULTAT";

    private static final Comparator<CompetenceView> BY_NAME = Comparator.comparing(CompetenceView::frameworkName)
        .thenComparing(CompetenceView::areaName)
        .thenComparing(CompetenceView::name);

    private final MappingCampaigns campaigns;

    private final CampaignRepository repository;

    private final FrameworkQueries frameworks;

    private final OrganisationDirectory directory;

    private final AuditLog auditLog;

    private final JdbcClient jdbc;

    CampaignResults(MappingCampaigns campaigns, CampaignRepository repository, FrameworkQueries frameworks,
            OrganisationDirectory directory,
            AuditLog auditLog, JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.repository = repository;
        this.frameworks = frameworks;
        this.directory = directory;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
    }

    private record Stored(long personId, long competenceId, int requiredLevel, @Nullable Integer level,
            boolean validated, GapStatus status) {
    }

    @Transactional
    public CampaignSnapshot snapshot(CurrentUser user, long campaignId) {
        Campaign campaign = closed(user, campaignId);
        boolean personal = campaigns.canSeeLevels(user, campaign);
        List<Stored> stored = stored(campaignId);
        Map<Long, CompetenceView> competences = competences(List.of(stored));
        List<SnapshotRow> rows = new ArrayList<>();
        if (personal) {
            Map<Long, PersonName> names = directory.personNames(stored.stream().map(Stored::personId).toList());
            for (Stored row : stored) {
                PersonName name = names.get(row.personId());
                rows.add(new SnapshotRow(row.personId(), name == null ? "#" + row.personId() : name.fullName(),
                        competences.get(row.competenceId()), row.requiredLevel(), row.level(), row.validated(),
                        row.status()));
            }
            java.text.Collator norwegian = NorwegianTexts.collator();
            rows.sort(Comparator.comparing(SnapshotRow::name, norwegian)
                .thenComparing(SnapshotRow::competence, BY_NAME));
        }
        int[] answered = jdbc.sql("""
                select count(*) as participants, count(completed_at) as responded
                from campaign_participant where campaign_id = :c
                """)
            .param("c", campaignId)
            .query((rs, n) -> new int[] { rs.getInt("participants"), rs.getInt("responded") })
            .single();
        auditLog.record(AuditAction.READ, AUDIT_SNAPSHOT, campaignId, campaign.title(),
                personal ? "Øyeblikksbilde med " + rows.size() + " personlige linjer" : "Antall per kompetanse");
        return new CampaignSnapshot(campaign, directory.unit(campaign.unitId()),
                List.copyOf(counts(stored, competences).values()), personal, rows, answered[0], answered[1]);
    }

    /** The closed campaigns of exactly this unit, latest first: what can be compared. */
    public List<Campaign> closedCampaignsOf(CurrentUser user, long unitId) {
        requireManager(user, unitId);
        return repository.findByUnitIdInOrderByStartedAtDesc(List.of(unitId))
            .stream()
            .filter(c -> !c.isOpen())
            .sorted(Comparator.comparing((Campaign c) -> Objects.requireNonNull(c.closedAt())).reversed())
            .toList();
    }

    /** Two closed campaigns of the unit, in either order: the earlier closed is "then", the later "now". */
    @Transactional
    public Outcome<CampaignComparison> compare(CurrentUser user, long unitId, @Nullable Long first,
            @Nullable Long second) {
        requireManager(user, unitId);
        if (first == null) {
            return Outcome.refused("first", "competence.campaign.error.chooseCampaign");
        }
        if (second == null) {
            return Outcome.refused("second", "competence.campaign.error.chooseCampaign");
        }
        if (first.equals(second)) {
            return Outcome.refused("second", "competence.campaign.error.sameCampaign");
        }
        Campaign a = campaigns.campaign(first);
        Campaign b = campaigns.campaign(second);
        for (var pair : List.of(java.util.Map.entry("first", a), java.util.Map.entry("second", b))) {
            if (pair.getValue().unitId() != unitId) {
                return Outcome.refused(pair.getKey(), "competence.campaign.error.otherUnit", pair.getValue().title());
            }
            if (pair.getValue().isOpen()) {
                return Outcome.refused(pair.getKey(), "competence.campaign.error.notClosed", pair.getValue().title());
            }
        }
        Campaign then = Objects.requireNonNull(a.closedAt()).isBefore(Objects.requireNonNull(b.closedAt())) ? a : b;
        Campaign now = then == a ? b : a;
        List<Stored> thenRows = stored(then.id());
        List<Stored> nowRows = stored(now.id());
        Map<Long, CompetenceView> competences = competences(List.of(thenRows, nowRows));
        Map<CompetenceKey, StatusCounts> before = counts(thenRows, competences);
        Map<CompetenceKey, StatusCounts> after = counts(nowRows, competences);
        Map<CompetenceKey, CompetenceView> union = new LinkedHashMap<>();
        // the later snapshot names a competence as it is called now
        after.forEach((key, counts) -> union.put(key, counts.competence()));
        before.forEach((key, counts) -> union.putIfAbsent(key, counts.competence()));
        List<CampaignComparison.Row> rows = union.entrySet()
            .stream()
            .sorted(Map.Entry.comparingByValue(BY_NAME))
            .map(entry -> new CampaignComparison.Row(entry.getValue(),
                    before.getOrDefault(entry.getKey(), StatusCounts.empty(entry.getValue())),
                    after.getOrDefault(entry.getKey(), StatusCounts.empty(entry.getValue()))))
            .toList();
        auditLog.record(AuditAction.READ, AUDIT_SNAPSHOT, then.id() + "," + now.id(),
                then.title() + " / " + now.title(),
                "Sammenligning, antall per kompetanse");
        return Outcome.done(new CampaignComparison(directory.unit(unitId), then, now, rows));
    }

    private void requireManager(CurrentUser user, long unitId) {
        if (!campaigns.canManage(user, unitId)) {
            throw new AccessDeniedProblem("Ingen tilgang til kartlegginger i enhet " + unitId);
        }
    }

    private Campaign closed(CurrentUser user, long campaignId) {
        Campaign campaign = campaigns.managed(user, campaignId);
        if (campaign.isOpen()) {
            throw new NotFoundProblem("Kartlegging " + campaignId + " er ikke avsluttet");
        }
        return campaign;
    }

    private List<Stored> stored(long campaignId) {
        return jdbc.sql("""
                select person_id, competence_id, required_level, level_no, validated, status
                from campaign_snapshot where campaign_id = :c
                """)
            .param("c", campaignId)
            .query((rs, n) -> new Stored(rs.getLong("person_id"), rs.getLong("competence_id"),
                    rs.getInt("required_level"), (Integer) rs.getObject("level_no", Integer.class),
                    rs.getBoolean("validated"), GapStatus.valueOf(rs.getString("status"))))
            .list();
    }

    private Map<Long, CompetenceView> competences(List<List<Stored>> snapshots) {
        Map<Long, CompetenceView> competences = new HashMap<>();
        frameworks.competences(snapshots.stream().flatMap(List::stream).map(Stored::competenceId).distinct().toList())
            .forEach(c -> competences.put(c.id(), c));
        return competences;
    }

    private static Map<CompetenceKey, StatusCounts> counts(List<Stored> rows, Map<Long, CompetenceView> competences) {
        Map<CompetenceKey, StatusCounts> counts = new HashMap<>();
        for (Stored row : rows) {
            CompetenceView competence = competences.get(row.competenceId());
            counts.computeIfAbsent(competence.key(), key -> StatusCounts.empty(competence)).add(row.status());
        }
        Map<CompetenceKey, StatusCounts> sorted = new LinkedHashMap<>();
        counts.entrySet()
            .stream()
            .sorted(Map.Entry.comparingByValue(Comparator.comparing(StatusCounts::competence, BY_NAME)))
            .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

}
