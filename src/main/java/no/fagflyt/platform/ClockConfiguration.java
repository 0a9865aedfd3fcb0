package no.fagflyt.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every service asks for the time: Norwegian time, not the JVM's default zone. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(NorwegianTime.ZONE);
    }

}
