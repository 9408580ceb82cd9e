package com.showroomassistant.management;

import static com.showroomassistant.support.Payloads.aimeowText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.JsonNode;

/**
 * Stats and analytics against a fixed history written with fixed timestamps. The showroom is in Asia/Jakarta
 * (UTC+7), so 16:30Z on 1 March is still 1 March there and 17:10Z is already 2 March.
 */
class StatsAnalyticsIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Showroom s;
    private long account;

    @Test
    void statsAndAnalyticsCountTheSeededHistoryExactly() {
        seed();
        http.post("/api/v1/vehicles", s.apiKey(), vehicle("B 1 S", "available"));
        http.post("/api/v1/vehicles", s.apiKey(), vehicle("B 2 S", "available"));
        http.post("/api/v1/vehicles", s.apiKey(), vehicle("B 3 S", "booked"));

        JsonNode stats = http.get("/api/v1/whatsapp-ai/stats", s.apiKey()).json();
        assertThat(stats.get("conversations").toString())
                .isEqualTo("{\"total\":6,\"active\":4,\"escalated\":1,\"closed\":1}");
        assertThat(stats.get("messages").toString()).isEqualTo("{\"inbound\":10,\"outbound\":8}");
        assertThat(stats.get("aiReplies").asLong()).isEqualTo(4);
        assertThat(stats.get("escalations").asLong()).isEqualTo(3);
        assertThat(stats.get("resolutions").asLong()).isEqualTo(2);
        assertThat(stats.get("leads").toString())
                .isEqualTo("{\"total\":4,\"byStage\":{\"new\":0,\"qualified\":1,"
                        + "\"test_drive\":0,\"negotiation\":1,\"won\":1,\"lost\":1}}");
        assertThat(stats.get("vehicles").toString()).isEqualTo("{\"total\":3,\"available\":2,\"booked\":1,\"sold\":0}");

        var response = http.get("/api/v1/whatsapp-ai/analytics?from=2026-03-01&to=2026-03-03", s.apiKey());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode a = response.json();
        assertThat(a.get("timezone").asString()).isEqualTo("Asia/Jakarta");
        assertThat(a.get("messagesPerDay").toString())
                .isEqualTo(
                        "[{\"date\":\"2026-03-01\",\"inbound\":4,\"outbound\":4},"
                                + "{\"date\":\"2026-03-02\",\"inbound\":3,\"outbound\":2},{\"date\":\"2026-03-03\",\"inbound\":1,\"outbound\":0}]");
        assertThat(a.get("intents").toString())
                .isEqualTo("{\"price_inquiry\":2,\"price_negotiation\":2,\"greeting\":1,"
                        + "\"human_request\":1,\"test_drive_request\":1,\"vehicle_inquiry\":1}");
        assertThat(a.get("totals").toString())
                .isEqualTo("{\"conversationsStarted\":4,\"conversationsWithMessages\":4,"
                        + "\"inbound\":8,\"outbound\":6,\"aiReplies\":2,\"repliesToCustomers\":5,\"escalations\":2,"
                        + "\"escalationsResolved\":1,\"firstResponses\":6,\"newLeads\":3,\"conversationsClosed\":0}");
        assertThat(a.get("aiReplyRate").asDouble()).isEqualTo(0.4);
        assertThat(a.get("escalationRate").asDouble()).isEqualTo(0.5);
        assertThat(a.get("resolutionRate").asDouble()).isEqualTo(0.5);
        // waits of 2, 5, 30, 50, 90 and 600 seconds
        assertThat(a.get("medianFirstResponseSeconds").asDouble()).isEqualTo(40.0);
        assertThat(a.get("leadsByStage").toString())
                .isEqualTo("{\"new\":0,\"qualified\":1,\"test_drive\":0,\"negotiation\":1,\"won\":1,\"lost\":0}");

        JsonNode oneDay = http.get("/api/v1/whatsapp-ai/analytics?from=2026-03-02&to=2026-03-02", s.apiKey())
                .json();
        assertThat(oneDay.get("totals").get("inbound").asLong()).isEqualTo(3);
        assertThat(oneDay.get("resolutionRate").asDouble()).isEqualTo(0.0);
        assertThat(oneDay.get("escalationRate").asDouble()).isEqualTo(0.5);

        JsonNode quiet = http.get("/api/v1/whatsapp-ai/analytics?from=2025-01-01&to=2025-01-02", s.apiKey())
                .json();
        assertThat(quiet.get("aiReplyRate").isNull()).isTrue();
        assertThat(quiet.get("medianFirstResponseSeconds").isNull()).isTrue();
        assertThat(quiet.get("messagesPerDay").size()).isEqualTo(2);
    }

    @Test
    void resolvingThroughTheApiCountsOnlyWhenAPersonHadTheConversation() {
        seed();
        long escalated = conversation("628111000003");
        long untouched = conversation("628111000001");

        assertThat(http.post("/api/v1/whatsapp-ai/conversations/" + escalated + "/resolve", s.apiKey(), null)
                        .status())
                .isEqualTo(200);
        http.post("/api/v1/whatsapp-ai/conversations/" + untouched + "/resolve", s.apiKey(), null);

        JsonNode stats = http.get("/api/v1/whatsapp-ai/stats", s.apiKey()).json();
        assertThat(stats.get("resolutions").asLong()).isEqualTo(3);
        assertThat(stats.get("conversations").get("escalated").asLong()).isZero();
        JsonNode march = http.get("/api/v1/whatsapp-ai/analytics?from=2026-03-01&to=2026-03-03", s.apiKey())
                .json();
        assertThat(march.get("resolutionRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void anEscalationByTheAssistantIsRecorded() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
        Showroom fresh = newShowroom();
        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(fresh.clientId(), "E-1", "6281299912345", "saya mau bicara dengan sales"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http.get("/api/v1/whatsapp-ai/stats", fresh.apiKey())
                                .json()
                                .get("escalations")
                                .asLong()
                        == 1);
        assertThat(http.get("/api/v1/whatsapp-ai/stats", fresh.apiKey())
                        .json()
                        .get("conversations")
                        .get("escalated")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void datesAreValidated() {
        Showroom fresh = newShowroom();
        var reversed = http.get("/api/v1/whatsapp-ai/analytics?from=2026-03-05&to=2026-03-01", fresh.apiKey());
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.contentType()).startsWith("application/problem+json");
        assertThat(reversed.json().get("errors").has("from")).isTrue();
        var garbled = http.get("/api/v1/whatsapp-ai/analytics?from=kemarin", fresh.apiKey());
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.json().get("errors").get("from").asString()).contains("ISO date");
        var tooLong = http.get("/api/v1/whatsapp-ai/analytics?from=2024-01-01&to=2026-01-01", fresh.apiKey());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").has("to")).isTrue();
        assertThat(http.get("/api/v1/whatsapp-ai/analytics", fresh.apiKey())
                        .json()
                        .get("messagesPerDay")
                        .size())
                .isEqualTo(30);
    }

    /** Six conversations around 1-3 March 2026; see the assertions for what each contributes. */
    private void seed() {
        s = newShowroom();
        account = jdbc.sql("select id from gateway_account where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        String staff = "6281200000001";

        long c1 = conv("628111000001", "active", "2026-03-01T02:00:00Z");
        in(c1, "2026-03-01T02:00:00Z", "vehicle_inquiry");
        out(c1, "2026-03-01T02:00:30Z", "ai", "sent", "628111000001");
        in(c1, "2026-03-01T02:05:00Z", "price_inquiry");
        in(c1, "2026-03-01T02:05:10Z", "price_inquiry");
        out(c1, "2026-03-01T02:05:50Z", "ai", "sent", "628111000001");
        out(c1, "2026-03-01T02:06:00Z", "ai", "failed", "628111000001");

        long c2 = conv("628111000002", "active", "2026-03-01T16:30:00Z");
        in(c2, "2026-03-01T16:30:00Z", "human_request");
        event(c2, "escalated", "2026-03-01T16:30:05Z");
        out(c2, "2026-03-01T16:30:05Z", "system", "sent", "628111000002");
        out(c2, "2026-03-01T16:30:05Z", "system", "sent", staff);
        in(c2, "2026-03-01T17:10:00Z", "greeting");
        out(c2, "2026-03-01T17:20:00Z", "human", "recorded", "628111000002");
        event(c2, "resolved", "2026-03-01T17:30:00Z");

        long c3 = conv("628111000003", "escalated", "2026-03-02T03:00:00Z");
        in(c3, "2026-03-02T03:00:00Z", "price_negotiation");
        event(c3, "escalated", "2026-03-02T03:00:02Z");
        out(c3, "2026-03-02T03:00:02Z", "system", "sent", "628111000003");
        in(c3, "2026-03-02T03:10:00Z", "price_negotiation");

        long c4 = conv("628111000004", "closed", "2026-02-28T10:00:00Z");
        in(c4, "2026-02-28T10:00:00Z", "greeting");
        out(c4, "2026-02-28T10:00:20Z", "ai", "sent", "628111000004");
        event(c4, "escalated", "2026-02-28T10:01:00Z");
        event(c4, "resolved", "2026-03-01T05:00:00Z");

        long c5 = conv("628111000005", "active", "2026-03-03T16:59:00Z");
        in(c5, "2026-03-03T16:59:00Z", "test_drive_request");
        out(c5, "2026-03-03T17:00:30Z", "ai", "sent", "628111000005");

        long c6 = conv("628111000006", "active", "2026-03-04T01:00:00Z");
        in(c6, "2026-03-04T01:00:00Z", "greeting");

        jdbc.sql("""
                insert into message (tenant_id, account_id, direction, sender_type, content, state, ignore_reason, created_at)
                values (?, ?, 'inbound', 'customer', 'grup', 'ignored', 'group', ?)""").params(s.tenantId(), account, at("2026-03-02T05:00:00Z")).update();

        lead("628111000001", "qualified", "2026-03-01T03:00:00Z");
        lead("628111000003", "negotiation", "2026-03-02T03:05:00Z");
        lead("628111000007", "won", "2026-03-03T10:00:00Z");
        lead("628111000008", "lost", "2026-02-20T10:00:00Z");
    }

    private long conv(String customer, String status, String createdAt) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into conversation (tenant_id, account_id, customer_identity, customer_phone, status, open_key,
                                          created_at, last_message_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        s.tenantId(),
                        account,
                        customer,
                        customer,
                        status,
                        "closed".equals(status) ? null : customer,
                        at(createdAt),
                        at(createdAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void in(long conversation, String at, String intent) {
        jdbc.sql("""
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content, state,
                                     intent, confidence, created_at)
                values (?, ?, ?, 'inbound', 'customer', 'pesan', 'done', ?, 0.9, ?)""")
                .params(s.tenantId(), account, conversation, intent, at(at))
                .update();
    }

    private void out(long conversation, String at, String senderType, String state, String recipient) {
        jdbc.sql("""
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content, state,
                                     recipient, created_at)
                values (?, ?, ?, 'outbound', ?, 'balasan', ?, ?, ?)""")
                .params(s.tenantId(), account, conversation, senderType, state, recipient, at(at))
                .update();
    }

    private void event(long conversation, String kind, String at) {
        jdbc.sql("insert into conversation_event (tenant_id, conversation_id, kind, created_at) values (?, ?, ?, ?)")
                .params(s.tenantId(), conversation, kind, at(at))
                .update();
    }

    private void lead(String customer, String stage, String createdAt) {
        jdbc.sql("""
                insert into sales_lead (tenant_id, customer_identity, customer_phone, stage, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(s.tenantId(), customer, customer, stage, at(createdAt), at(createdAt))
                .update();
    }

    private long conversation(String customer) {
        return jdbc.sql("select id from conversation where tenant_id = ? and customer_identity = ?")
                .params(s.tenantId(), customer)
                .query(Long.class)
                .single();
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant);
    }

    private static String vehicle(String plate, String status) {
        return """
                {"make":"Honda","model":"Brio","year":2020,"price":140000000,"plateNumber":"%s","status":"%s"}""".formatted(plate, status);
    }
}
