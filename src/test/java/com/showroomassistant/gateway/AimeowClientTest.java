package com.showroomassistant.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AimeowClientTest {

    private static final String SEND_MESSAGE = "/api/v1/clients/c-1/send-message";

    private WireMockServer server;
    private AimeowClient client;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        client = new AimeowClient(
                new AimeowProperties(server.baseUrl() + "/", Duration.ofSeconds(1), Duration.ofMillis(500)));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void sendsAMessage() {
        server.stubFor(post(SEND_MESSAGE).willReturn(okJson("{\"success\":true,\"messageId\":\"m-1\",\"extra\":1}")));

        SendResult result = client.sendMessage("c-1", "6281234567890", "Halo kak, unitnya ready");

        assertThat(result.messageId()).isEqualTo("m-1");
        server.verify(postRequestedFor(urlEqualTo(SEND_MESSAGE))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"phone\":\"6281234567890\",\"message\":\"Halo kak, unitnya ready\"}")));
    }

    @Test
    void sendsOneImageAndAnAlbum() {
        server.stubFor(post(anyUrl()).willReturn(okJson("{\"success\":true,\"messageId\":\"m-2\"}")));

        client.sendImage("c-1", "123@lid", "https://cdn.example/a.jpg", "Avanza 2021");
        client.sendImages(
                "c-1",
                "6281",
                List.of(new Image("https://cdn.example/a.jpg", "depan"), new Image("https://cdn.example/b.jpg", null)));

        server.verify(
                postRequestedFor(urlEqualTo("/api/v1/clients/c-1/send-image"))
                        .withRequestBody(
                                equalToJson(
                                        "{\"phone\":\"123@lid\",\"imageUrl\":\"https://cdn.example/a.jpg\",\"caption\":\"Avanza 2021\"}")));
        server.verify(
                postRequestedFor(urlEqualTo("/api/v1/clients/c-1/send-images")).withRequestBody(equalToJson("""
                {"phone":"6281","images":[
                  {"imageUrl":"https://cdn.example/a.jpg","caption":"depan"},
                  {"imageUrl":"https://cdn.example/b.jpg","caption":""}]}""")));
    }

    @Test
    void serverErrorIsRetryable() {
        server.stubFor(post(SEND_MESSAGE).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.sendMessage("c-1", "6281", "hi"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.getMessage()).doesNotContain("hi");
                });
    }

    @Test
    void tooManyRequestsIsRetryable() {
        server.stubFor(post(SEND_MESSAGE).willReturn(aResponse().withStatus(429)));

        assertThatThrownBy(() -> client.sendMessage("c-1", "6281", "hi"))
                .isInstanceOfSatisfying(
                        GatewayException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void badRequestIsNotRetryable() {
        server.stubFor(
                post(SEND_MESSAGE).willReturn(aResponse().withStatus(400).withBody("{\"error\":\"bad phone\"}")));

        assertThatThrownBy(() -> client.sendMessage("c-1", "6281", "hi"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.status()).isEqualTo(400);
                });
    }

    @Test
    void successFalseIsARetryableFailure() {
        server.stubFor(post(SEND_MESSAGE).willReturn(okJson("{\"success\":false,\"error\":\"client not connected\"}")));

        assertThatThrownBy(() -> client.sendMessage("c-1", "6281", "hi"))
                .isInstanceOfSatisfying(
                        GatewayException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void slowAnswerIsARetryableTimeout() {
        server.stubFor(post(SEND_MESSAGE)
                .willReturn(okJson("{\"success\":true,\"messageId\":\"late\"}").withFixedDelay(2_000)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.sendMessage("c-1", "6281", "hi"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.status()).isNull();
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_800));
    }

    @Test
    void unreachableGatewayIsRetryable() {
        int port = server.port();
        server.stop();
        AimeowClient offline = new AimeowClient(new AimeowProperties("http://127.0.0.1:" + port, null, null));

        assertThatThrownBy(() -> offline.sendMessage("c-1", "6281", "hi"))
                .isInstanceOfSatisfying(
                        GatewayException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void managesDeviceClients() {
        server.stubFor(
                post("/api/v1/clients/new").willReturn(okJson("{\"id\":\"c-9\",\"qrUrl\":\"http://gw/qr/c-9\"}")));
        server.stubFor(get("/api/v1/clients/c-9").willReturn(okJson("""
                {"id":"c-9","phone":"","isConnected":false,"qrCode":"not_available",
                 "connectedAt":null,"messageCount":0,"osName":"Chrome"}""")));
        server.stubFor(any(urlEqualTo("/api/v1/clients/c-9"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(post("/api/v1/config").willReturn(okJson("{\"success\":true}")));

        NewClient created = client.createClient();
        ClientState state = client.getClient("c-9");
        client.deleteClient("c-9");
        client.registerCallback("https://showroom.example/webhooks/aimeow");

        assertThat(created).isEqualTo(new NewClient("c-9", "http://gw/qr/c-9"));
        assertThat(state.connected()).isFalse();
        assertThat(state.qrCode()).isEqualTo("not_available");
        assertThat(state.hasQrCode()).isFalse();
        assertThat(state.connectedAt()).isNull();
        server.verify(deleteRequestedFor(urlEqualTo("/api/v1/clients/c-9")));
        server.verify(postRequestedFor(urlEqualTo("/api/v1/config"))
                .withRequestBody(equalToJson("{\"callbackUrl\":\"https://showroom.example/webhooks/aimeow\"}")));
    }

    @Test
    void readsAConnectedClient() {
        server.stubFor(get("/api/v1/clients/c-3").willReturn(okJson("""
                {"id":"c-3","phone":"6281234567890","isConnected":true,"qrCode":"2@abc",
                 "connectedAt":"2025-01-02T03:04:05Z","messageCount":42}""")));

        ClientState state = client.getClient("c-3");

        assertThat(state).isEqualTo(new ClientState("c-3", "6281234567890", true, "2@abc", "2025-01-02T03:04:05Z", 42));
        assertThat(state.hasQrCode()).isTrue();
    }

    @Test
    void downloadsMediaWithinTheLimit() {
        byte[] jpeg = new byte[300];
        server.stubFor(get("/files/a.jpg").willReturn(aResponse().withBody(jpeg)));

        assertThat(client.download(server.baseUrl() + "/files/a.jpg", 300)).hasSize(300);
        assertThat(client.download("/files/a.jpg", 1_000)).hasSize(300);
        assertThatThrownBy(() -> client.download(server.baseUrl() + "/files/a.jpg", 299))
                .isInstanceOfSatisfying(
                        GatewayException.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void refusesMediaLargerThanTheLimitEvenWithoutContentLength() {
        server.stubFor(get("/files/big")
                .willReturn(aResponse().withBody(new byte[5_000]).withChunkedDribbleDelay(2, 10)));

        assertThatThrownBy(() -> client.download(server.baseUrl() + "/files/big", 1_000))
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("larger than 1000 bytes");
    }

    @Test
    void recipientDropsThePlusAndKeepsLids() {
        assertThat(AimeowClient.recipient("+6281234567890")).isEqualTo("6281234567890");
        assertThat(AimeowClient.recipient("6281234567890")).isEqualTo("6281234567890");
        assertThat(AimeowClient.recipient("123456789012345@lid")).isEqualTo("123456789012345@lid");
    }

    @Test
    void withoutABaseUrlTheClientIsDisabled() {
        AimeowClient disabled = new AimeowClient(new AimeowProperties("", null, null));

        assertThat(disabled.enabled()).isFalse();
        assertThatThrownBy(() -> disabled.sendMessage("c-1", "6281", "hi"))
                .isInstanceOfSatisfying(
                        GatewayException.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void propertiesDefaultTheTimeouts() {
        AimeowProperties properties = new AimeowProperties(null, null, null);

        assertThat(properties.enabled()).isFalse();
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(10));
    }
}
