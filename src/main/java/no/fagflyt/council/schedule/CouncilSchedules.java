package no.fagflyt.council.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.council.schedule.ScheduleRule.RuleDate;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianHolidays;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's recurring meeting schedule. Whoever may plan the body's meetings (its members and the
 * administrator) sets the rhythm, previews the dates it gives for a period, and confirms the preview:
 * all its new meetings are created in one transaction, and a day that already has a meeting is left alone,
 * so confirming the same period again creates nothing twice.
 */
@Service
public class CouncilSchedules {

    static final String AUDIT_SCHEDULE = "RAD_MOTEPLAN";

    private final MeetingScheduleRepository schedules;

    private final CouncilBodies bodies;

    private final CouncilAccess access;

    private final CouncilMeetings meetings;

    private final JdbcClient jdbc;

    private final AuditLog auditLog;

    private final Clock clock;

    CouncilSchedules(MeetingScheduleRepository schedules, CouncilBodies bodies, CouncilAccess access,
            CouncilMeetings meetings, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.schedules = schedules;
        this.bodies = bodies;
        this.access = access;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Optional<MeetingSchedule> schedule(long bodyId) {
        return schedules.findByBodyId(bodyId);
    }

    /** The schedule as entered on the form, before its rule is checked. */
    public record Draft(String title, String location, Frequency frequency, Collection<Integer> months,
            WeekOrdinal ordinal, Weekday weekday, LocalTime startTime, LocalTime endTime, boolean skipJuly,
            HolidayRule holidayRule) {
    }

    /**
     * Sets or changes the body's schedule. {@code seenVersion} is the version the person saw, or null when
     * there was no schedule; someone else's change in between is a conflict, not an overwrite. A bad rule is
     * refused at its field and nothing is saved.
     */
    @Transactional
    public Outcome<MeetingSchedule> save(CurrentUser user, long bodyId, @Nullable Integer seenVersion, Draft draft) {
        Body body = bodies.body(bodyId);
        access.requireManage(user, bodyId);
        Outcome<ScheduleRule> checked = ScheduleRule.of(draft.frequency(), draft.months(), draft.ordinal(),
                draft.weekday(), draft.startTime(), draft.endTime(), draft.skipJuly(), draft.holidayRule());
        if (checked instanceof Outcome.Refused<ScheduleRule> refused) {
            return Outcome.refused(refused.field(), refused.messageKey(), refused.argumentArray());
        }
        ScheduleRule rule = ((Outcome.Done<ScheduleRule>) checked).value();
        Optional<MeetingSchedule> existing = schedules.findByBodyId(bodyId);
        Integer currentVersion = existing.map(MeetingSchedule::version).orElse(null);
        if (!Objects.equals(currentVersion, seenVersion)) {
            return Outcome.refused("", "form.conflict");
        }
        String title = draft.title().strip();
        String location = draft.location().strip();
        MeetingSchedule schedule = existing.orElseGet(() -> MeetingSchedule.of(bodyId, title, location, rule));
        schedule.change(title, location, rule);
        MeetingSchedule saved = schedules.save(schedule);
        auditLog.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, AUDIT_SCHEDULE, saved.id(),
                body.shortName(), null);
        return Outcome.done(saved);
    }

    /** A line of the preview: the rule's date, and whether the body already meets that day. */
    public record PreviewLine(RuleDate ruleDate, boolean exists) {

        /** A meeting is created for this line when confirmed. */
        public boolean creates() {
            return !ruleDate.skipped() && !exists;
        }

        /** The day the meeting goes on, or the day the rule gave when it is skipped. */
        public LocalDate day() {
            return ruleDate.date().orElse(ruleDate.planned());
        }

        public Weekday weekday() {
            return Weekday.of(day().getDayOfWeek());
        }

        public ScheduleRule.Reason reason() {
            return ruleDate.reason();
        }

        public @Nullable String holidayKey() {
            return ruleDate.holiday().map(NorwegianHolidays.Holiday::labelKey).orElse(null);
        }

        /** "create", "exists" or "skipped": what confirming does with the line. */
        public String result() {
            return ruleDate.skipped() ? "skipped" : exists ? "exists" : "create";
        }

    }

    /** The preview of a period, with the schedule version it was made from. */
    public record Preview(MeetingSchedule schedule, LocalDate from, LocalDate to, List<PreviewLine> lines) {

