package no.fagflyt.council.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.fagflyt.council.body.BodyKind;
import no.fagflyt.council.body.MemberRole;
import no.fagflyt.council.body.Seat;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.EscalationRecipient;
import no.fagflyt.council.report.Gain;
import no.fagflyt.council.schedule.Frequency;
import no.fagflyt.council.schedule.HolidayRule;
import no.fagflyt.council.schedule.WeekOrdinal;
import no.fagflyt.council.schedule.Weekday;
import no.fagflyt.platform.ParameterOutOfRange;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The form records of the council pages, each with its validation and Norwegian message keys. */
final class Forms {

    private Forms() {
    }

    record SubmitCaseForm(
            @NotBlank(message = "{council.validation.required}") @Size(max = 200, message = "{council.validation.tooLong}") @Nullable String title,
            @NotBlank(message = "{council.validation.required}") @Size(max = 8000, message = "{council.validation.tooLong}") @Nullable String description,
            @NotNull(message = "{council.validation.choose}") @Nullable CaseCategory category,
            @NotNull(message = "{council.validation.choose}") @Nullable Long submittingUnitId,
            @Nullable Boolean confidential) {

        static SubmitCaseForm empty(@Nullable Long unitId) {
            return new SubmitCaseForm("", "", null, unitId, false);
        }

        boolean isConfidential() {
            return Boolean.TRUE.equals(confidential);
        }

    }

    record StatusForm(@NotNull(message = "{council.validation.choose}") @Nullable CaseStatus status, int version,
            @Size(max = 2000, message = "{council.validation.tooLong}") @Nullable String note) {
    }

    record RejectForm(
            @NotBlank(message = "{case.error.rejectNeedsReason}") @Size(max = 2000, message = "{council.validation.tooLong}") @Nullable String reason,
            int version) {
    }

    record AssignForm(@Nullable Long assigneePersonId) {
    }

    record BodyForm(@NotNull(message = "{council.validation.choose}") @Nullable BodyKind kind,
            @NotBlank(message = "{council.validation.required}") @Size(max = 200, message = "{council.validation.tooLong}") @Nullable String name,
            @NotBlank(message = "{council.validation.required}") @Size(max = 30, message = "{council.validation.tooLong}") @Nullable String shortName,
            @NotBlank(message = "{council.validation.required}") @Size(max = 8000, message = "{council.validation.tooLong}") @Nullable String mandate,
            @NotBlank(message = "{council.validation.required}") @Size(max = 300, message = "{council.validation.tooLong}") @Nullable String meetingRhythm,
            @NotNull(message = "{council.validation.choose}") @Nullable Long unitId) {
    }

    record BodyEditForm(
            @NotBlank(message = "{council.validation.required}") @Size(max = 200, message = "{council.validation.tooLong}") @Nullable String name,
            @NotBlank(message = "{council.validation.required}") @Size(max = 8000, message = "{council.validation.tooLong}") @Nullable String mandate,
            @NotBlank(message = "{council.validation.required}") @Size(max = 300, message = "{council.validation.tooLong}") @Nullable String meetingRhythm,
            int version) {
    }

    /** A file to attach to a case; a missing file is refused by the service like an empty one. */
    record AttachmentForm(@Nullable MultipartFile file) {
    }

    record MemberForm(@NotNull(message = "{member.error.personRequired}") @Nullable Long personId,
            @NotNull(message = "{council.validation.choose}") @Nullable Long unitId,
            @NotNull(message = "{council.validation.choose}") @Nullable MemberRole role,
            @NotNull(message = "{council.validation.choose}") @Nullable Seat seat,
            @NotNull(message = "{council.validation.date}") @DateTimeFormat(pattern = "dd.MM.yyyy") @Nullable LocalDate termStart,
            @DateTimeFormat(pattern = "dd.MM.yyyy") @Nullable LocalDate termEnd) {
    }

    record MeetingForm(
            @NotBlank(message = "{council.validation.required}") @Size(max = 200, message = "{council.validation.tooLong}") @Nullable String title,
            @NotNull(message = "{council.validation.date}") @DateTimeFormat(pattern = "dd.MM.yyyy") @Nullable LocalDate date,
            @NotNull(message = "{council.validation.time}") @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime startTime,
            @NotNull(message = "{council.validation.time}") @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime endTime,
            @NotBlank(message = "{council.validation.required}") @Size(max = 200, message = "{council.validation.tooLong}") @Nullable String location) {
    }

    /** A body's meeting rhythm; {@code version} is the stored schedule's version, empty for a new one. */
    record ScheduleForm(
            @NotBlank(message = "{council.validation.required}") @Size(max = 200, message = "{council.validation.tooLong}") @Nullable String title,
            @NotNull(message = "{council.validation.choose}") @Nullable Frequency frequency,
            @Nullable List<Integer> months,
            @NotNull(message = "{council.validation.choose}") @Nullable WeekOrdinal weekOrdinal,
            @NotNull(message = "{council.validation.choose}") @Nullable Weekday weekday,
            @NotNull(message = "{council.validation.time}") @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime startTime,
            @NotNull(message = "{council.validation.time}") @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime endTime,
            @NotBlank(message = "{council.validation.required}") @Size(max = 200, message = "{council.validation.tooLong}") @Nullable String location,
            @Nullable Boolean skipJuly,
            @NotNull(message = "{council.validation.choose}") @Nullable HolidayRule holidayRule,
            @Nullable Integer version) {

        public boolean isSkipJuly() {
            return Boolean.TRUE.equals(skipJuly);
        }

        public List<Integer> chosenMonths() {
            return months == null ? List.of() : months;
        }

    }

