package no.fagflyt.organisation.internal.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import no.fagflyt.organisation.internal.demo.DataPlan.PersonPlan;

import org.jspecify.annotations.Nullable;

/**
 * Makes the people of one organisation: names, employee numbers, e-mail addresses unique within it,
 * employment, dates relative to a given reference day (never the clock, so a plan can be repeated).
 */
final class PersonFactory {

    /** Professions authorised under the health personnel act, so they have an HPR number. */
    private static final Set<String> AUTHORISED = Set.of("HELSESEKRETAER", "APOTEKTEKNIKER", "HELSEFAGARBEIDER",
            "SYKEPLEIER", "SPESIALSYKEPLEIER", "LEGE", "BIOINGENIOR", "FYSIOTERAPEUT", "PSYKOLOG", "VERNEPLEIER");

    /** Full time is the most common, then the usual part-time shares in health care. */
    private static final List<Integer> PERCENTS = List.of(100, 100, 100, 100, 100, 100, 80, 80, 80, 75, 60, 60, 50,
            50, 40, 20);

    private final Random random;

    private final LocalDate referenceDate;

    private final String emailDomain;

    private final Set<String> emails = new HashSet<>();

    private final Set<String> hprNumbers;

    private int nextEmployeeNumber;

    PersonFactory(Random random, LocalDate referenceDate, String emailDomain, int firstEmployeeNumber,
            Set<String> hprNumbers) {
        this.random = random;
        this.referenceDate = referenceDate;
        this.emailDomain = emailDomain;
        this.nextEmployeeNumber = firstEmployeeNumber;
        this.hprNumbers = hprNumbers;
    }

    /** A leader: full time, employed for some years and still there. */
    PersonPlan leader(String unitCode, String title) {
        return make(unitCode, "LEDER", title, true, 100);
    }

    /** Someone who is employed today, whom a demo account can be linked to. */
    PersonPlan current(String unitCode, String professionCode, String title) {
        return make(unitCode, professionCode, title, true, pickPercent());
    }

    /** Anyone: a few have left, a few are temporary with an end date ahead. */
    PersonPlan any(String unitCode, String professionCode, String title) {
        return make(unitCode, professionCode, title, false, pickPercent());
    }

    private int pickPercent() {
        return NorwegianNames.pick(random, PERCENTS);
    }

    private PersonPlan make(String unitCode, String professionCode, String title, boolean current, int percent) {
        boolean female = random.nextInt(100) < 78; // the support professions are mostly women
        String firstName = NorwegianNames.pick(random, female ? NorwegianNames.FEMALE : NorwegianNames.MALE);
        String lastName = NorwegianNames.pick(random, NorwegianNames.SURNAMES);
        String employeeNumber = String.valueOf(nextEmployeeNumber);
        nextEmployeeNumber += 1 + random.nextInt(3);
        // Skewed towards recent starts, up to 30 years back; at least a year for people who must be current.
        int daysBack = (int) (Math.pow(random.nextDouble(), 1.7) * 30 * 365) + (current ? 365 : 14);
        LocalDate startDate = referenceDate.minusDays(daysBack);
        LocalDate endDate = current ? null : endDate(startDate, daysBack);
        return new PersonPlan(employeeNumber, firstName, lastName, professionCode, title, unitCode, percent,
                startDate, endDate, hprNumber(professionCode), email(firstName, lastName));
    }

    private @Nullable LocalDate endDate(LocalDate startDate, int daysBack) {
        int draw = random.nextInt(100);
        if (draw < 5 && daysBack > 60) {
            return startDate.plusDays(30 + random.nextInt(daysBack - 31)); // has left
        }
        if (draw < 8) {
            return referenceDate.plusDays(30 + random.nextInt(335)); // temporary position
        }
        return null;
    }

    private @Nullable String hprNumber(String professionCode) {
        if (!AUTHORISED.contains(professionCode) || random.nextInt(10) == 0) {
            return null;
        }
        String number;
        do {
            number = String.valueOf(1_000_000 + random.nextInt(9_000_000));
        }
        while (!hprNumbers.add(number));
        return number;
    }

    private String email(String firstName, String lastName) {
        String local = NorwegianNames.ascii(firstName) + "." + NorwegianNames.ascii(lastName);
        String candidate = local;
        for (int n = 2; !emails.add(candidate); n++) {
            candidate = local + n;
        }
        return candidate + "@" + emailDomain;
    }

}
