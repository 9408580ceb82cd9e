package com.showroomassistant.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.Payloads.quote;
import static com.showroomassistant.support.StandIns.cloudSendsTo;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.showroomassistant.support.CloudPayloads;
import com.showroomassistant.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The gateway takes a send but its answer times out: the reply may be on the customer's phone already. It is not sent
 * again blindly: the gateway's echo of it settles it as sent; only without an echo is it tried again.
 */
@DirtiesContext // settings of its own: no other class shares this context, so it is closed after it
@TestPropertySource(
        properties = {
            "aimeow.read-timeout=700ms",
            "whatsapp.cloud.read-timeout=700ms",
            "showroom.outbox.unknown-wait=4s"
        })
class AmbiguousSendIT extends IntegrationTest {

    private static final String CUSTOMER = "6281234500701";

    @Autowired
    JdbcClient jdbc;

    private void answersLate(Showroom s, boolean onlyTheFirstTime) {
        String path = "/api/v1/clients/" + s.clientId() + "/send-message";
        if (onlyTheFirstTime) {
            GATEWAY.stubFor(post(urlPathEqualTo(path))
                    .atPriority(1)
                    .inScenario(s.clientId())
                    .whenScenarioStateIs(Scenario.STARTED)
                    .willSetStateTo("answered")
                    .willReturn(okJson("{\"success\":true,\"messageId\":\"WA-LATE\"}")
                            .withFixedDelay(2_000)));
            GATEWAY.stubFor(post(urlPathEqualTo(path))
                    .atPriority(1)
                    .inScenario(s.clientId())
                    .whenScenarioStateIs("answered")
                    .willReturn(okJson("{\"success\":true,\"messageId\":\"WA-AGAIN\"}")));
        } else {
            GATEWAY.stubFor(post(urlPathEqualTo(path))
                    .atPriority(1)
                    .willReturn(okJson("{\"success\":true,\"messageId\":\"WA-LATE\"}")
                            .withFixedDelay(2_000)));
        }
    }

