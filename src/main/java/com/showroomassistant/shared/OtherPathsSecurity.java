package com.showroomassistant.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything outside /api/** and the open endpoints: the browser dashboard (which will replace this chain with
 * its own session-based one) and /media/**, vehicle photos the gateway fetches by URL. Open until then.
 */
@Configuration(proxyBeanMethods = false)
class OtherPathsSecurity {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain otherPaths(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll()).build();
    }
}
