package no.fagflyt.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The application's own clock bean, wrapped so a test can move it to another moment (it keeps ticking from
 * there) while keeping the zone the application configured: a test at 23:30 UTC thus also checks that the
 * application counts in Norwegian time. Every {@link IntegrationTest} shares it; it is back at the real time
 * after each test.
 */
public final class TestClock extends Clock {

    private final Clock application;

    private volatile Duration shift = Duration.ZERO;

    private TestClock(Clock application) {
        this.application = application;
    }

    /** From now on (until the test ends) the clock shows this moment, moving on in real time. */
    public void setInstant(Instant moment) {
        shift = Duration.between(application.instant(), moment);
    }

    /** Back to the real time. */
    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return application.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(application.withZone(zone), shift);
    }

    @Override
    public Instant instant() {
        return application.instant().plus(shift);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        static BeanPostProcessor testClockWrapper() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof Clock clock && !(bean instanceof TestClock) ? new TestClock(clock) : bean;
                }
            };
        }

    }

    /** Puts the clock back after every test, so a test that moved it cannot disturb the next. */
    static class Reset implements TestExecutionListener {

        @Override
        public void afterTestMethod(TestContext context) {
            if (context.hasApplicationContext()) {
                context.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
            }
        }

    }

}
