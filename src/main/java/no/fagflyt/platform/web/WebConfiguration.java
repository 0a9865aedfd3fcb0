package no.fagflyt.platform.web;

import no.fagflyt.platform.NorwegianTexts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Bokmål for everyone until an English bundle exists; the message keys are ready for it. */
    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(NorwegianTexts.BOKMAL);
    }

}
