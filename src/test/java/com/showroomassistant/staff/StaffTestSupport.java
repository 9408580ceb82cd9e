package com.showroomassistant.staff;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A showroom with a staff phone and three cars, and a staff member's WhatsApp as seen through the gateway. */
abstract class StaffTestSupport extends IntegrationTest {

    static final String STAFF = "6281200000001";
    static final String CUSTOMER = "6281234567001";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void standIns() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
    }

    Showroom showroom(Consumer<ObjectNode> configure) {
        Showroom s = newShowroom();
        configure(s, config -> {
            config.put("debounceSeconds", 0);
            configure.accept(config);
        });
        staff(s, STAFF, null);
        vehicle(s, "Toyota", "Avanza", 2019, 150_000_000L, "hitam", "B1234XYZ");
        vehicle(s, "Honda", "Brio", 2020, 140_000_000L, "merah", "B2222AAA");
        vehicle(s, "Mitsubishi", "Pajero Sport", 2018, 390_000_000L, "putih", "B3333BBB");
        return s;
    }

    void staff(Showroom s, String phone, String permissionsJson) {
        var r = http.post(
                "/api/v1/whatsapp-ai/staff",
                s.apiKey(),
                "{\"phoneNumber\":\"+" + phone + "\",\"name\":\"Staff\""
                        + (permissionsJson == null ? "" : ",\"permissions\":" + permissionsJson) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    void vehicle(Showroom s, String make, String model, int year, long price, String color, String plate) {
        var r = http.post("/api/v1/vehicles", s.apiKey(), """
                {"make":"%s","model":"%s","year":%d,"price":%d,"color":"%s","plateNumber":"%s","transmission":"automatic"}""".formatted(make, model, year, price, color, plate));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    void send(Showroom s, String from, String text) {
        var r = http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), UUID.randomUUID().toString(), from, text));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    void sendPhoto(Showroom s, String from, String fileUrl, String caption) {
        var r = http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowImage(s.clientId(), UUID.randomUUID().toString(), from, fileUrl, caption));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** A photo the stand-in gateway serves, with distinct bytes per name (a JPEG header, then the name). */
    String photoOnGateway(String name) {
        byte[] head = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0};
        byte[] tail = (name + UUID.randomUUID()).getBytes();
        byte[] body = new byte[head.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length, tail.length);
        String path = "/files/" + UUID.randomUUID() + ".jpg";
        GATEWAY.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(body)));
        return GATEWAY.baseUrl() + path;
    }

    List<String> repliesTo(Showroom s, String phone, int atLeast) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sendsTo(GATEWAY, s.clientId(), phone).size() >= atLeast);
        return sendsTo(GATEWAY, s.clientId(), phone).stream()
                .map(n -> n.get("message").asString())
                .toList();
    }

    /** Sends a message as this phone and answers the one reply it gets. */
    String ask(Showroom s, String from, String text) {
        int before = sendsTo(GATEWAY, s.clientId(), from).size();
        send(s, from, text);
        return repliesTo(s, from, before + 1).get(before);
    }

    String command(Showroom s, String text) {
        return ask(s, STAFF, text);
    }

    void staysSilent(Showroom s, String phone, int sent) {
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> sendsTo(GATEWAY, s.clientId(), phone).size() == sent);
    }

    JsonNode vehicleByPlate(Showroom s, String plate) {
        for (JsonNode v :
                http.get("/api/v1/vehicles?size=100", s.apiKey()).json().get("items")) {
            if (plate.equals(v.get("plateNumber").asString())) {
                return v;
            }
        }
        throw new AssertionError("no vehicle with plate " + plate);
    }

    List<String> statuses(Showroom s) {
        return jdbc.sql("select status from vehicle where tenant_id = ? order by id")
                .param(s.tenantId())
                .query(String.class)
                .list();
    }
}
