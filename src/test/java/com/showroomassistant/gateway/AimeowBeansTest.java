package com.showroomassistant.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class AimeowBeansTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AimeowProperties.class)
    @Import(AimeowClient.class)
    static class Beans {}

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Beans.class);

    @Test
    void startsDisabledWithAnEmptyBaseUrl() {
        context.withPropertyValues("aimeow.base-url=").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(AimeowClient.class).enabled()).isFalse();
            assertThat(ctx.getBean(AimeowProperties.class).readTimeout()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void bindsTheBaseUrlAndTimeouts() {
        context.withPropertyValues("aimeow.base-url=http://aimeow:7030/", "aimeow.read-timeout=3s")
                .run(ctx -> {
                    AimeowProperties properties = ctx.getBean(AimeowProperties.class);
                    assertThat(properties.baseUrl()).isEqualTo("http://aimeow:7030");
                    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(ctx.getBean(AimeowClient.class).enabled()).isTrue();
                });
    }
}
