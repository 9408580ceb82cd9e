package com.showroomassistant.assistant;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sends;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * A showroom floor for the facts and offers tests: a staff phone, an Avanza with every fact and a minimum price of
 * Rp 142.000.000, a Xenia with no facts and a sold Brio; customers and staff as the stand-in gateway sees them.
 */
abstract class FloorSupport extends IntegrationTest {

    static final String STAFF = "6281200000001";
    /** The Avanza's tax falls due eight months from now, in the showroom's time zone. */
    static final LocalDate TAX_DUE =
            LocalDate.now(ZoneId.of("Asia/Jakarta")).plusMonths(8).withDayOfMonth(1);
    /** The Avanza's minimum price in every notation a text could carry it. */
    static final List<String> MINIMUM_WRITTEN = List.of("142.000.000", "142000000", "142jt", "142 jt", "142 juta");

    @Autowired
    JdbcClient jdbc;

    long avanza;
    long xenia;

    @BeforeEach
    void standIns() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
    }

    Showroom showroom(Consumer<ObjectNode> configure) {
        Showroom s = showroomWithStaff(STAFF, configure);
        avanza = vehicle(s, """
                {"make":"Toyota","model":"Avanza","variant":"1.3 G","year":2019,"price":150000000,"color":"hitam",
                 "plateNumber":"B1234XYZ","engineCc":1329,"taxDueDate":"%s","ownerCount":1,"bpkbAvailable":true,
                 "serviceHistory":"Servis rutin di bengkel resmi","location":"Cabang Bekasi","minimumPrice":142000000}""".formatted(TAX_DUE));
        xenia = vehicle(s, """
                {"make":"Daihatsu","model":"Xenia","variant":"1.3 R","year":2018,"price":135000000,"color":"silver",
                 "plateNumber":"B5678DEF"}""");
        vehicle(s, "{\"make\":\"Honda\",\"model\":\"Brio\",\"year\":2020,\"price\":140000000,\"status\":\"sold\"}");
        return s;
    }

    private long vehicle(Showroom s, String json) {
        var r = http.post("/api/v1/vehicles", s.apiKey(), json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** The customer's message through the webhook, and the reply it got. */
    String say(Showroom s, String customer, String text) {
        int before = sendsTo(GATEWAY, s.clientId(), customer).size();
        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), UUID.randomUUID().toString(), customer, text));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> sendsTo(GATEWAY, s.clientId(), customer).size() > before);
        return sendsTo(GATEWAY, s.clientId(), customer)
                .get(before)
                .get("message")
                .asString();
    }

    List<String> staffNotices(Showroom s) {
        return sendsTo(GATEWAY, s.clientId(), STAFF).stream()
                .map(n -> n.get("message").asString())
                .toList();
    }

    /** Waits for the staff notice a turn sends, and answers it. */
    String staffNotice(Showroom s, int number) {
        await().atMost(Duration.ofSeconds(10)).until(() -> staffNotices(s).size() >= number);
        return staffNotices(s).get(number - 1);
    }

    void staffHearNothing(Showroom s) {
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> staffNotices(s).isEmpty());
    }

    String status(Showroom s, String customer) {
        return http.get("/api/v1/whatsapp-ai/conversations?q=" + customer, s.apiKey())
                .json()
                .get("items")
                .get(0)
                .get("status")
                .asString();
    }

    String lead(Showroom s, String customer, String column) {
        return jdbc.sql("select " + column + " from sales_lead where tenant_id = ? and customer_identity = ?")
                .params(s.tenantId(), customer)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** No message the gateway was asked to send, to a customer or to staff, names the minimum price. */
    void minimumNeverSent(Showroom s) {
        assertThat(sends(GATEWAY, s.clientId()))
                .allSatisfy(sent -> assertThat(sent.get("message").asString())
                        .doesNotContain(MINIMUM_WRITTEN.toArray(String[]::new)));
    }
}