    /** The period a schedule is previewed and confirmed for; {@code version} is the schedule previewed. */
    record PeriodForm(
            @NotNull(message = "{council.validation.date}") @DateTimeFormat(pattern = "dd.MM.yyyy") @Nullable LocalDate periodFrom,
            @NotNull(message = "{council.validation.date}") @DateTimeFormat(pattern = "dd.MM.yyyy") @Nullable LocalDate periodTo,
            @Nullable Integer version) {
    }

    record AgendaItemForm(@Nullable Long caseId,
            @Size(max = 200, message = "{council.validation.tooLong}") @Nullable String title,
            @NotNull(message = "{council.validation.required}") @Min(value = 1, message = "{agenda.error.minutes}") @Max(value = 480, message = "{agenda.error.minutes}") @Nullable Integer minutes) {
    }

    record MinutesForm(int version,
            @Size(max = 8000, message = "{council.validation.tooLong}") @Nullable String discussion,
            @Size(max = 4000, message = "{council.validation.tooLong}") @Nullable String conclusion,
            @Size(max = 4000, message = "{council.validation.tooLong}") @Nullable String decision) {
    }

    record ActionForm(
            @NotBlank(message = "{council.validation.required}") @Size(max = 1000, message = "{council.validation.tooLong}") @Nullable String description,
            @NotNull(message = "{action.error.ownerRequired}") @Nullable Long ownerPersonId,
            @NotNull(message = "{council.validation.date}") @DateTimeFormat(pattern = "dd.MM.yyyy") @Nullable LocalDate dueDate) {
    }

    /** The search box and its filters; every filter may be left empty. */
    record SearchForm(@Size(max = 200, message = "{council.validation.tooLong}") @Nullable String q,
            @Nullable Long body, @Nullable CaseStatus status, @Nullable CaseCategory category, @Nullable Integer year) {

        boolean hasText() {
            return q != null && !q.isBlank();
        }

    }

    record EscalateForm(@NotNull(message = "{council.validation.choose}") @Nullable EscalationRecipient recipient,
            @NotNull(message = "{council.validation.date}") @DateTimeFormat(pattern = "dd.MM.yyyy") @Nullable LocalDate escalatedOn,
            @NotBlank(message = "{council.validation.required}") @Size(max = 4000, message = "{council.validation.tooLong}") @Nullable String question) {
    }

    record AnswerForm(@NotNull(message = "{council.validation.choose}") @Nullable Long escalationId,
            @NotNull(message = "{council.validation.date}") @DateTimeFormat(pattern = "dd.MM.yyyy") @Nullable LocalDate answeredOn,
            @NotBlank(message = "{council.validation.required}") @Size(max = 4000, message = "{council.validation.tooLong}") @Nullable String answer) {
    }

    /**
     * An experience note, new or edited; each message names its field. {@code version} is the saved version an
     * edit started from, empty for a new note.
     */
    record NoteForm(
            @NotNull(message = "{experience.error.occurredOn}") @DateTimeFormat(pattern = "dd.MM.yyyy") @Nullable LocalDate occurredOn,
            @NotBlank(message = "{experience.error.title}") @Size(max = 200, message = "{experience.error.titleTooLong}") @Nullable String title,
            @NotBlank(message = "{experience.error.whatHappened}") @Size(max = 4000, message = "{experience.error.whatHappenedTooLong}") @Nullable String whatHappened,
            @NotBlank(message = "{experience.error.whatWeDid}") @Size(max = 4000, message = "{experience.error.whatWeDidTooLong}") @Nullable String whatWeDid,
            @Size(max = 4000, message = "{experience.error.whatWorkedTooLong}") @Nullable String whatWorked,
            @Size(max = 4000, message = "{experience.error.whatCouldDifferTooLong}") @Nullable String whatCouldDiffer,
            @Nullable Integer version) {

        static NoteForm empty(LocalDate today) {
            return new NoteForm(today, null, null, null, null, null, null);
        }

    }

    /** A topic, new or edited, as {@link NoteForm}. */
    record TopicForm(
            @NotBlank(message = "{experience.error.topicTitle}") @Size(max = 200, message = "{experience.error.topicTitleTooLong}") @Nullable String topicTitle,
            @Size(max = 2000, message = "{experience.error.topicDescriptionTooLong}") @Nullable String topicDescription,
            @Nullable Integer version) {

        static TopicForm empty() {
            return new TopicForm(null, null, null);
        }

    }

    record ResponsibleForm(@NotNull(message = "{council.validation.choose}") @Nullable Long personId) {
    }

    /** Either a note or a topic from the group's log goes on the agenda. */
    record FromLogForm(@Nullable Long noteId, @Nullable Long topicId) {
    }

    record EvidenceForm(@NotNull(message = "{council.validation.required}")
            @Min(value = ParameterOutOfRange.FIRST_YEAR, message = "{report.error.year}")
            @Max(value = ParameterOutOfRange.LAST_YEAR, message = "{report.error.year}") @Nullable Integer year,
            @NotNull(message = "{council.validation.choose}") @Nullable Gain gain,
            @NotBlank(message = "{council.validation.required}") @Size(max = 4000, message = "{council.validation.tooLong}") @Nullable String evidence) {
    }

}
