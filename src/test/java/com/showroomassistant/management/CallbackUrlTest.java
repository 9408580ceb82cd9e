package com.showroomassistant.management;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallbackUrlTest {

    @Test
    void carriesTheWebhookSecretAsTokenWhenSet() {
        assertThat(CallbackUrl.of("https://showroom.example.id/", "s3cret&x=1").value())
                .isEqualTo("https://showroom.example.id/api/v1/webhooks/aimeow?token=s3cret%26x%3D1");
    }

    @Test
    void hasNoTokenWithoutASecret() {
        assertThat(CallbackUrl.of("http://localhost:8080", "").value())
                .isEqualTo("http://localhost:8080/api/v1/webhooks/aimeow");
        assertThat(CallbackUrl.of("http://localhost:8080", null).value())
                .isEqualTo("http://localhost:8080/api/v1/webhooks/aimeow");
    }
}
