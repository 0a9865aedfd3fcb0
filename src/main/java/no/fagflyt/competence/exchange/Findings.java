package no.fagflyt.competence.exchange;

import java.util.ArrayList;
import java.util.List;

/** What a reader found wrong with a file (problems stop the import) and what it could not carry (warnings). */
final class Findings {

    /** Enough to fix a file from; a file with thousands of bad rows needs fixing at its source anyway. */
    static final int MAX_PROBLEMS = 50;

    private final List<ExchangeMessage> problems = new ArrayList<>();

    private final List<ExchangeMessage> warnings = new ArrayList<>();

    private int droppedProblems;

    void problem(String key, Object... arguments) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(ExchangeMessage.of(key, arguments));
        }
        else {
            droppedProblems++;
        }
    }

    void warning(String key, Object... arguments) {
        warnings.add(ExchangeMessage.of(key, arguments));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<ExchangeMessage> problems() {
        if (droppedProblems == 0) {
            return List.copyOf(problems);
        }
        List<ExchangeMessage> all = new ArrayList<>(problems);
        all.add(ExchangeMessage.of("competence.exchange.error.moreProblems", droppedProblems));
        return List.copyOf(all);
    }

    List<ExchangeMessage> warnings() {
        return List.copyOf(warnings);
    }

}
