package com.showroomassistant.webhook;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.Payloads.envelopeText;
import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class WebhookIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    long messages(String clientId) {
        return jdbc.sql(
                        "select count(*) from message m join gateway_account a on a.id = m.account_id where a.client_id = ?")
                .param(clientId)
                .query(Long.class)
                .single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/webhooks/aimeow", "/api/v1/aimeow/webhook"})
    void storesBothFormatsOnBothPathsInAVisibleConversation(String path) {
        Showroom s = newShowroom();
        var a = http.post(path, null, aimeowText(s.clientId(), "A-1", "6281234567890", "avanza 2019 masih ada?"));
        var b = http.post(path, null, envelopeText(s.clientId(), "B-1", "6281234567891", "halo kak"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("status").asString()).isEqualTo("accepted");
        assertThat(b.json().get("status").asString()).isEqualTo("accepted");
        var list = http.get("/api/v1/whatsapp-ai/conversations", s.apiKey()).json();
        assertThat(list.get("total").asInt()).isEqualTo(2);
        var rina = http.get("/api/v1/whatsapp-ai/conversations?q=1234567890", s.apiKey())
                .json()
                .get("items")
                .get(0);
        assertThat(rina.get("customerName").asString()).isEqualTo("Rina");
        var stored = http.get(
                        "/api/v1/whatsapp-ai/conversations/" + rina.get("id").asLong() + "/messages", s.apiKey())
                .json()
                .get("items")
                .get(0);
        assertThat(stored.get("content").asString()).isEqualTo("avanza 2019 masih ada?");
        assertThat(stored.get("direction").asString()).isEqualTo("inbound");
        assertThat(stored.get("aimeowMessageId").asString()).isEqualTo("A-1");
        String raw = jdbc.sql("select raw_payload from message where aimeow_message_id = 'A-1' and tenant_id = ?")
                .param(s.tenantId())
                .query(String.class)
                .single();
        assertThat(raw).contains("\"pushName\":\"Rina\"");
    }

    @Test
    void theFastPathAnswersAsTheContractSays() {
        WebhookPathsIT.answersAsTheContractSays(http, newShowroom());
    }

    @Test
    void fiftyConcurrentDeliveriesOfOneMessageStoreExactlyOne() throws Exception {
        Showroom s = newShowroom();
        String body = aimeowText(s.clientId(), "DUP-1", "6281299990000", "ada brio merah?");
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> http.post("/api/v1/webhooks/aimeow", null, body)
                    .json()
                    .get("status")
                    .asString());
        }
        List<String> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(50)) {
            for (Future<String> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        }
        assertThat(statuses).filteredOn("accepted"::equals).hasSize(1);
        assertThat(statuses).filteredOn("duplicate"::equals).hasSize(49);
        assertThat(messages(s.clientId())).isEqualTo(1);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations", s.apiKey())
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    /**
     * On PostgreSQL concurrent messages share a batch and a transaction (the inbox's group commit): a message delivered
     * several times within one batch, or across batches, is still stored once, and each conversation counts exactly
     * the messages stored in it.
     */
    @Test
    void concurrentRedeliveriesIntoOpenConversationsStoreEachMessageOnceAndCountIt() throws Exception {
        Showroom s = newShowroom();
        List<String> customers = List.of("6281266660001", "6281266660002", "6281266660003", "6281266660004");
        for (String customer : customers) {
            http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "OPEN-" + customer, customer, "halo"));
        }
        String seq = "select c.inbox_seq from conversation c join gateway_account a on a.id = c.account_id"
                + " where a.client_id = ? and c.customer_identity = ?";
        Map<String, Long> before = new HashMap<>();
        for (String customer : customers) {
            before.put(
                    customer,
                    jdbc.sql(seq)
                            .params(s.clientId(), customer)
                            .query(Long.class)
                            .single());
        }
        List<Callable<String>> calls = new ArrayList<>();
        for (int delivery = 0; delivery < 3; delivery++) {
            for (String customer : customers) {
                for (int i = 0; i < 10; i++) {
                    String body = aimeowText(s.clientId(), "MANY-" + customer + "-" + i, customer, "pesan " + i);
                    calls.add(() -> http.post("/api/v1/webhooks/aimeow", null, body)
                            .json()
                            .get("status")
                            .asString());
                }
            }
        }
        Collections.shuffle(calls, new Random(7));
        List<String> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(40)) {
            for (Future<String> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        }
        assertThat(statuses).filteredOn("accepted"::equals).hasSize(40);
        assertThat(statuses).filteredOn("duplicate"::equals).hasSize(80);
        assertThat(jdbc.sql("select count(*) from message m join gateway_account a on a.id = m.account_id"
                                + " where a.client_id = ? and m.direction = 'inbound'")
                        .param(s.clientId())
                        .query(Long.class)
                        .single())
                .isEqualTo(44);
        for (String customer : customers) {
            assertThat(jdbc.sql(seq)
                            .params(s.clientId(), customer)
                            .query(Long.class)
                            .single())
                    .as("messages counted in %s's conversation", customer)
                    .isEqualTo(before.get(customer) + 10);
        }
    }

    @Test
    void concurrentFirstMessagesOfOneCustomerShareOneConversation() throws Exception {
        Showroom s = newShowroom();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String body = aimeowText(s.clientId(), "BURST-" + i, "6281277770000", "pesan " + i);
            calls.add(() -> http.post("/api/v1/webhooks/aimeow", null, body).status());
        }
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isEqualTo(200);
            }
        }
        assertThat(messages(s.clientId())).isEqualTo(20);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations", s.apiKey())
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aRedeliveryOfAMessageStoredOutsideAnyConversationOpensNone() {
        Showroom s = newShowroom();
        // stored before without a conversation (as ignored messages are), then delivered as a customer's first message
        jdbc.sql("""
                insert into message (tenant_id, account_id, direction, sender_type, content, aimeow_message_id, state)
                select tenant_id, id, 'inbound', 'customer', 'halo', 'LONE-1', 'ignored' from gateway_account
                 where client_id = ?""").param(s.clientId()).update();

        var response =
                http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "LONE-1", "6281266660000", "halo"));

        assertThat(response.json().get("status").asString()).isEqualTo("duplicate");
        assertThat(messages(s.clientId())).isEqualTo(1);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations", s.apiKey())
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void groupsAndBroadcastsAreRecordedAsIgnored() {
        Showroom s = newShowroom();
        String group = """
                {"clientId":"%s","message":{"id":"G-1","from":"6281234567890","rawChat":"120363@g.us",
                 "rawSender":"6281234567890@s.whatsapp.net","isLID":false,"type":"text","text":"promo"}}""".formatted(s.clientId());
        String status = """
                {"clientId":"%s","message":{"id":"S-1","from":"6281234567890","rawChat":"status@broadcast",
                 "rawSender":"6281234567890@s.whatsapp.net","isLID":false,"type":"text","text":"story"}}""".formatted(s.clientId());
        var g = http.post("/api/v1/webhooks/aimeow", null, group).json();
        var b = http.post("/api/v1/webhooks/aimeow", null, status).json();

        assertThat(g.get("status").asString()).isEqualTo("ignored");
        assertThat(g.get("reason").asString()).isEqualTo("group");
        assertThat(b.get("reason").asString()).isEqualTo("broadcast");
        assertThat(jdbc.sql("select count(*) from message where tenant_id = ? and state = 'ignored'")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations", s.apiKey())
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void messageTypedOnTheShowroomPhoneIsAHumanReplyThatPausesTheAssistant() {
        Showroom s = newShowroom();
        http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "C-1", "6281234500001", "ada avanza?"));
        String own = """
                {"clientId":"%s","message":{"id":"OWN-1","from":"6281234500001","rawChat":"6281234500001@s.whatsapp.net",
                 "rawSender":"%s@s.whatsapp.net","isLID":false,"type":"text","text":"Ada kak, silakan mampir"}}""".formatted(s.clientId(), s.ownNumber());
        assertThat(http.post("/api/v1/webhooks/aimeow", null, own)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("accepted");

        var conversation = http.get("/api/v1/whatsapp-ai/conversations", s.apiKey())
                .json()
                .get("items")
                .get(0);
        assertThat(conversation.get("humanActiveAt").isNull()).isFalse();
        var messages = http.get(
                        "/api/v1/whatsapp-ai/conversations/"
                                + conversation.get("id").asLong() + "/messages",
                        s.apiKey())
                .json()
                .get("items");
        assertThat(messages.get(1).get("direction").asString()).isEqualTo("outbound");
        assertThat(messages.get(1).get("senderType").asString()).isEqualTo("human");
    }

    @Test
    void theGatewayEchoOfOurOwnReplyIsNotMistakenForAHuman() {
        Showroom s = newShowroom();
        http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "E-1", "6281234500005", "ada avanza?"));
        long conversation = jdbc.sql("select id from conversation where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        long account = jdbc.sql("select id from gateway_account where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content, state,"
                                + " recipient) values (?, ?, ?, 'outbound', 'ai', 'Ada kak, Avanza 2019.', 'pending', '6281234500005')")
                .params(s.tenantId(), account, conversation)
                .update();
        String echo = """
                {"clientId":"%s","message":{"id":"ECHO-1","from":"6281234500005","rawChat":"6281234500005@s.whatsapp.net",
                 "rawSender":"%s@s.whatsapp.net","isLID":false,"type":"text","text":"Ada kak, Avanza 2019."}}""".formatted(s.clientId(), s.ownNumber());
        var r = http.post("/api/v1/webhooks/aimeow", null, echo).json();
        assertThat(r.get("status").asString()).isEqualTo("ignored");
        assertThat(r.get("reason").asString()).isEqualTo("echo");
        assertThat(jdbc.sql("select human_active_at is null from conversation where id = ?")
                        .param(conversation)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void lidSenderIsIdentifiedByItsAlternativeJid() {
        Showroom s = newShowroom();
        String lid = """
                {"clientId":"%s","message":{"id":"L-1","from":"","rawChat":"99887766554433@lid",
                 "rawSender":"99887766554433@lid","rawSenderAlt":"6281355550000@s.whatsapp.net","isLID":true,
                 "type":"text","text":"halo"}}""".formatted(s.clientId());
        String unresolved = """
                {"clientId":"%s","message":{"id":"L-2","from":"","rawChat":"11223344556677@lid",
                 "rawSender":"11223344556677@lid","rawSenderAlt":"","isLID":true,"type":"text","text":"halo"}}""".formatted(s.clientId());
        assertThat(http.post("/api/v1/webhooks/aimeow", null, lid)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("accepted");
        assertThat(http.post("/api/v1/webhooks/aimeow", null, unresolved)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("accepted");

        var phones = http.get("/api/v1/whatsapp-ai/conversations", s.apiKey())
                .json()
                .get("items")
                .findValuesAsString("customerPhone");
        assertThat(phones).containsExactlyInAnyOrder("6281355550000", "11223344556677@lid");
    }

    @Test
    void statusEventsOnlyMoveForwardAndConnectionEventsUpdateTheAccount() {
        Showroom s = newShowroom();
        http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "IN-1", "6281234500002", "halo"));
        long conversation = jdbc.sql("select id from conversation where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        long account = jdbc.sql("select id from gateway_account where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content, state,"
                                + " aimeow_message_id, aimeow_status) values (?, ?, ?, 'outbound', 'ai', 'Halo kak', 'sent', 'OUT-1', 'sent')")
                .params(s.tenantId(), account, conversation)
                .update();

        String read = status(s.clientId(), "OUT-1", "read");
        String delivered = status(s.clientId(), "OUT-1", "delivered");
        assertThat(http.post("/api/v1/webhooks/aimeow", null, read)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("accepted");
        assertThat(http.post("/api/v1/webhooks/aimeow", null, delivered)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ignored");
        assertThat(jdbc.sql("select aimeow_status from message where aimeow_message_id = 'OUT-1' and tenant_id = ?")
                        .param(s.tenantId())
                        .query(String.class)
                        .single())
                .isEqualTo("read");

        String qr = "{\"clientId\":\"%s\",\"event\":\"qr\",\"data\":{\"qrCode\":\"2@abc\"}}".formatted(s.clientId());
        String connected = "{\"clientId\":\"%s\",\"event\":\"connected\",\"data\":{\"phoneNumber\":\"+6281999000111\"}}"
                .formatted(s.clientId());
        http.post("/api/v1/aimeow/webhook", null, qr);
        assertThat(state(s)).isEqualTo("qr_ready");
        http.post("/api/v1/aimeow/webhook", null, connected);
        assertThat(state(s)).isEqualTo("connected");
        assertThat(jdbc.sql("select phone_number from gateway_account where tenant_id = ?")
                        .param(s.tenantId())
                        .query(String.class)
                        .single())
                .isEqualTo("6281999000111");
    }

    private String state(Showroom s) {
        return jdbc.sql("select connection_state from gateway_account where tenant_id = ?")
                .param(s.tenantId())
                .query(String.class)
                .single();
    }

    private static String status(String clientId, String id, String status) {
        return "{\"clientId\":\"%s\",\"event\":\"status\",\"data\":{\"messageId\":\"%s\",\"status\":\"%s\"}}"
                .formatted(clientId, id, status);
    }

    @Test
    void badInputGetsTheContractsStatusCodesAndWritesNothing() {
        Showroom s = newShowroom();
        String c = s.clientId();
        Map<String, Integer> cases = new java.util.LinkedHashMap<>();
        cases.put("{\"clientId\":", 400);
        cases.put("not json at all", 400);
        cases.put("[1,2,3]", 400);
        cases.put("{\"message\":{\"id\":\"X\",\"text\":\"hi\"}}", 400);
        cases.put("{\"clientId\":123,\"message\":{\"id\":\"X\"}}", 400 /* numbers are not client ids we know */);
        cases.put("{\"clientId\":\"" + c + "\",\"message\":{\"from\":\"628111\",\"text\":\"no id\"}}", 400);
        cases.put("{\"clientId\":\"" + c + "\",\"message\":\"just a string\"}", 400);
        cases.put("{\"clientId\":\"" + c + "\",\"message\":{\"id\":{\"x\":1},\"text\":\"hi\"}}", 400);
        cases.put(
                "{\"clientId\":\"" + c + "\",\"event\":\"message\",\"data\":{\"from\":\"+628111\",\"message\":\"x\"}}",
                400);
        cases.put(
                "{\"clientId\":\"" + c + "\",\"event\":\"status\",\"data\":{\"messageId\":\"Z\",\"status\":\"bogus\"}}",
                400);
        cases.put("{\"clientId\":\"" + c + "\",\"event\":\"message\",\"data\":[]}", 400);
        cases.put(
                "{\"clientId\":\"unknown-client\",\"message\":{\"id\":\"X\",\"from\":\"628111\",\"text\":\"hi\"}}",
                404);
        cases.forEach((body, expected) -> {
            var r = http.postRaw(
                    "/api/v1/webhooks/aimeow",
                    body.getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "application/json"));
            assertThat(r.status()).as(body).isEqualTo(body.startsWith("{\"clientId\":123") ? 404 : expected);
            assertThat(r.contentType()).as(body).startsWith("application/problem+json");
        });
        byte[] huge = ("{\"clientId\":\"" + c + "\",\"message\":{\"id\":\"BIG\",\"text\":\"" + "x".repeat(1024 * 1024)
                        + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(http.postRaw("/api/v1/webhooks/aimeow", huge, Map.of("Content-Type", "application/json"))
                        .status())
                .isEqualTo(413);
        assertThat(messages(c)).isZero();

        var nul = http.post("/api/v1/webhooks/aimeow", null, aimeowText(c, "NUL-1", "6281234500003", "ha\u0000lo"));
        assertThat(nul.json().get("status").asString()).isEqualTo("accepted");
        assertThat(jdbc.sql("select content from message where aimeow_message_id = 'NUL-1' and tenant_id = ?")
                        .param(s.tenantId())
                        .query(String.class)
                        .single())
                .isEqualTo("halo");
        assertThat(http.get("/actuator/health", null).body()).contains("\"UP\"");
        String metrics = http.get("/actuator/prometheus", ADMIN_KEY).body();
        assertThat(metrics)
                .contains("webhook_requests_total{")
                .contains("outcome=\"bad_request\"")
                .contains("outcome=\"too_large\"")
                .contains("inbox_depth");
    }
}
