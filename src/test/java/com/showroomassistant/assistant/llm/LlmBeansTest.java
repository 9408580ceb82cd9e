package com.showroomassistant.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class LlmBeansTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LlmProperties.class)
    @Import(LlmClient.class)
    static class Beans {}

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Beans.class);

    @Test
    void startsDisabledWithoutKeyOrBaseUrl() {
        context.withPropertyValues("zai.api-key=", "zai.base-url=", "zai.timeout-ms=30000")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(LlmClient.class).isAvailable()).isFalse();
                });
    }

    @Test
    void bindsTheApplicationProperties() {
        context.withBean(SimpleMeterRegistry.class)
                .withPropertyValues(
                        "zai.api-key=k",
                        "zai.base-url=https://api.z.ai/api/coding/paas/v4",
                        "zai.text-model=glm-4.6",
                        "zai.timeout-ms=20000")
                .run(ctx -> {
                    LlmProperties properties = ctx.getBean(LlmProperties.class);
                    assertThat(properties.timeoutMs()).isEqualTo(20_000);
                    assertThat(properties.maxAttempts()).isEqualTo(3);
                    assertThat(ctx.getBean(LlmClient.class).isAvailable()).isTrue();
                });
    }
}
