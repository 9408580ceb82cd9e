package com.showroomassistant.management;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.showroomassistant.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The connection lifecycle against a stand-in gateway that behaves like Aimeow: QR "not_available" first. */
class ConnectionIT extends IntegrationTest {

    @Autowired
    Connections connections;

    private final List<StubMapping> stubs = new ArrayList<>();

    @AfterEach
    void removeStubs() {
        stubs.forEach(GATEWAY::removeStub);
    }

    private void gateway(com.github.tomakehurst.wiremock.client.MappingBuilder mapping) {
        stubs.add(GATEWAY.stubFor(mapping));
    }

    /** What GET /clients/{id} answers from now on (the newest stub wins). */
    private void clientShows(String id, String json) {
        gateway(get(urlPathEqualTo("/api/v1/clients/" + id)).willReturn(okJson(json)));
    }

    @Test
    void pairsANewNumberFromQrToConnectedAndDisconnects() {
        Showroom s = newUnpairedShowroom();
        String id = UUID.randomUUID().toString();
        gateway(post(urlPathEqualTo("/api/v1/config")).willReturn(okJson("{\"callbackUrl\":\"x\"}")));
        gateway(post(urlPathEqualTo("/api/v1/clients/new"))
                .willReturn(okJson("{\"id\":\"" + id + "\",\"qrUrl\":\"http://gateway/qr?client_id=" + id + "\"}")));
        clientShows(id, """
                {"id":"%s","phone":"","isConnected":false,"qrCode":"not_available","connectedAt":"","messageCount":0}""".formatted(id));

        assertThat(http.get("/api/v1/whatsapp-ai/status", s.apiKey())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("disconnected");
        var init = http.post("/api/v1/whatsapp-ai/initialize", s.apiKey(), null);

        assertThat(init.status()).isEqualTo(200);
        assertThat(init.json().get("clientId").asString()).isEqualTo(id);
        assertThat(init.json().get("qrUrl").asString()).isEqualTo("http://gateway/qr?client_id=" + id);
        assertThat(init.json().get("state").asString()).isEqualTo("qr_ready");
        GATEWAY.verify(postRequestedFor(urlPathEqualTo("/api/v1/config"))
                .withRequestBody(equalToJson("{\"callbackUrl\":\"http://localhost:8080/api/v1/webhooks/aimeow?token="
                        + WEBHOOK_SECRET + "\"}")));

        var waiting = http.get("/api/v1/whatsapp-ai/status", s.apiKey()).json();
        assertThat(waiting.get("state").asString()).isEqualTo("qr_ready");
        assertThat(waiting.get("qrCode").isNull()).isTrue();
        assertThat(waiting.get("gatewayReachable").asBoolean()).isTrue();

        clientShows(id, """
                {"id":"%s","phone":"","isConnected":false,"qrCode":"2@AbCdEf,XyZ","connectedAt":"","messageCount":0}""".formatted(id));
        assertThat(http.get("/api/v1/whatsapp-ai/status", s.apiKey())
                        .json()
                        .get("qrCode")
                        .asString())
                .isEqualTo("2@AbCdEf,XyZ");

        clientShows(id, """
                {"id":"%s","phone":"6281377778888","isConnected":true,"qrCode":"not_available",
                 "connectedAt":"2026-11-26T09:00:00+07:00","messageCount":3}""".formatted(id));
        connections.pollAll();
        var connected = http.get("/api/v1/whatsapp-ai/status", s.apiKey()).json();
        assertThat(connected.get("state").asString()).isEqualTo("connected");
        assertThat(connected.get("connected").asBoolean()).isTrue();
        assertThat(connected.get("phoneNumber").asString()).isEqualTo("6281377778888");
        assertThat(connected.get("connectedAt").asString()).isEqualTo("2026-11-26T02:00:00Z");
        assertThat(connected.get("qrCode").isNull()).isTrue();

        gateway(delete(urlPathEqualTo("/api/v1/clients/" + id)).willReturn(okJson("{\"message\":\"deleted\"}")));
        var gone = http.post("/api/v1/whatsapp-ai/disconnect", s.apiKey(), null).json();
        GATEWAY.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/clients/" + id)));
        assertThat(gone.get("state").asString()).isEqualTo("disconnected");
        assertThat(gone.get("clientId").isNull()).isTrue();
        assertThat(gone.get("phoneNumber").asString()).isEqualTo("6281377778888");
    }

    @Test
    void theScheduledPollFollowsTheGatewayWithoutAnyRequest() {
        Showroom s = newShowroom();
        clientShows(s.clientId(), """
                {"id":"%s","phone":"628139990000","isConnected":true,"qrCode":"not_available","connectedAt":"","messageCount":0}""".formatted(s.clientId()));
        connections.pollAll();
        assertThat(stored(s)).isEqualTo("connected");

        clientShows(s.clientId(), """
                {"id":"%s","phone":"628139990000","isConnected":false,"qrCode":"2@Qr","connectedAt":"","messageCount":0}""".formatted(s.clientId()));
        connections.pollAll();
        assertThat(stored(s)).isEqualTo("qr_ready");
    }

    @Test
    void initializeKeepsAnExistingClientAndOnlyRegistersTheCallback() {
        Showroom s = newShowroom();
        gateway(post(urlPathEqualTo("/api/v1/config")).willReturn(okJson("{}")));
        clientShows(s.clientId(), """
                {"id":"%s","phone":"","isConnected":false,"qrCode":"2@Qr","connectedAt":"","messageCount":0}""".formatted(s.clientId()));
        int created = GATEWAY.findAll(postRequestedFor(urlPathEqualTo("/api/v1/clients/new")))
                .size();

        var init = http.post("/api/v1/whatsapp-ai/initialize", s.apiKey(), null).json();

        assertThat(init.get("clientId").asString()).isEqualTo(s.clientId());
        assertThat(init.get("state").asString()).isEqualTo("qr_ready");
        assertThat(GATEWAY.findAll(postRequestedFor(urlPathEqualTo("/api/v1/clients/new"))))
                .hasSize(created);
    }

    @Test
    void anUnreachableGatewayLeavesTheStoredStateAndSaysSo() {
        Showroom s = newShowroom();
        gateway(get(urlPathEqualTo("/api/v1/clients/" + s.clientId()))
                .willReturn(aResponse().withStatus(503)));
        var status = http.get("/api/v1/whatsapp-ai/status", s.apiKey());
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("gatewayReachable").asBoolean()).isFalse();
        assertThat(status.json().get("clientId").asString()).isEqualTo(s.clientId());

        gateway(post(urlPathEqualTo("/api/v1/config")).willReturn(aResponse().withStatus(500)));
        var init = http.post("/api/v1/whatsapp-ai/initialize", s.apiKey(), null);
        assertThat(init.status()).isEqualTo(502);
        assertThat(init.contentType()).startsWith("application/problem+json");
    }

    @Autowired
    JdbcClient jdbc;

    private String stored(Showroom s) {
        return jdbc.sql("select connection_state from gateway_account where tenant_id = ?")
                .param(s.tenantId())
                .query(String.class)
                .single();
    }
}
