package no.fagflyt.competence.assessment;

/** Documentation behind a level: a course, a certificate (often with expiry) or prior learning (realkompetanse). */
public enum EvidenceKind {

    COURSE, CERTIFICATE, PRIOR_LEARNING;

    public String labelKey() {
        return "competence.evidence." + name();
    }

}
