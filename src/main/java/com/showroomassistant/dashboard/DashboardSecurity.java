package com.showroomassistant.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Sessions, form login and CSRF for the dashboard's own paths only. The management API keeps its own
 * bearer-key chain (@Order(1), /api/**) and the open endpoints (@Order(2)); nothing here may capture /api,
 * /actuator, docs or media.
 */
@Configuration
class DashboardSecurity {

    static final String[] PATHS = {"/", "/login", "/logout", "/app/**", "/operator/**", "/assets/**", "/favicon.ico"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(3)
    SecurityFilterChain dashboardChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        var failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
        var signedIn = new SimpleUrlAuthenticationSuccessHandler("/app/inbox");
        signedIn.setAlwaysUseDefaultTargetUrl(true);
        http.securityMatcher(PATHS)
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/assets/**", "/favicon.ico", "/login", "/operator/login")
                        .permitAll()
                        .requestMatchers("/app/operator/**")
                        .hasRole("OPERATOR")
                        .requestMatchers("/app/settings/**", "/app/staff/**", "/app/connection/**")
                        .hasRole("OWNER")
                        .requestMatchers("/app/**")
                        .hasAnyRole("OWNER", "STAFF")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .permitAll()
                        .successHandler((request, response, authentication) -> {
                            throttle.succeeded(authentication.getName());
                            signedIn.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, failure) -> {
                            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
                            failed.onAuthenticationFailure(request, response, failure);
                        }))
                .logout(l ->
                        l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(signIn()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data: http: https:; frame-ancestors 'none'")));
        return http.build();
    }

    /** To the login page; but a poll from a page whose session expired gets 401, and htmx then goes there itself. */
    private static AuthenticationEntryPoint signIn() {
        var loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, failure) -> {
            if (request.getHeader("HX-Request") != null) {
                response.sendError(HttpStatus.UNAUTHORIZED.value());
            } else {
                loginPage.commence(request, response, failure);
            }
        };
    }

    /**
     * What no other chain claims (the API's chains come first: /api/** at 1, health, metrics and docs at 2):
     * /media/**, vehicle photos the gateway fetches by URL, and unknown paths, which answer 404 as usual.
     */
    @Bean
    @Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
