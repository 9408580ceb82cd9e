package com.showroomassistant.tenant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/webhooks/**", "/api/v1/aimeow/**").permitAll()
                        .requestMatchers(ApiKeyAuthentication.ADMIN_PATHS + "**").hasAuthority(ApiCaller.OPERATOR)
                        .anyRequest().hasAuthority(ApiCaller.TENANT))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(
                        (request, response, denied) -> unauthorized(request, response, null)))
                .build();
    }

    /** Health for probes, metrics for the scraper, and the API documentation stay readable without a key. */
    @Bean
    @Order(2)
    SecurityFilterChain openEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher(
                        "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setHeader("WWW-Authenticate", "Bearer");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"a valid API key is required (Authorization: Bearer <key>)\"}");
    }
}
