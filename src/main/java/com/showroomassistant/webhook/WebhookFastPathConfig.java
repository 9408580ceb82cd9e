package com.showroomassistant.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** {@code showroom.webhook.fast-path=false} sends the webhook through security and MVC like every other request. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "showroom.webhook.fast-path", havingValue = "true", matchIfMissing = true)
class WebhookFastPathConfig {

    @Bean
    FilterRegistrationBean<WebhookFastPath> webhookFastPath(
            WebhookReceiver receiver, JsonMapper json, MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new WebhookFastPath(receiver, json, meters));
        registration.addUrlPatterns(WebhookFastPath.PATH, WebhookFastPath.LEGACY_PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("webhookFastPath");
        return registration;
    }
}