        public long newMeetings() {
            return lines.stream().filter(PreviewLine::creates).count();
        }

    }

    /** The dates the schedule gives for the period, each marked moved, skipped, existing or new. */
    public Outcome<Preview> preview(CurrentUser user, long bodyId, LocalDate from, LocalDate to) {
        access.requireManage(user, bodyId);
        Optional<MeetingSchedule> schedule = schedules.findByBodyId(bodyId);
        if (schedule.isEmpty()) {
            return Outcome.refused("", "schedule.error.noSchedule");
        }
        Outcome<LocalDate> period = checkPeriod(from, to);
        if (period instanceof Outcome.Refused<LocalDate> refused) {
            return Outcome.refused(refused.field(), refused.messageKey(), refused.argumentArray());
        }
        return Outcome.done(previewOf(schedule.get(), from, to));
    }

    private Preview previewOf(MeetingSchedule schedule, LocalDate from, LocalDate to) {
        List<RuleDate> dates = schedule.rule().datesBetween(from, to);
        // A meeting moved past a holiday may land a few days after the period's end.
        LocalDate until = dates.stream().flatMap(date -> date.date().stream()).max(LocalDate::compareTo).orElse(to);
        Set<LocalDate> taken = meetings.meetingDays(schedule.bodyId(), from, until.isAfter(to) ? until : to);
        List<PreviewLine> lines = dates.stream()
            .map(date -> new PreviewLine(date, date.date().filter(taken::contains).isPresent()))
            .toList();
        return new Preview(schedule, from, to, lines);
    }

    /** The period must start today or later, end after it starts, and cover at most 24 months. */
    Outcome<LocalDate> checkPeriod(LocalDate from, LocalDate to) {
        if (from.isBefore(LocalDate.now(clock))) {
            return Outcome.refused("periodFrom", "schedule.error.periodInPast");
        }
        if (to.isBefore(from)) {
            return Outcome.refused("periodTo", "schedule.error.periodOrder");
        }
        if (to.isAfter(from.plusMonths(ScheduleRule.MAX_PERIOD_MONTHS))) {
            return Outcome.refused("periodTo", "schedule.error.periodTooLong", ScheduleRule.MAX_PERIOD_MONTHS);
        }
        return Outcome.done(to);
    }

    /**
     * Creates the meetings of the preview in one transaction. The schedule row is locked first, so two
     * confirmations at once run one after the other and the second finds the days taken. A schedule changed
     * since the person previewed it is refused, so what is created is what they saw.
     */
    @Transactional
    public Outcome<List<Meeting>> confirm(CurrentUser user, long bodyId, int seenVersion, LocalDate from, LocalDate to) {
        access.requireManage(user, bodyId);
        List<Integer> locked = jdbc.sql("select version from council_meeting_schedule where body_id = :body for update")
            .param("body", bodyId)
            .query(Integer.class)
            .list();
        if (locked.isEmpty()) {
            return Outcome.refused("", "schedule.error.noSchedule");
        }
        if (locked.get(0) != seenVersion) {
            return Outcome.refused("", "schedule.error.changed");
        }
        Outcome<Preview> preview = preview(user, bodyId, from, to);
        if (preview instanceof Outcome.Refused<Preview> refused) {
            return Outcome.refused(refused.field(), refused.messageKey(), refused.argumentArray());
        }
        Preview done = ((Outcome.Done<Preview>) preview).value();
        MeetingSchedule schedule = done.schedule();
        ScheduleRule rule = schedule.rule();
        List<Meeting> created = new ArrayList<>();
        for (PreviewLine line : done.lines()) {
            if (!line.creates()) {
                continue;
            }
            LocalDate day = line.ruleDate().date().orElseThrow();
            Outcome<Meeting> planned = meetings.plan(user, bodyId, schedule.title(), day.atTime(rule.startTime()),
                    day.atTime(rule.endTime()), schedule.location());
            if (planned instanceof Outcome.Refused<Meeting> refused) {
                // The rule was checked when saved, so this is not expected; roll back rather than half-create.
                throw new IllegalStateException("Scheduled meeting refused: " + refused);
            }
            created.add(((Outcome.Done<Meeting>) planned).value());
        }
        return Outcome.done(created);
    }

}
