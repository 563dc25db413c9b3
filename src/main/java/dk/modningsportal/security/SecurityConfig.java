package dk.modningsportal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDirectory directory, Clock clock,
            SingleSignOn singleSignOn, UserAccountRepository accounts, OneTimeLinks links,
            ApplicationEventPublisher events, TransactionTemplate transaction, CsrfTokenRepository csrfTokens,
            RequestUtil requestUtil, LoginPage loginPage, PortalUsers portalUsers) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/webjars/**", "/icons/**", "/favicon.ico", "/robots.txt").permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll());
        http.addFilterBefore(new SessionGuard(directory, clock), SecurityContextHolderFilter.class);
        if (singleSignOn.enabled()) {
            InvitedPeopleOnly invited = new InvitedPeopleOnly(accounts, links, events, transaction, clock, portalUsers);
            http.oauth2Login(sso -> sso.loginPage("/login").failureUrl("/login?error")
                    .clientRegistrationRepository(new InMemoryClientRegistrationRepository(singleSignOn.registration()))
                    .userInfoEndpoint(user -> user.oidcUserService(invited)));
        }
        // An address the role may not open (or that leads nowhere) gets the portal's page, not the browser's bare 403.
        byte[] refusedPage = new ClassPathResource("pages/refused.html").getContentAsByteArray();
        http.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(refusedPage);
        }));
        // The login form carries a CSRF token too (login CSRF): Vaadin's own set-up exempts it, so CSRF is
        // configured here, exempting only Vaadin's internal requests (they carry Vaadin's own token).
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                .ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest)
                // The operators' endpoints answer on the management port only, to scripts without a session.
                .ignoringRequestMatchers(EndpointRequest.toAnyEndpoint()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(loginPage.view())
                .enableCsrfConfiguration(false)).build();
    }

    /** Kept in the session; the login page reads it for its form (LoginPageCsrf). */
    @Bean
    CsrfTokenRepository csrfTokens() {
        return new HttpSessionCsrfTokenRepository();
    }

    /**
     * bcrypt by default, with room to move to a newer algorithm without resetting passwords; a bounded number at a
     * time ({@code portal.security.hashing-threads}, by default half the cores), so sign-ins cannot take every core.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @org.springframework.beans.factory.annotation.Value("${portal.security.hashing-threads:0}") int threads) {
        return new BoundedPasswordHashing(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                threads > 0 ? threads : BoundedPasswordHashing.defaultPermits());
    }

    /** The one way to sign in with a password: throttled and audited. */
    @Bean
    AuthenticationProvider passwordSignIn(PortalUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(users);
        return new ThrottledAuthentication(passwords, throttle, events);
    }
}
