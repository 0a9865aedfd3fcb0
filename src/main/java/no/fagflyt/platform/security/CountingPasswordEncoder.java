package no.fagflyt.platform.security;

import io.micrometer.core.instrument.Counter;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A password encoder that counts its (deliberately slow) comparisons. */
final class CountingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    private final Counter checks;

    CountingPasswordEncoder(PasswordEncoder delegate, Counter checks) {
        this.delegate = delegate;
        this.checks = checks;
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        checks.increment();
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

}
