package com.showroomassistant.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Each documented Cloud API error leads the outbox to retry, give up, or give up and flag the token. */
class CloudErrorsTest {

    @Test
    void throttlingAndPassingFaultsAreRetried() {
        assertThat(GatewayException.cloud("send", 429, 130429, "throughput").retryable())
                .isTrue();
        assertThat(GatewayException.cloud("send", 400, 131056, "pair rate").retryable())
                .isTrue();
        assertThat(GatewayException.cloud("send", 400, 131048, "spam rate").retryable())
                .isTrue();
        assertThat(GatewayException.cloud("send", 503, null, null).retryable()).isTrue();
        assertThat(GatewayException.cloud("send", 500, 131000, "something went wrong")
                        .retryable())
                .isTrue();
    }

    @Test
    void aRefusedTokenIsGivenUpAndFlagged() {
        var expired = GatewayException.cloud("send", 401, 190, "Session has expired");
        assertThat(expired.retryable()).isFalse();
        assertThat(expired.credentialsRejected()).isTrue();
        assertThat(GatewayException.cloud("send", 400, 190, null).credentialsRejected())
                .isTrue();
    }

    @Test
    void reEngagementAndBadRequestsAreGivenUp() {
        var late = GatewayException.cloud("send", 400, 131047, "Re-engagement message");
        assertThat(late.retryable()).isFalse();
        assertThat(late.credentialsRejected()).isFalse();
        assertThat(late.getMessage()).contains(CloudGateway.OUTSIDE_WINDOW);
        assertThat(GatewayException.cloud("send", 400, 131026, "undeliverable").retryable())
                .isFalse();
        assertThat(GatewayException.cloud("send", 400, 100, "invalid parameter").retryable())
                .isFalse();
    }

    @Test
    void templateParametersAreFlattenedToOneLine() {
        assertThat(CloudGateway.parameter("Halo kak\n\nAvanza   2019\tada")).isEqualTo("Halo kak / Avanza 2019 ada");
        assertThat(CloudGateway.parameter("  ")).isEqualTo("-");
        assertThat(CloudGateway.parameter(null)).isEqualTo("-");
    }

    @Test
    void aLongTextParameterIsCutToTheLimitEveryTemplateTakes() {
        String summary = "Ringkasan harian: " + "12 percakapan baru, 3 eskalasi. ".repeat(60);
        String cut = CloudGateway.parameter(summary);
        assertThat(cut).hasSize(CloudGateway.PARAMETER_MAX).endsWith("\u2026").startsWith("Ringkasan harian:");
        assertThat(CloudGateway.parameter("x".repeat(CloudGateway.PARAMETER_MAX)))
                .isEqualTo("x".repeat(CloudGateway.PARAMETER_MAX));
    }

    @Test
    void aMediaUrlGetsTheTokenOnlyOverHttps() {
        String graph = "https://graph.facebook.com/v25.0";
        assertThat(CloudApiClient.mediaUrlAllowed(URI.create("https://lookaside.fbsbx.com/whatsapp_business/a"), graph))
                .isTrue();
        assertThat(CloudApiClient.mediaUrlAllowed(URI.create("http://lookaside.fbsbx.com/whatsapp_business/a"), graph))
                .isFalse();
        String standIn = "http://localhost:8089/v21.0";
        assertThat(CloudApiClient.mediaUrlAllowed(URI.create("http://localhost:8089/file"), standIn))
                .isTrue();
        assertThat(CloudApiClient.mediaUrlAllowed(URI.create("http://127.0.0.1:8089/file"), standIn))
                .isFalse();
    }

    @Test
    void aStatusEchoesOnlyOurOwnCallbackData() {
        assertThat(CloudGateway.ourMessageId("outbox:42")).hasValue(42);
        assertThat(CloudGateway.ourMessageId("campaign-7")).isEmpty();
        assertThat(CloudGateway.ourMessageId("outbox:")).isEmpty();
        assertThat(CloudGateway.ourMessageId(null)).isEmpty();
    }
}
