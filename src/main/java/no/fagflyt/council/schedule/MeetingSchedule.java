package no.fagflyt.council.schedule;

import java.time.LocalTime;
import java.time.Month;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A body's stored meeting schedule: the rule, and the title and place its meetings get. */
@Table("council_meeting_schedule")
public class MeetingSchedule {

    private @Id @Nullable Long id;

    private long bodyId;

    private String title;

    private Frequency frequency;

    /** Month numbers separated by commas, e.g. "3,6,9,11". */
    private String months;

    private WeekOrdinal weekOrdinal;

    private Weekday weekday;

    private LocalTime startTime;

    private LocalTime endTime;

    private String location;

    private boolean skipJuly;

    private HolidayRule holidayRule;

    private @Version int version;

    @PersistenceCreator
    MeetingSchedule(@Nullable Long id, long bodyId, String title, Frequency frequency, String months,
            WeekOrdinal weekOrdinal, Weekday weekday, LocalTime startTime, LocalTime endTime, String location,
            boolean skipJuly, HolidayRule holidayRule, int version) {
        this.id = id;
        this.bodyId = bodyId;
        this.title = title;
        this.frequency = frequency;
        this.months = months;
        this.weekOrdinal = weekOrdinal;
        this.weekday = weekday;
        this.startTime = startTime;
        this.endTime = endTime;
        this.location = location;
        this.skipJuly = skipJuly;
        this.holidayRule = holidayRule;
        this.version = version;
    }

    static MeetingSchedule of(long bodyId, String title, String location, ScheduleRule rule) {
        MeetingSchedule schedule = new MeetingSchedule(null, bodyId, title, rule.frequency(), "", rule.ordinal(),
                rule.weekday(), rule.startTime(), rule.endTime(), location, rule.skipJuly(), rule.holidayRule(), 0);
        schedule.change(title, location, rule);
        return schedule;
    }

    void change(String title, String location, ScheduleRule rule) {
        this.title = title;
        this.location = location;
        this.frequency = rule.frequency();
        this.months = rule.frequency() == Frequency.MANEDLIG ? ""
                : rule.months().stream().map(month -> String.valueOf(month.getValue())).collect(Collectors.joining(","));
        this.weekOrdinal = rule.ordinal();
        this.weekday = rule.weekday();
        this.startTime = rule.startTime();
        this.endTime = rule.endTime();
        this.skipJuly = rule.skipJuly();
        this.holidayRule = rule.holidayRule();
    }

    public ScheduleRule rule() {
        return new ScheduleRule(frequency, chosenMonths(), weekOrdinal, weekday, startTime, endTime, skipJuly,
                holidayRule);
    }

    /** The months chosen for {@link Frequency#VALGTE_MANEDER}; empty for a monthly schedule. */
    public Set<Month> chosenMonths() {
        Set<Month> chosen = EnumSet.noneOf(Month.class);
        Arrays.stream(months.split(",")).filter(part -> !part.isBlank())
            .forEach(part -> chosen.add(Month.of(Integer.parseInt(part.strip()))));
        return chosen;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Schedule not saved yet");
        }
        return id;
    }

    public long bodyId() {
        return bodyId;
    }

    public String title() {
        return title;
    }

    public String location() {
        return location;
    }

    public int version() {
        return version;
    }

}
