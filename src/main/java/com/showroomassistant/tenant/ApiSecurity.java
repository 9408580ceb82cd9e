package com.showroomassistant.tenant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The management API is stateless: every request carries its bearer key, no session, no CSRF (no cookies to
 * forge). Webhooks authenticate themselves (CONTRACT 3.1), so Spring Security lets them through.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiKeys keys, AdminKey admin) throws Exception {
        var apiKeys = new ApiKeyAuthentication(keys, admin);
        AuthenticationEntryPoint unauthorized = ApiSecurity::unauthorized;
        var filter = new AuthenticationFilter(new ProviderManager(apiKeys), apiKeys);
        filter.setSuccessHandler((request, response, authentication) -> {});
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(filter, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/webhooks/**", "/api/v1/aimeow/**")
                        .permitAll()
                        .requestMatchers(ApiKeyAuthentication.ADMIN_PATHS + "**")
                        .hasAuthority(ApiCaller.OPERATOR)
                        .anyRequest()
                        .hasAuthority(ApiCaller.TENANT))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, denied) -> unauthorized(request, response, null)))
                .build();
    }

    /**
     * Only health is public on the actuator: metrics, info and Prometheus tell a stranger the traffic, the tenants'
     * activity and the build, so they take the operator key, except on a separate management port
     * ({@code MANAGEMENT_SERVER_PORT}, meant for a private interface), where the scraper needs none.
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, ApiKeys keys, AdminKey admin, Environment environment)
            throws Exception {
        var operatorKey = new ApiKeyAuthentication(keys, admin);
        AuthenticationEntryPoint unauthorized = ApiSecurity::unauthorized;
        var filter = new AuthenticationFilter(new ProviderManager(operatorKey), operatorKey);
        filter.setSuccessHandler((request, response, authentication) -> {});
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
        return http.securityMatcher("/actuator", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(filter, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(request -> onManagementPort(request, environment))
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(ApiCaller.OPERATOR))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, denied) -> unauthorized(request, response, null)))
                .build();
    }

    /** Boot publishes the management server's own port, once it listens on one apart from the application's. */
    private static boolean onManagementPort(HttpServletRequest request, Environment environment) {
        String management = environment.getProperty("local.management.port");
        return management != null
                && !management.equals(environment.getProperty("local.server.port"))
                && management.equals(Integer.toString(request.getLocalPort()));
    }

    /** The API documentation stays readable without a key. */
    @Bean
    @Order(2)
    SecurityFilterChain openEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    private static void unauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setHeader("WWW-Authenticate", "Bearer");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"a valid API key is required (Authorization: Bearer <key>)\"}");
    }
}
