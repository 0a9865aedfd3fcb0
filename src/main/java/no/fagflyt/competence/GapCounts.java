package no.fagflyt.competence;

import java.time.LocalDate;

/**
 * How many requirements stand where, summed over people: met (validated or not), below the level, not
 * assessed, expired, and of the met those running out within {@value GapLine#EXPIRY_WARNING_DAYS} days.
 */
public final class GapCounts {

    private int required;

    private int met;

    private int notValidated;

    private int below;

    private int notAssessed;

    private int expired;

    private int expiringSoon;

    void add(GapLine line, LocalDate today) {
        required++;
        switch (line.status()) {
            case MET -> met++;
            case MET_NOT_VALIDATED -> {
                met++;
                notValidated++;
            }
            case BELOW -> below++;
            case EXPIRED -> expired++;
            case NOT_ASSESSED -> notAssessed++;
        }
        if (line.expiresSoon(today)) {
            expiringSoon++;
        }
    }

    public int required() {
        return required;
    }

    public int met() {
        return met;
    }

    public int notValidated() {
        return notValidated;
    }

    public int below() {
        return below;
    }

    public int notAssessed() {
        return notAssessed;
    }

    public int expired() {
        return expired;
    }

    public int expiringSoon() {
        return expiringSoon;
    }

    /** Requirements not met: below the level, not assessed or expired. */
    public int gaps() {
        return required - met;
    }

    /** Whole per cent of the requirements that are met, rounded down; 0 when nothing is required. */
    public int percentMet() {
        return required == 0 ? 0 : met * 100 / required;
    }

    public int percentGaps() {
        return required == 0 ? 0 : 100 - percentMet();
    }

}
