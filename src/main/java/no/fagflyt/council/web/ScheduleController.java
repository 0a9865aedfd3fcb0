package no.fagflyt.council.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;

import jakarta.validation.Valid;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.council.schedule.CouncilSchedules;
import no.fagflyt.council.schedule.CouncilSchedules.Preview;
import no.fagflyt.council.schedule.Frequency;
import no.fagflyt.council.schedule.HolidayRule;
import no.fagflyt.council.schedule.MeetingSchedule;
import no.fagflyt.council.schedule.ScheduleRule;
import no.fagflyt.council.schedule.WeekOrdinal;
import no.fagflyt.council.schedule.Weekday;
import no.fagflyt.council.web.Forms.PeriodForm;
import no.fagflyt.council.web.Forms.ScheduleForm;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A body's meeting schedule: set the rhythm, preview the dates for a period, and confirm to create the
 * meetings. Only those who may plan the body's meetings get here; the service checks it again.
 */
@Controller
class ScheduleController {

    private static final String VIEW = "council/schedule";

    private final CouncilSchedules schedules;

    private final CouncilBodies bodies;

    private final CouncilAccess access;

    private final ScheduleTexts texts;

    private final Clock clock;

    ScheduleController(CouncilSchedules schedules, CouncilBodies bodies, CouncilAccess access, ScheduleTexts texts,
            Clock clock) {
        this.schedules = schedules;
        this.bodies = bodies;
        this.access = access;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/rad/{bodyId}/moteplan")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId, Model model) {
        Body body = managed(user, bodyId);
        model.addAttribute("form", storedForm(body));
        model.addAttribute("periodForm", defaultPeriod());
        return view(body, model);
    }

    @PostMapping("/rad/{bodyId}/moteplan")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @Valid @ModelAttribute("form") ScheduleForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Body body = managed(user, bodyId);
        if (!result.hasErrors()) {
            Outcome<MeetingSchedule> outcome = schedules.save(user, bodyId, form.version(),
                    new CouncilSchedules.Draft(form.title(), form.location(), form.frequency(), form.chosenMonths(),
                            form.weekOrdinal(), form.weekday(), form.startTime(), form.endTime(), form.isSkipJuly(),
                            form.holidayRule()));
            if (outcome instanceof Outcome.Refused<MeetingSchedule> refused) {
                Refusals.reject(result, refused);
            }
            else {
                Flash.success(redirect, "schedule.saved");
                return "redirect:/rad/" + bodyId + "/moteplan#preview";
            }
        }
        model.addAttribute("periodForm", defaultPeriod());
        return view(body, model);
    }

    @GetMapping("/rad/{bodyId}/moteplan/forhandsvisning")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @Valid @ModelAttribute("periodForm") PeriodForm period, BindingResult result, Model model) {
        Body body = managed(user, bodyId);
        model.addAttribute("form", storedForm(body));
        if (!result.hasErrors()) {
            Outcome<Preview> outcome = schedules.preview(user, bodyId, period.periodFrom(), period.periodTo());
            if (outcome instanceof Outcome.Done<Preview> done) {
                model.addAttribute("preview", done.value());
            }
            else {
                Refusals.reject(result, (Outcome.Refused<Preview>) outcome);
            }
        }
        return view(body, model);
    }

    @PostMapping("/rad/{bodyId}/moteplan/opprett")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @Valid @ModelAttribute("periodForm") PeriodForm period, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Body body = managed(user, bodyId);
        if (!result.hasErrors()) {
            Outcome<List<Meeting>> outcome = schedules.confirm(user, bodyId,
                    period.version() == null ? -1 : period.version(), period.periodFrom(), period.periodTo());
            if (outcome instanceof Outcome.Done<List<Meeting>> done) {
                Flash.success(redirect, "schedule.created", done.value().size());
                return "redirect:/rad/" + bodyId + "#meetings";
            }
            Refusals.reject(result, (Outcome.Refused<List<Meeting>>) outcome);
            // Show the dates as they are now, e.g. after someone changed the schedule in between.
            if (schedules.preview(user, bodyId, period.periodFrom(), period.periodTo()) instanceof Outcome.Done<Preview> fresh) {
                model.addAttribute("preview", fresh.value());
            }
        }
        model.addAttribute("form", storedForm(body));
        return view(body, model);
    }

    private Body managed(CurrentUser user, long bodyId) {
        Body body = bodies.body(bodyId);
        access.requireManage(user, bodyId);
        return body;
    }

    private ScheduleForm storedForm(Body body) {
        return schedules.schedule(body.id()).map(schedule -> {
            ScheduleRule rule = schedule.rule();
            return new ScheduleForm(schedule.title(), rule.frequency(),
                    schedule.chosenMonths().stream().map(Month::getValue).toList(), rule.ordinal(), rule.weekday(),
                    rule.startTime(), rule.endTime(), schedule.location(), rule.skipJuly(), rule.holidayRule(),
                    (Integer) schedule.version());
        }).orElseGet(() -> new ScheduleForm(body.shortName() + " – møte", Frequency.MANEDLIG, List.of(),
                WeekOrdinal.ANDRE, Weekday.TIRSDAG, LocalTime.of(9, 0), LocalTime.of(11, 0), "", true,
                HolidayRule.FLYTT, null));
    }

    private PeriodForm defaultPeriod() {
        LocalDate today = LocalDate.now(clock);
        return new PeriodForm(today, today.plusMonths(12).minusDays(1), null);
    }

    private String view(Body body, Model model) {
        @Nullable MeetingSchedule schedule = schedules.schedule(body.id()).orElse(null);
        model.addAttribute("body", body);
        model.addAttribute("schedule", schedule);
        if (schedule != null) {
            model.addAttribute("scheduleSummary", texts.summary(schedule));
            model.addAttribute("scheduleDetails", texts.details(schedule));
        }
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("ordinals", WeekOrdinal.values());
        model.addAttribute("weekdays", Weekday.values());
        model.addAttribute("holidayRules", HolidayRule.values());
        model.addAttribute("allMonths", Month.values());
        return VIEW;
    }

}