    /** The assistant's reply in the customer's conversation. */
    private JsonNode reply(Showroom s) {
        return customerMessages(s, CUSTOMER)
                .valueStream()
                .filter(m -> m.get("direction").asString().equals("outbound"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theGatewaysEchoSettlesASendWhoseAnswerTimedOut() {
        Showroom s = newShowroom();
        llmAnswers(LLM, s.name(), "Baik kak, kami cek dulu ya.");
        answersLate(s, false);

        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), "AMB-1", CUSTOMER, "halo, ada mobil keluarga?"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        String sent = sendsTo(GATEWAY, s.clientId(), CUSTOMER)
                .getFirst()
                .get("message")
                .asString();
        // Aimeow posts the account's own outgoing message back: typed by the showroom's number, to the customer
        String echo = """
                {"clientId":"%s","message":{"id":"WA-LATE","from":"%s","rawChat":"%s@s.whatsapp.net",
                 "rawSender":"%s@s.whatsapp.net","isLID":false,"type":"text","text":%s}}""".formatted(s.clientId(), CUSTOMER, CUSTOMER, s.ownNumber(), quote(sent));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> jdbc.sql(
                                        "select count(*) from message where tenant_id = ? and direction = 'outbound' and last_error like 'unknown: %'")
                                .param(s.tenantId())
                                .query(Long.class)
                                .single()
                        == 1); // timed out: waiting for the echo
        assertThat(http.post("/api/v1/webhooks/aimeow", null, echo)
                        .json()
                        .get("reason")
                        .asString())
                .isEqualTo("echo");

        await().during(Duration.ofSeconds(6))
                .atMost(Duration.ofSeconds(9))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        assertThat(reply(s).get("aimeowMessageId").asString()).isEqualTo("WA-LATE");
        assertThat(reply(s).get("aimeowStatus").asString()).isEqualTo("sent");
    }

    @Test
    void withoutAnEchoTheSendIsTriedAgainAfterTheWait() {
        Showroom s = newShowroom();
        llmAnswers(LLM, s.name(), "Baik kak, kami cek dulu ya.");
        answersLate(s, true);

        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), "AMB-2", CUSTOMER, "halo, ada mobil keluarga?"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);

        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 2);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> "WA-AGAIN".equals(reply(s).get("aimeowMessageId").asString()));
    }

    @Test
    void aCloudStatusCarryingOurIdSettlesASendWhoseAnswerTimedOut() {
        Showroom s = newCloudShowroom();
        configure(s, c -> {
            c.put("debounceSeconds", 0);
            c.put("welcomeMessage", "");
        });
        llmAnswers(LLM, s.name(), "Baik kak, kami cek dulu ya.");
        // Meta takes the send but its answer comes too late; the Cloud API posts no echo of our own messages
        GRAPH.stubFor(post(urlPathEqualTo("/v21.0/" + s.clientId() + "/messages"))
                .atPriority(1)
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.LATE\"}]}")
                        .withFixedDelay(2_000)));

        cloudWebhook(
                CloudPayloads.text(s.clientId(), "wamid.AMB" + s.tenantId(), CUSTOMER, "halo, ada mobil keluarga?"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> cloudSendsTo(GRAPH, s.clientId(), CUSTOMER).size() == 1);
        JsonNode sent = cloudSendsTo(GRAPH, s.clientId(), CUSTOMER).getFirst();
        String callback = sent.get("biz_opaque_callback_data").asString();
        long id = jdbc.sql("select id from message where tenant_id = ? and direction = 'outbound'")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        assertThat(callback).isEqualTo("outbox:" + id);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> jdbc.sql("select count(*) from message where id = ? and last_error like 'unknown: %'")
                                .param(id)
                                .query(Long.class)
                                .single()
                        == 1); // timed out: waiting for word of it

        // Meta's status of that message echoes our id: it went out
        String wamid = "wamid.HBgNNjI4MTIzNDUwMDcwMRUCABEYEkI" + s.tenantId();
        var r = cloudWebhook(CloudPayloads.status(s.clientId(), wamid, CUSTOMER, "sent", callback));
        assertThat(r.json().get("events").get("status_applied").asInt()).isEqualTo(1);

        await().during(Duration.ofSeconds(6))
                .atMost(Duration.ofSeconds(9))
                .until(() -> cloudSendsTo(GRAPH, s.clientId(), CUSTOMER).size() == 1);
        var row = jdbc.sql("select state, aimeow_message_id, aimeow_status from message where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row).containsEntry("state", "sent").containsEntry("aimeow_message_id", wamid);
    }

    @Test
    void aDatabaseFailureAfterTheGatewayTookTheSendIsNotAFailedSend() {
        assumeTrue(onPostgres(), "a failing database is staged with a PostgreSQL trigger");
        Showroom s = newShowroom();
        llmAnswers(LLM, s.name(), "Siap kak, dicatat (rekam-gagal).");
        // the first time this reply is recorded as sent, the database fails (a sequence is not rolled back)
        jdbc.sql("create sequence recording_failures").update();
        jdbc.sql("""
                create function fail_recording_once() returns trigger language plpgsql as $$
                begin
                  if new.state = 'sent' and new.content like '%rekam-gagal%' and nextval('recording_failures') = 1 then
                    raise exception 'database unavailable';
                  end if;
                  return new;
                end $$""").update();
        jdbc.sql(
                        "create trigger fail_recording_once before update on message for each row execute function fail_recording_once()")
                .update();
        try {
            http.post(
                    "/api/v1/webhooks/aimeow",
                    null,
                    aimeowText(s.clientId(), "REC-1", CUSTOMER, "halo, ada mobil keluarga?"));

            await().atMost(Duration.ofSeconds(20))
                    .ignoreExceptions()
                    .until(() -> "sent".equals(reply(s).get("aimeowStatus").asString()));
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        } finally {
            jdbc.sql("drop trigger fail_recording_once on message").update();
            jdbc.sql("drop function fail_recording_once()").update();
            jdbc.sql("drop sequence recording_failures").update();
        }
    }
}
