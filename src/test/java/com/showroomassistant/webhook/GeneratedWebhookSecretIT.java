package com.showroomassistant.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.showroomassistant.support.IntegrationTest.ADMIN_KEY;
import static com.showroomassistant.support.Payloads.aimeowText;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.showroomassistant.support.Http;
import com.showroomassistant.support.Instance;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An operator who sets AIMEOW_BASE_URL and nothing else: the webhook is never open. A secret is generated once,
 * stored for every instance, registered with the gateway in the callback URL, and shown only to the operator key.
 */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedWebhookSecretIT {

    static final WireMockServer GATEWAY = new WireMockServer(options().dynamicPort());

    @BeforeAll
    static void startGateway() {
        GATEWAY.start();
        GATEWAY.stubFor(post(urlPathEqualTo("/api/v1/config")).willReturn(okJson("{}")));
        GATEWAY.stubFor(get(urlPathEqualTo("/api/v1/clients/gw-client")).willReturn(okJson("""
                {"id":"gw-client","phone":"","isConnected":false,"qrCode":"not_available","connectedAt":"","messageCount":0}""")));
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.stop();
    }

    @Test
    void aGatewayWithoutASecretGetsAStoredOneThatEveryInstanceRequires(CapturedOutput output) {
        Map<String, Object> database = Instance.freshDatabase();
        // DEMO_DATA=true as an operator might leave it: ignored beside a gateway
        Map<String, Object> settings = Map.of(
                "aimeow.base-url",
                GATEWAY.baseUrl(),
                "showroom.demo-data",
                "true",
                "showroom.public-base-url",
                "https://showroom.example.id");
        try (Instance first = Instance.start(database, settings);
                Instance second = Instance.start(database, settings)) {
            Http a = first.http();
            Http b = second.http();
            assertThat(a.get("/api/v1/admin/tenants", ADMIN_KEY)
                            .json()
                            .get("total")
                            .asInt())
                    .as("no demo showroom beside a gateway")
                    .isZero();
            String apiKey = a.post("/api/v1/admin/tenants", ADMIN_KEY, """
                    {"name":"Showroom Nyata","city":"Solo","whatsappNumber":"6281311112222","aimeowClientId":"gw-client"}""")
                    .json()
                    .get("apiKey")
                    .asString();

            var stranger = a.post(
                    "/api/v1/webhooks/aimeow",
                    null,
                    aimeowText("gw-client", "S-1", "6281234567890", "/status B1 sold"));
            assertThat(stranger.status()).isEqualTo(401);
            assertThat(a.post(
                                    "/api/v1/aimeow/webhook?token=guess",
                                    null,
                                    aimeowText("gw-client", "S-2", "6281234567890", "halo"))
                            .status())
                    .isEqualTo(401);
            assertThat(a.get("/api/v1/admin/webhook-secret", null).status()).isEqualTo(401);
            assertThat(a.get("/api/v1/admin/webhook-secret", apiKey).status()).isEqualTo(401);

            var shown = a.get("/api/v1/admin/webhook-secret", ADMIN_KEY).json();
            assertThat(shown.get("source").asString()).isEqualTo("generated");
            String secret = shown.get("secret").asString();
            assertThat(secret).hasSizeGreaterThan(30);
            assertThat(b.get("/api/v1/admin/webhook-secret", ADMIN_KEY)
                            .json()
                            .get("secret")
                            .asString())
                    .as("one secret for every instance")
                    .isEqualTo(secret);

            var accepted = a.post(
                    "/api/v1/webhooks/aimeow?token=" + secret,
                    null,
                    aimeowText("gw-client", "G-1", "6281234567890", "avanza ada?"));
            assertThat(accepted.json().get("status").asString()).isEqualTo("accepted");
            assertThat(b.post(
                                    "/api/v1/webhooks/aimeow?token=" + secret,
                                    null,
                                    aimeowText("gw-client", "G-2", "6281234567890", "yang matic"))
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("accepted");
            assertThat(b.post("/api/v1/webhooks/aimeow", null, aimeowText("gw-client", "G-3", "6281234567890", "halo"))
                            .status())
                    .isEqualTo(401);

            assertThat(a.post("/api/v1/whatsapp-ai/initialize", apiKey, null).status())
                    .isEqualTo(200);
            GATEWAY.verify(postRequestedFor(urlPathEqualTo("/api/v1/config"))
                    .withRequestBody(
                            equalToJson("{\"callbackUrl\":\"https://showroom.example.id/api/v1/webhooks/aimeow?token="
                                    + secret + "\"}")));

            assertThat(output.getAll())
                    .as("the secret is never logged")
                    .doesNotContain(secret)
                    .contains("/api/v1/admin/webhook-secret");
        }
    }

    @Test
    void aConfiguredSecretIsRequiredAndNotRepeatedByTheOperatorEndpoint() {
        Map<String, Object> settings =
                Map.of("aimeow.base-url", GATEWAY.baseUrl(), "showroom.webhook.secret", "chosen-secret");
        try (Instance app = Instance.start(Instance.freshDatabase(), settings)) {
            Http http = app.http();
            http.post("/api/v1/admin/tenants", ADMIN_KEY, "{\"name\":\"Showroom Dua\",\"aimeowClientId\":\"gw-two\"}");
            var shown = http.get("/api/v1/admin/webhook-secret", ADMIN_KEY).json();
            assertThat(shown.get("source").asString()).isEqualTo("configured");
            assertThat(shown.has("secret")).isFalse();
            assertThat(http.post("/api/v1/webhooks/aimeow", null, aimeowText("gw-two", "C-1", "6281234567890", "halo"))
                            .status())
                    .isEqualTo(401);
            assertThat(http.post(
                                    "/api/v1/webhooks/aimeow?token=chosen-secret",
                                    null,
                                    aimeowText("gw-two", "C-2", "6281234567890", "halo"))
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("accepted");
        }
    }
}
