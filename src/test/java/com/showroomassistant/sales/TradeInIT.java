package com.showroomassistant.sales;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.showroomassistant.support.Payloads.aimeowImage;
import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Tukar tambah over WhatsApp (CONTRACT 9.4): asked step by step, stored on the lead, handed to staff with photos. */
class TradeInIT extends IntegrationTest {

    static final String CUSTOMER = "6281277700301";
    static final String STAFF = "6281200000031";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void standIns() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
    }

    private Showroom showroom() {
        Showroom s = newShowroom();
        configure(s, config -> {
            config.put("debounceSeconds", 0);
            config.put("welcomeMessage", "");
        });
        http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"" + STAFF + "\",\"name\":\"Budi\"}");
        http.post(
                "/api/v1/vehicles",
                s.apiKey(),
                "{\"make\":\"Toyota\",\"model\":\"Fortuner\",\"year\":2019,\"price\":420000000}");
        return s;
    }

    private String say(Showroom s, String payload, int expected) {
        http.post("/api/v1/webhooks/aimeow", null, payload);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() >= expected);
        return sendsTo(GATEWAY, s.clientId(), CUSTOMER).getLast().get("message").asString();
    }

    private String text(Showroom s, String text, int expected) {
        return say(s, aimeowText(s.clientId(), UUID.randomUUID().toString(), CUSTOMER, text), expected);
    }

    private String photoOnGateway() {
        byte[] body = new byte[] {
            (byte) 0xff,
            (byte) 0xd8,
            (byte) 0xff,
            (byte) 0xe0,
            1,
            2,
            3,
            (byte) UUID.randomUUID().hashCode()
        };
        String path = "/files/" + UUID.randomUUID() + ".jpg";
        GATEWAY.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(body)));
        return GATEWAY.baseUrl() + path;
    }

    @Test
    void aTradeInIsAskedForStepByStepAndStaffGetItWithThePhotos() {
        Showroom s = showroom();
        String first = text(s, "kak fortuner 2019 bisa tukar tambah? mobil saya avanza 2015", 1);
        assertThat(first)
                .contains("tukar tambah")
                .contains("kilometer")
                .contains("foto")
                .doesNotContain("tahun,");

        String second = text(s, "km nya 90 ribu kak", 2);
        assertThat(second).contains("foto").doesNotContain("kilometer");

        // a question in between is answered as usual, and the trade-in waits
        text(s, "jam buka showroom sampai jam berapa?", 3);
        String third =
                say(s, aimeowImage(s.clientId(), UUID.randomUUID().toString(), CUSTOMER, photoOnGateway(), ""), 4);
        assertThat(third)
                .contains("sudah lengkap")
                .contains("Avanza 2015")
                .contains("90.000 km")
                .doesNotContain("Rp");

        // staff: one summary (the escalation) and the photos kept by this service
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), STAFF).size() == 1);
        assertThat(sendsTo(GATEWAY, s.clientId(), STAFF)
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("tukar tambah")
                .contains("Avanza 2015, 90.000 km, 1 foto");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> GATEWAY
                        .findAll(postRequestedFor(urlPathMatching("/api/v1/clients/" + s.clientId() + "/send-image.*")))
                        .stream()
                        .anyMatch(r -> r.getBodyAsString().contains(STAFF)
                                && r.getBodyAsString().contains("/media/")));
        assertThat(jdbc.sql("select status from conversation where tenant_id = ? and customer_identity = ?")
                        .params(s.tenantId(), CUSTOMER)
                        .query(String.class)
                        .single())
                .isEqualTo("escalated");

        long lead = http.get("/api/v1/leads", s.apiKey())
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        JsonNode tradeIn = http.get("/api/v1/leads/" + lead, s.apiKey()).json().get("tradeIn");
        assertThat(tradeIn.get("model").asString()).isEqualTo("Avanza");
        assertThat(tradeIn.get("year").asInt()).isEqualTo(2015);
        assertThat(tradeIn.get("mileage").asInt()).isEqualTo(90_000);
        assertThat(tradeIn.get("photos")).hasSize(1);
        assertThat(tradeIn.get("photos").get(0).asString()).contains("/media/" + s.tenantId() + "/");
        assertThat(tradeIn.get("notes").asString()).contains("km nya 90 ribu");
        List<String> customerReplies = sendsTo(GATEWAY, s.clientId(), CUSTOMER).stream()
                .map(n -> n.get("message").asString())
                .toList();
        assertThat(customerReplies)
                .noneMatch(r -> r.matches("(?s).*(?i:taksiran|nilai(?:nya)? (?:sekitar|kira))\\s*Rp.*"));

        // forgetting the customer deletes the photo this service kept for them
        String kept = tradeIn.get("photos").get(0).asString();
        assertThat(http.get(kept.substring(kept.indexOf("/media/")), null).status())
                .isEqualTo(200);
        var forgotten = http.delete("/api/v1/customers/" + CUSTOMER, s.apiKey());
        assertThat(forgotten.json().get("photos").asInt()).as(forgotten.body()).isEqualTo(1);
        assertThat(http.get(kept.substring(kept.indexOf("/media/")), null).status())
                .isEqualTo(404);
    }

    @Test
    void withoutATradeInNothingChanges() {
        Showroom s = showroom();
        text(s, "fortuner 2019 masih ada?", 1);
        assertThat(jdbc.sql("select count(*) from trade_in where tenant_id = ?")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isZero();
        long lead = http.get("/api/v1/leads", s.apiKey())
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        assertThat(http.get("/api/v1/leads/" + lead, s.apiKey())
                        .json()
                        .get("tradeIn")
                        .isNull())
                .isTrue();
    }
}
