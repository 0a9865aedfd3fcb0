package no.fagflyt.competence.exchange;

/** The file formats a framework can be exported to and imported from. */
public enum ExchangeFormat {

    MOODLE_CSV("csv", "text/csv;charset=UTF-8"), CASE_JSON("json", "application/json;charset=UTF-8");

    private final String extension;

    private final String contentType;

    ExchangeFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public String labelKey() {
        return "competence.exchange.format." + name();
    }

}
