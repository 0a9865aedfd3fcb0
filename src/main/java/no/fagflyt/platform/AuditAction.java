package no.fagflyt.platform;

/** What was done to the audited subject. */
public enum AuditAction {

    READ, CREATE, UPDATE, MOVE, END, DELETE, IMPORT, LOGIN, LOGIN_FAILED, LOGOUT;

    public String labelKey() {
        return "audit.action." + name();
    }

}
