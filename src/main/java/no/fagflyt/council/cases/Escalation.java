package no.fagflyt.council.cases;

import java.time.LocalDate;

import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A question put to hospital management about a case, answered once. */
@Table("council_escalation")
public class Escalation {

    private @Id @Nullable Long id;

    private long caseId;

    private LocalDate escalatedOn;

    private EscalationRecipient recipient;

    private String question;

    private @Nullable LocalDate answeredOn;

    private @Nullable String answer;

    private @Version int version;

    @PersistenceCreator
    Escalation(@Nullable Long id, long caseId, LocalDate escalatedOn, EscalationRecipient recipient, String question,
            @Nullable LocalDate answeredOn, @Nullable String answer, int version) {
        this.id = id;
        this.caseId = caseId;
        this.escalatedOn = escalatedOn;
        this.recipient = recipient;
        this.question = question;
        this.answeredOn = answeredOn;
        this.answer = answer;
        this.version = version;
    }

    static Outcome<Escalation> raise(CouncilCase councilCase, LocalDate on, EscalationRecipient recipient,
            String question, LocalDate today) {
        if (councilCase.status() == CaseStatus.AVVIST) {
            return Outcome.refused("recipient", "escalation.error.rejectedCase");
        }
        if (on.isAfter(today)) {
            return Outcome.refused("escalatedOn", "escalation.error.future");
        }
        return Outcome.done(new Escalation(null, councilCase.id(), on, recipient, question.strip(), null, null, 0));
    }

    Outcome<Escalation> answer(LocalDate on, String text, LocalDate today) {
        if (answeredOn != null) {
            return Outcome.refused("answer", "escalation.error.alreadyAnswered");
        }
        if (on.isBefore(escalatedOn)) {
            return Outcome.refused("answeredOn", "escalation.error.answerBeforeQuestion");
        }
        if (on.isAfter(today)) {
            return Outcome.refused("answeredOn", "escalation.error.future");
        }
        answeredOn = on;
        answer = text.strip();
        return Outcome.done(this);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Escalation not saved yet");
        }
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public LocalDate escalatedOn() {
        return escalatedOn;
    }

    public EscalationRecipient recipient() {
        return recipient;
    }

    public String question() {
        return question;
    }

    public @Nullable LocalDate answeredOn() {
        return answeredOn;
    }

    public @Nullable String answer() {
        return answer;
    }

    public boolean isAnswered() {
        return answeredOn != null;
    }

    public int version() {
        return version;
    }

}
