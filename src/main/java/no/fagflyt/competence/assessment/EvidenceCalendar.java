package no.fagflyt.competence.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.platform.CalendarContributor;
import no.fagflyt.platform.CalendarEntry;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTexts;
import no.fagflyt.platform.NorwegianTime;

import org.springframework.stereotype.Component;

/**
 * For the personal calendar feed: when the person's certificates and other documentation run out, reminded
 * 30 days ahead. Per competence only the latest expiry counts: a renewed certificate replaces the old date.
 * Only the person's own documentation goes into their own feed; the feed as a whole is audit-logged by the
 * platform.
 */
@Component
class EvidenceCalendar implements CalendarContributor {


    static final int REMIND_DAYS_BEFORE = 30;

    /** Expiry dates further back than this are left out of the feed. */
    private static final int PAST_DAYS = 90;

    private final AssessmentService assessments;

    private final FrameworkQueries frameworks;

    private final NorwegianTexts messages;

    private final Clock clock;

    EvidenceCalendar(AssessmentService assessments, FrameworkQueries frameworks, NorwegianTexts messages, Clock clock) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<CalendarEntry> entriesFor(CurrentUser user, long personId) {
        LocalDate from = LocalDate.now(clock).minusDays(PAST_DAYS);
        record Key(long frameworkId, String code) {
        }
        Map<Key, EvidenceView> latest = new HashMap<>();
        assessments.evidenceOf(List.of(personId))
            .stream()
            .filter(evidence -> evidence.expiresOn() != null)
            .forEach(evidence -> latest.merge(new Key(evidence.frameworkId(), evidence.competenceCode()), evidence,
                    (a, b) -> a.expiresOn().isAfter(b.expiresOn()) ? a : b));
        List<EvidenceView> expiring = latest.values()
            .stream()
            .filter(evidence -> !evidence.expiresOn().isBefore(from))
            .sorted(Comparator.comparing(EvidenceView::expiresOn))
            .toList();
        Map<Long, String> names = new HashMap<>();
        frameworks.competences(expiring.stream().map(EvidenceView::competenceId).toList())
            .forEach(competence -> names.put(competence.id(), competence.name()));
        return expiring.stream()
            .map(evidence -> CalendarEntry.onDay("competence-evidence-" + evidence.id(), evidence.expiresOn(),
                    text("calendar.evidence.summary", evidence.title()),
                    text("calendar.evidence.description", text(evidence.kind().labelKey()), evidence.title(),
                            names.getOrDefault(evidence.competenceId(), evidence.competenceCode()),
                            NorwegianTime.date(evidence.expiresOn())),
                    "/min-kompetanse", REMIND_DAYS_BEFORE))
            .toList();
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

}
