package no.fagflyt.platform;

/** The uploaded file cannot be read as a table; the message is Norwegian and meant for the user. */
public class TabularFileException extends RuntimeException {

    public TabularFileException(String message) {
        super(message);
    }

    public TabularFileException(String message, Throwable cause) {
        super(message, cause);
    }

}
