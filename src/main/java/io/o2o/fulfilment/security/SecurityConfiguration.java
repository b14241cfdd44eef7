package io.o2o.fulfilment.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Closed unless listed here. Public: placing an order and the customer's operations on it (the
 * controller checks the order's X-Order-Token), the catalogue and stock availability, partner
 * callbacks (their adapters check signatures), the health status, the API docs, and in the demo the
 * simulators, which stand in for partners such as MoMo's pay page. Everything else takes HTTP Basic against the engine's
 * users.
 * <p>
 * Spring Security keeps no session: every call carries its credentials, so there is no cookie a
 * forged cross-site request could ride on, and no CSRF token to ask for. The only session is the
 * one Cockpit, Tasklist and Admin open with their own login under {@code /camunda}, which
 * Camunda's own CSRF filter guards.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http, CamundaIdentityAuthenticationProvider identity,
            AccessProperties access, ProblemResponses problems,
            @Value("${o2o.simulators.enabled}") boolean simulators) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationProvider(identity)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(HttpMethod.POST, "/api/orders", "/api/orders/*/cancel").permitAll()
                            .requestMatchers(HttpMethod.GET, "/api/orders/*", "/api/orders/*/payment-link", "/api/stores",
                                    "/api/products", "/api/availability")
                            .permitAll()
                            .requestMatchers("/callbacks/**").permitAll()
                            .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                                    "/actuator/health/readiness").permitAll()
                            .requestMatchers("/actuator/**").hasAuthority(AccessProperties.authorityOf(access.opsGroup()))
                            // the webapps: Camunda's login page, its own API and assets
                            .requestMatchers("/camunda/**").permitAll()
                            .requestMatchers(HttpMethod.GET, "/").permitAll()
                            .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                            .permitAll()
                            .requestMatchers("/error").permitAll();
                    if (simulators) {
                        auth.requestMatchers("/sim/**").permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .build();
    }

    /**
     * The engine's REST API runs as the user Spring Security has authenticated, with the groups the
     * identity service gives it, so that the engine's authorizations apply and the password is checked
     * once per call.
     */
    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
