package no.fagflyt.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import no.fagflyt.platform.AccountLookup;
import no.fagflyt.platform.OpenSessions;
import no.fagflyt.platform.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Counts every password hash comparison, so the cost of log-in attempts can be watched and bounded. */
    static final String PASSWORD_CHECKS_METRIC = "fagflyt.password.checks";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler failureHandler,
            RevalidatingSecurityContextRepository sessions, AuthenticationProvider logins) throws Exception {
        // The one way to log in: the accounts module's provider, which throttles and counts attempts.
        http.authenticationManager(new ProviderManager(logins));
        http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error",
                    "/actuator/health", "/actuator/health/**")
            .permitAll()
            // The personal calendar feed: the private token in the path is the credential.
            .requestMatchers(HttpMethod.GET, "/kalender/*.ics")
            .permitAll()
            .requestMatchers("/admin/**", "/actuator/**")
            .hasRole(Role.ADMINISTRATOR.name())
            .anyRequest()
            .authenticated());
        http.formLogin(form -> form.loginPage("/login")
            .defaultSuccessUrl("/", true)
            .failureHandler(failureHandler));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"));
        http.securityContext(context -> context.securityContextRepository(sessions));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /** Where sessions keep their sign-in, re-read on every request; also the {@link OpenSessions} of the modules. */
    @Bean
    RevalidatingSecurityContextRepository openSessions(AccountLookup accounts) {
        return new RevalidatingSecurityContextRepository(new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()), accounts);
    }

    @Bean
    PasswordEncoder passwordEncoder(MeterRegistry meters) {
        // bcrypt today, with the algorithm stored in each hash so it can be raised without a migration.
        return new CountingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Counter.builder(PASSWORD_CHECKS_METRIC).description("Password hash comparisons").register(meters));
    }

}
