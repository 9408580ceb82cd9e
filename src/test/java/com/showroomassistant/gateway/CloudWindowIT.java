package com.showroomassistant.gateway;

import static com.showroomassistant.support.StandIns.cloudSendsTo;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.CloudPayloads;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The Cloud API's 24-hour window, checked for every send against its own recipient: a staff phone that has not
 * written to the number gets its notice as the staff_notice template or not at all (failed at once, with the reason,
 * Meta never asked), one that wrote lately gets it free-form; and the window runs from when the customer sent their
 * message, less a margin, not from when a late webhook brought it.
 */
class CloudWindowIT extends IntegrationTest {

    static final String CUSTOMER = "6281355502001";
    static final String STAFF = "6281355502999";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void standIns() {
        StandIns.graphAcceptsAll(GRAPH);
        StandIns.llmDefault(LLM);
    }

    /** A Cloud showroom with one staff phone, whose assistant's draft promises a discount: escalated, staff told. */
    Showroom escalatingShowroom(String templates) {
        Showroom s = newCloudShowroom();
        configure(s, c -> {
            c.put("debounceSeconds", 0);
            c.put("welcomeMessage", "");
        });
        http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"" + STAFF + "\",\"name\":\"Budi\"}");
        if (templates != null) {
            var put = http.put("/api/v1/admin/tenants/" + s.tenantId() + "/gateway", ADMIN_KEY, """
                    {"kind":"cloud","phoneNumberId":"%s","templates":%s}""".formatted(
                            s.clientId(), templates));
            assertThat(put.status()).as(put.body()).isEqualTo(200);
        }
        llmAnswers(LLM, s.name(), "Untuk kakak bisa diskon 10 juta, jadi Rp 140.000.000 saja!");
        return s;
    }

    /** The notices to the staff phone as stored: state and why not sent. */
    List<Map<String, Object>> staffNotices(Showroom s) {
        return jdbc.sql("select state, last_error, purpose from message where tenant_id = ? and recipient = ?"
                        + " and direction = 'outbound' order by id")
                .params(s.tenantId(), STAFF)
                .query()
                .listOfRows();
    }

    @Test
    void aStaffPhoneThatNeverWroteGetsItsNoticeAsTheStaffNoticeTemplate() {
        Showroom s = escalatingShowroom("""
                {"staff_notice":{"name":"pemberitahuan_staf","language":"id","parameters":["text"]}}""");

        cloudWebhook(CloudPayloads.text(s.clientId(), "wamid.SN1" + s.tenantId(), CUSTOMER, "avanza bisa kurang?"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> cloudSendsTo(GRAPH, s.clientId(), STAFF).size() == 1);
        JsonNode notice = cloudSendsTo(GRAPH, s.clientId(), STAFF).getFirst();
        assertThat(notice.get("type").asString()).isEqualTo("template");
        assertThat(notice.get("template").get("name").asString()).isEqualTo("pemberitahuan_staf");
        String text = notice.get("template")
                .get("components")
                .get(0)
                .get("parameters")
                .get(0)
                .get("text")
                .asString();
        assertThat(text).contains(CUSTOMER).doesNotContain("\n");
        // the customer wrote a moment ago: their reply goes free-form
        assertThat(cloudSendsTo(GRAPH, s.clientId(), CUSTOMER)
                        .getFirst()
                        .get("type")
                        .asString())
                .isEqualTo("text");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "sent".equals(staffNotices(s).getFirst().get("state")));
        assertThat(staffNotices(s).getFirst().get("purpose")).isEqualTo("staff_notice");
    }

    @Test
    void withoutATemplateTheNoticeFailsAtOnceWithTheReasonAndMetaIsNotAsked() {
        Showroom s = escalatingShowroom(null);

        cloudWebhook(CloudPayloads.text(s.clientId(), "wamid.SN2" + s.tenantId(), CUSTOMER, "avanza bisa kurang?"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !staffNotices(s).isEmpty()
                        && "failed".equals(staffNotices(s).getFirst().get("state")));
        assertThat((String) staffNotices(s).getFirst().get("last_error"))
                .contains("outside the 24-hour customer-service window")
                .contains("staff_notice");
        // the customer's reply is sent on its own lease, perhaps after the notice failed
        await().atMost(Duration.ofSeconds(10))
                .until(() -> cloudSendsTo(GRAPH, s.clientId(), CUSTOMER).size() == 1);
        assertThat(cloudSendsTo(GRAPH, s.clientId(), STAFF)).isEmpty();
    }

    @Test
    void aStaffPhoneThatWroteLatelyGetsItsNoticeFreeForm() {
        Showroom s = escalatingShowroom(null);
        // the staff member wrote to the number an hour ago (in their own conversation)
        cloudWebhook(CloudPayloads.text(
                s.clientId(),
                "wamid.STAFF" + s.tenantId(),
                STAFF,
                "/inventory",
                Instant.now().minus(Duration.ofHours(1))));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !cloudSendsTo(GRAPH, s.clientId(), STAFF).isEmpty());
        int before = cloudSendsTo(GRAPH, s.clientId(), STAFF).size();

        cloudWebhook(CloudPayloads.text(s.clientId(), "wamid.SN3" + s.tenantId(), CUSTOMER, "avanza bisa kurang?"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> cloudSendsTo(GRAPH, s.clientId(), STAFF).size() == before + 1);
        JsonNode notice = cloudSendsTo(GRAPH, s.clientId(), STAFF).getLast();
        assertThat(notice.get("type").asString()).isEqualTo("text");
        assertThat(notice.get("text").get("body").asString()).contains(CUSTOMER);
    }

    @Test
    void theWindowRunsFromWhenTheCustomerSentTheMessageLessAMargin() {
        Showroom s = escalatingShowroom(null);
        llmAnswers(LLM, s.name(), "Halo kak, unitnya masih ada.");
        // Meta redelivers, after an outage, a message the customer sent 23 h 55 min ago: inside 24 h, not inside the
        // margin, so a free-form reply could reach Meta too late; it is not sent, and says why
        cloudWebhook(CloudPayloads.text(
                s.clientId(),
                "wamid.LATE" + s.tenantId(),
                CUSTOMER,
                "avanza masih ada?",
                Instant.now().minus(Duration.ofHours(23).plusMinutes(55))));

        await().atMost(Duration.ofSeconds(20)).until(() -> reply(s) != null && "failed".equals(reply(s)));
        assertThat(jdbc.sql("select last_error from message where tenant_id = ? and recipient = ?"
                                + " and direction = 'outbound'")
                        .params(s.tenantId(), CUSTOMER)
                        .query(String.class)
                        .single())
                .contains("outside the 24-hour customer-service window");
        assertThat(cloudSendsTo(GRAPH, s.clientId(), CUSTOMER)).isEmpty();
    }

    String reply(Showroom s) {
        return jdbc.sql("select state from message where tenant_id = ? and recipient = ? and direction = 'outbound'")
                .params(s.tenantId(), CUSTOMER)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
