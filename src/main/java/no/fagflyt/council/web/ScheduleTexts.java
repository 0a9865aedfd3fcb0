package no.fagflyt.council.web;

import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import no.fagflyt.council.schedule.Frequency;
import no.fagflyt.council.schedule.MeetingSchedule;
import no.fagflyt.council.schedule.ScheduleRule;
import no.fagflyt.platform.NorwegianTexts;
import no.fagflyt.platform.NorwegianTime;

import org.springframework.stereotype.Component;

/**
 * A schedule in words, e.g. "Møteplan: andre tirsdag hver måned kl. 09.00–11.00", with what happens to
 * July and to holidays. Weekdays and months are written in lower case inside the sentence, as in Norwegian.
 */
@Component
class ScheduleTexts {

    private final NorwegianTexts messages;

    ScheduleTexts(NorwegianTexts messages) {
        this.messages = messages;
    }

    /** The rhythm in one sentence. */
    String summary(MeetingSchedule schedule) {
        ScheduleRule rule = schedule.rule();
        return message("schedule.summary." + rule.frequency().name(), lower(rule.ordinal().labelKey()),
                lower(rule.weekday().labelKey()), time(rule.startTime()), time(rule.endTime()),
                rule.frequency() == Frequency.VALGTE_MANEDER ? months(rule.months().stream().toList()) : "");
    }

    /** Place, July and holidays, as short sentences. */
    String details(MeetingSchedule schedule) {
        ScheduleRule rule = schedule.rule();
        List<String> parts = new ArrayList<>();
        parts.add(message("schedule.summary.place", schedule.location()));
        if (rule.skipJuly()) {
            parts.add(message("schedule.summary.july"));
        }
        parts.add(message("schedule.summary.holiday." + rule.holidayRule().name()));
        return String.join(" ", parts);
    }

    private String months(List<Month> months) {
        List<String> names = months.stream().map(month -> lower("schedule.month." + month.getValue())).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + message("schedule.and") + " "
                + names.get(names.size() - 1);
    }

    private static String time(LocalTime time) {
        return NorwegianTime.time(time);
    }

    private String lower(String key) {
        return messages.lowerCase(key);
    }

    private String message(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

}
