package com.showroomassistant.gateway;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(CloudGateway.parameter("Halo kak\n\nAvanza   2019\tada")).isEqualTo("Halo kak Avanza 2019 ada");
        assertThat(CloudGateway.parameter("  ")).isEqualTo("-");
        assertThat(CloudGateway.parameter(null)).isEqualTo("-");
    }
}
