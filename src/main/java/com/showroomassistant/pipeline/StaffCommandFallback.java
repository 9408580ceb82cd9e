package com.showroomassistant.pipeline;

import com.showroomassistant.intent.Classification;
import com.showroomassistant.shared.TenantId;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StaffCommandFallback {

    @Bean
    @ConditionalOnMissingBean(StaffCommandPort.class)
    StaffCommandPort staffCommandsUnavailable() {
        return (TenantId tenant, String phone, String text, Classification c) -> Optional.empty();
    }
}
