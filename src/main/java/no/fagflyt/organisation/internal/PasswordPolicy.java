package no.fagflyt.organisation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a new password must be: long (a sentence is easier to remember than random symbols), within bcrypt's
 * 72 bytes, not one of the commonest passwords with some digits or symbols around it, and not the username.
 */
final class PasswordPolicy {

    /** Long rather than complicated: a passphrase of twelve characters beats a short mix of symbols. */
    static final int MIN_LENGTH = 12;

    /** bcrypt reads no further than 72 bytes; a longer password would be cut without the person knowing. */
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load("/organisation/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** A refusal naming the given form field, or null when the password may be used. */
    static <T> @Nullable Outcome<T> check(String password, String username, String field) {
        if (password.length() < MIN_LENGTH) {
            return Outcome.refused(field, "account.error.passwordShort", MIN_LENGTH);
        }
        if (tooLong(password)) {
            return Outcome.refused(field, "account.error.passwordLong", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Outcome.refused(field, "account.error.passwordUsername");
        }
        if (isCommon(lower)) {
            return Outcome.refused(field, "account.error.passwordCommon");
        }
        return null;
    }

    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** No stored password is over bcrypt's 72 bytes, so a longer one is wrong without asking bcrypt. */
    static boolean matches(PasswordEncoder encoder, String password, String hash) {
        return !tooLong(password) && encoder.matches(password, hash);
    }

    /** "Sommer2024!", "passordpassord" and "1234567890123" are all common; "sommer i bergen" is not. */
    static boolean isCommon(String lowerCase) {
        String stem = trimmed(lowerCase);
        if (stem.isEmpty() || stem.chars().distinct().count() <= 2) {
            return true;
        }
        for (int length = 1; length <= stem.length() / 2; length++) {
            if (stem.length() % length == 0 && stem.equals(stem.substring(0, length).repeat(stem.length() / length))
                    && COMMON.contains(stem.substring(0, length))) {
                return true;
            }
        }
        return COMMON.contains(stem);
    }

    /** Without the digits, symbols and spaces at either end. */
    private static String trimmed(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(trimmed(word).isEmpty() ? word : trimmed(word));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Set.copyOf(words);
    }

}
