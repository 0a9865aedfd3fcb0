package no.fagflyt.council.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilAccess.CaseFilter;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.report.YearlyReport.Actions;
import no.fagflyt.council.report.YearlyReport.Bar;
import no.fagflyt.council.report.YearlyReport.CategoryRow;
import no.fagflyt.council.report.YearlyReport.Evidence;
import no.fagflyt.council.report.YearlyReport.MeetingRow;
import no.fagflyt.council.report.YearlyReport.StatusRow;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly report per body. Counts only, so employees of the organisation may read it; confidential cases
 * count only for those who may see them (the body's members, the administrator, the submitter). Members
 * record the evidence for the gains. Cases count in the year they were submitted, meetings and actions in the
 * year the meeting was held.
 */
@Service
public class CouncilYearlyReport {

    private final JdbcClient jdbc;

    private final CouncilBodies bodies;

    private final CouncilAccess access;

    private final Clock clock;

    CouncilYearlyReport(JdbcClient jdbc, CouncilBodies bodies, CouncilAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.access = access;
        this.clock = clock;
    }

    public Body readableBody(CurrentUser user, long bodyId) {
        Body body = bodies.body(bodyId);
        if (!access.isInsider(user, body)) {
            throw new AccessDeniedProblem("Ingen tilgang til årsrapport for organ " + bodyId);
        }
        return body;
    }

    public boolean canRecordEvidence(CurrentUser user, long bodyId) {
        return access.canManage(user, bodyId);
    }

    public YearlyReport report(CurrentUser user, long bodyId, int year) {
        Body body = readableBody(user, bodyId);
        // Counts only the cases the reader may know of: a confidential case counts for the body's members.
        CaseFilter caseFilter = access.caseFilter(user);
        Map<CaseCategory, int[]> categories = new EnumMap<>(CaseCategory.class);
        Map<CaseStatus, Integer> statuses = new EnumMap<>(CaseStatus.class);
        jdbc.sql("""
                select c.category, c.status, count(*) from council_case c
                where c.body_id = :body and c.case_year = :year and %s
                group by c.category, c.status
                """.formatted(caseFilter.condition()))
            .params(caseFilter.params())
            .param("body", bodyId)
            .param("year", year)
            .query(rs -> {
                CaseCategory category = CaseCategory.valueOf(rs.getString(1));
                CaseStatus status = CaseStatus.valueOf(rs.getString(2));
                int count = rs.getInt(3);
                int[] row = categories.computeIfAbsent(category, key -> new int[4]);
                row[0] += count;
                row[status == CaseStatus.AVSLUTTET ? 2 : status == CaseStatus.AVVIST ? 3 : 1] += count;
                statuses.merge(status, count, Integer::sum);
            });
        List<CategoryRow> byCategory = new ArrayList<>();
        for (CaseCategory category : CaseCategory.values()) {
            int[] row = categories.getOrDefault(category, new int[4]);
            byCategory.add(new CategoryRow(category, row[0], row[1], row[2], row[3]));
        }
        List<StatusRow> byStatus = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            byStatus.add(new StatusRow(status, statuses.getOrDefault(status, 0)));
        }
        int total = byCategory.stream().mapToInt(CategoryRow::total).sum();
        int max = byCategory.stream().mapToInt(CategoryRow::total).max().orElse(0);
        List<Bar> chart = byCategory.stream()
            .map(row -> new Bar(row.category().labelKey(), row.total(), max == 0 ? 0 : row.total() * 100 / max))
            .toList();

        LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
        LocalDateTime to = from.plusYears(1);
        List<MeetingRow> meetings = jdbc.sql("""
                select m.id, m.title, m.starts_at,
                       (select count(*) from council_attendance a where a.meeting_id = m.id and a.present = true) as present,
                       (select count(*) from council_attendance a where a.meeting_id = m.id) as recorded
                from council_meeting m
                where m.body_id = :body and m.status in ('AVHOLDT', 'PUBLISERT') and m.starts_at >= :from and m.starts_at < :to
                order by m.starts_at
                """)
            .param("body", bodyId)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> new MeetingRow(rs.getLong(1), rs.getString(2),
                    rs.getObject(3, LocalDateTime.class).toLocalDate(), rs.getInt(4), rs.getInt(5)))
            .list();
        int present = meetings.stream().mapToInt(MeetingRow::present).sum();
        int recorded = meetings.stream().mapToInt(MeetingRow::recorded).sum();

        LocalDate today = LocalDate.now(clock);
        Actions actions = jdbc.sql("""
                select count(*),
                       sum(case when a.completed_on is not null then 1 else 0 end),
                       sum(case when a.completed_on is not null and a.completed_on <= a.due_date then 1 else 0 end),
                       sum(case when a.completed_on is null then 1 else 0 end),
                       sum(case when a.completed_on is null and a.due_date < :today then 1 else 0 end)
                from council_action a join council_meeting m on m.id = a.meeting_id
                where a.body_id = :body and m.starts_at >= :from and m.starts_at < :to
                """)
            .param("body", bodyId)
            .param("from", from)
            .param("to", to)
            .param("today", today)
            .query((rs, n) -> new Actions(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
            .single();
        int escalations = jdbc.sql("""
                select count(*) from council_escalation e join council_case c on c.id = e.case_id
                where c.body_id = :body and e.escalated_on >= :fromDay and e.escalated_on < :toDay and %s
                """.formatted(caseFilter.condition()))
            .params(caseFilter.params())
            .param("body", bodyId)
            .param("fromDay", from.toLocalDate())
            .param("toDay", to.toLocalDate())
            .query(Integer.class)
            .single();
        return new YearlyReport(body, year, byCategory, byStatus, total, meetings, meetings.size(),
                recorded == 0 ? 0 : Math.round(present * 100f / recorded), actions, escalations,
                evidence(bodyId, year), chart);
    }

    private Map<Gain, List<Evidence>> evidence(long bodyId, int year) {
        Map<Gain, List<Evidence>> evidence = new EnumMap<>(Gain.class);
        for (Gain gain : Gain.values()) {
            evidence.put(gain, new ArrayList<>());
        }
        jdbc.sql("""
                select gain, evidence, recorded_by, recorded_at from council_gain_evidence
                where body_id = :body and report_year = :year order by recorded_at, id
                """)
            .param("body", bodyId)
            .param("year", year)
            .query(rs -> {
                evidence.get(Gain.valueOf(rs.getString(1)))
                    .add(new Evidence(rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)));
            });
        return evidence;
    }

    @Transactional
    public Outcome<Gain> recordEvidence(CurrentUser user, long bodyId, int year, Gain gain, String evidence) {
        access.requireManage(user, bodyId);
        if (year > LocalDate.now(clock).getYear()) {
            return Outcome.refused("evidence", "report.error.futureYear");
        }
        jdbc.sql("""
                insert into council_gain_evidence (body_id, report_year, gain, evidence, recorded_by, recorded_at)
                values (:body, :year, :gain, :evidence, :by, :at)
                """)
            .param("body", bodyId)
            .param("year", year)
            .param("gain", gain.name())
            .param("evidence", evidence.strip())
            .param("by", user.displayName())
            .param("at", OffsetDateTime.now(clock))
            .update();
        return Outcome.done(gain);
    }

    /** Years with cases the user may know of or meetings in the body, and always the current one, newest first. */
    public List<Integer> years(CurrentUser user, long bodyId) {
        CaseFilter caseFilter = access.caseFilter(user);
        List<Integer> years = new ArrayList<>(jdbc.sql("""
                select distinct y from (select c.case_year as y from council_case c where c.body_id = :body and %s
                union select cast(extract(year from starts_at) as integer) as y from council_meeting where body_id = :body) years
                order by y desc
                """.formatted(caseFilter.condition()))
            .params(caseFilter.params())
            .param("body", bodyId)
            .query(Integer.class)
            .list());
        int current = LocalDate.now(clock).getYear();
        if (!years.contains(current)) {
            years.add(0, current);
        }
        return years;
    }

}
