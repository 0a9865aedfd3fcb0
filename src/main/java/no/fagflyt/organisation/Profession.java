package no.fagflyt.organisation;

/** A profession (yrkesgruppe) from the shared list, e.g. HELSESEKRETAER "Helsesekretær". */
public record Profession(String code, String name) {
}
