package no.fagflyt.competence.framework;

/** Life of a framework version: edited as a draft, published for use, retired when replaced. */
public enum VersionStatus {

    DRAFT, PUBLISHED, RETIRED;

    public String labelKey() {
        return "competence.versionStatus." + name();
    }

}
