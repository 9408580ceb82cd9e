package com.showroomassistant.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.showroomassistant.support.StandIns.cloudSendsTo;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.dashboard.DashboardUser;
import com.showroomassistant.dashboard.DashboardUsers;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.CloudPayloads;
import com.showroomassistant.support.FormSession;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The WhatsApp Cloud API end to end against a stand-in Graph API built from Meta's public documentation: the webhook
 * handshake and signature, messages with media, statuses out of order, throttled sends, the 24-hour window and its
 * templates, and a refused token.
 */
class CloudApiIT extends IntegrationTest {

    static final String CUSTOMER = "6281355501001";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DashboardUsers users;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @BeforeEach
    void standIns() {
        StandIns.graphAcceptsAll(GRAPH);
        StandIns.llmDefault(LLM);
    }

    Showroom showroom() {
        Showroom s = newCloudShowroom();
        configure(s, c -> {
            c.put("debounceSeconds", 0);
            c.put("welcomeMessage", "");
        });
        return s;
    }

    List<String> texts(Showroom s, String to) {
        return cloudSendsTo(GRAPH, s.clientId(), to).stream()
                .filter(m -> m.path("type").asString("").equals("text"))
                .map(m -> m.get("text").get("body").asString())
                .toList();
    }

    @Test
    void theVerificationHandshakeAnswersTheChallengeOnlyForTheVerifyToken() {
        var ok = http.get(
                "/api/v1/webhooks/whatsapp-cloud?hub.mode=subscribe&hub.verify_token=" + CLOUD_VERIFY_TOKEN
                        + "&hub.challenge=1158201444",
                null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        var wrong = http.get(
                "/api/v1/webhooks/whatsapp-cloud?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1", null);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.body()).doesNotContain("1158201444");
    }

    @Test
    void unsignedOrBadlySignedCallsAre401AndMalformedOnes400WithNothingStored() {
        Showroom s = showroom();
        String body = CloudPayloads.text(s.clientId(), "wamid.UNSIGNED1", CUSTOMER, "avanza ada?");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String path = "/api/v1/webhooks/whatsapp-cloud";

        assertThat(http.postRaw(path, bytes, Map.of("Content-Type", "application/json"))
                        .status())
                .isEqualTo(401);
        assertThat(http.postRaw(
                                path,
                                bytes,
                                Map.of(
                                        "Content-Type",
                                        "application/json",
                                        "X-Hub-Signature-256",
                                        "sha256=" + CloudPayloads.sign("another-apps-secret", body)))
                        .status())
                .isEqualTo(401);
        var malformed = cloudWebhook("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":"
                + "\"messages\",\"value\":{\"metadata\":{\"phone_number_id\":\"" + s.clientId()
                + "\"},\"messages\":[{\"from\":\"" + CUSTOMER + "\",\"type\":\"text\"}]}}]}]}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(cloudWebhook("{not json").status()).isEqualTo(400);
        assertThat(cloudWebhook("[1,2]").status()).isEqualTo(400);

        assertThat(jdbc.sql("select count(*) from message where tenant_id = ?")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSignedMessageIsStoredOnceAnsweredAndItsStatusesOnlyMoveTheTicksForward() {
        Showroom s = showroom();
        llmAnswers(LLM, s.name(), "Halo kak Rina, ada yang bisa kami bantu?");
        String body = CloudPayloads.text(s.clientId(), "wamid.IN1" + s.tenantId(), CUSTOMER, "avanza masih ada?");
        var first = cloudWebhook(body);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("events").get("accepted").asInt()).isEqualTo(1);
        assertThat(cloudWebhook(body).json().get("events").get("duplicate").asInt())
                .isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> texts(s, CUSTOMER).size() == 1);
        assertThat(texts(s, CUSTOMER)).containsExactly("Halo kak Rina, ada yang bisa kami bantu?");
        var sent = cloudSendsTo(GRAPH, s.clientId(), CUSTOMER).getFirst();
        assertThat(sent.get("messaging_product").asString()).isEqualTo("whatsapp");
        assertThat(GRAPH.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                                urlPathEqualTo("/v21.0/" + s.clientId() + "/messages"))
                        .withHeader("Authorization", equalTo("Bearer " + CLOUD_ACCESS_TOKEN))))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> customerMessages(s, CUSTOMER)
                        .get(1)
                        .get("aimeowMessageId")
                        .isString());
        String wamid =
                customerMessages(s, CUSTOMER).get(1).get("aimeowMessageId").asString();
        assertThat(wamid).startsWith("wamid.");
        assertThat(customerMessages(s, CUSTOMER).get(0).get("content").asString())
                .isEqualTo("avanza masih ada?");

        // Meta may deliver statuses out of order: read, then the delayed delivered and sent, in one POST
        assertThat(cloudWebhook(CloudPayloads.status(s.clientId(), wamid, CUSTOMER, "read"))
                        .status())
                .isEqualTo(200);
        String late = CloudPayloads.envelope(s.clientId(), """
                "statuses":[{"id":"%s","status":"delivered","timestamp":"1","recipient_id":"%s"},
                            {"id":"%s","status":"sent","timestamp":"1","recipient_id":"%s"}]""".formatted(wamid, CUSTOMER, wamid, CUSTOMER));
        assertThat(cloudWebhook(late).status()).isEqualTo(200);
        JsonNode reply = customerMessages(s, CUSTOMER).get(1);
        assertThat(reply.get("aimeowStatus").asString()).isEqualTo("read");
        assertThat(reply.get("readAt").isNull()).isFalse();
        assertThat(reply.get("deliveredAt").isNull()).isFalse();
    }

    @Test
    void aFailedStatusKeepsMetasReasonForTheApiAndTheDashboard() {
        Showroom s = showroom();
        llmAnswers(LLM, s.name(), "Baik kak, kami cek stoknya.");
        cloudWebhook(CloudPayloads.text(s.clientId(), "wamid.FS" + s.tenantId(), CUSTOMER, "brio ada?"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> customerMessages(s, CUSTOMER).size() == 2
                        && customerMessages(s, CUSTOMER)
                                .get(1)
                                .get("aimeowMessageId")
                                .isString());
        String wamid =
                customerMessages(s, CUSTOMER).get(1).get("aimeowMessageId").asString();

        // Meta took the send (200 and an id), then reports it failed: the reason is in statuses[].errors[]
        var r = cloudWebhook(CloudPayloads.failed(
                s.clientId(),
                wamid,
                CUSTOMER,
                131047,
                "Message failed to send because more than 24 hours have passed since the customer last replied"
                        + " to this number."));
        assertThat(r.json().get("events").get("status_applied").asInt()).isEqualTo(1);

        JsonNode reply = customerMessages(s, CUSTOMER).get(1);
        assertThat(reply.get("aimeowStatus").asString()).isEqualTo("failed");
        assertThat(reply.get("failureReason").asString())
                .startsWith("outside the 24-hour customer-service window")
                .contains("131047")
                .contains("more than 24 hours have passed");
        long conversation = conversationId(s, CUSTOMER);
        assertThat(owner(s).get("/app/conversations/" + conversation).body())
                .contains("di luar jendela 24 jam WhatsApp");
    }

    @Test
    void aCustomerPhotoIsFetchedByMediaIdWithTheTokenAndKeptInTheMediaStore() {
        Showroom s = showroom();
        llmAnswers(LLM, s.name(), "Terima kasih kak, fotonya sudah kami terima.");
        String mediaId = Long.toString(4_000_000_000L + s.tenantId());
        String file = "/whatsapp_business/attachments/" + UUID.randomUUID();
        byte[] jpeg = {
            (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 'b', 'r', 'i', 'o', '-', 'm', 'e', 'r', 'a', 'h'
        };
        GRAPH.stubFor(get(urlPathEqualTo("/v21.0/" + mediaId))
                .withHeader("Authorization", equalTo("Bearer " + CLOUD_ACCESS_TOKEN))
                .willReturn(okJson("""
                        {"messaging_product":"whatsapp","url":"%s","mime_type":"image/jpeg",
                         "sha256":"abc","file_size":"%d","id":"%s"}""".formatted(GRAPH.baseUrl() + file, jpeg.length, mediaId))));
        GRAPH.stubFor(get(urlPathEqualTo(file))
                .withHeader("Authorization", equalTo("Bearer " + CLOUD_ACCESS_TOKEN))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(jpeg)));

        var r = cloudWebhook(
                CloudPayloads.image(s.clientId(), "wamid.IMG" + s.tenantId(), CUSTOMER, mediaId, "ini mobilnya"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> texts(s, CUSTOMER).size() == 1);
        GRAPH.verify(getRequestedFor(urlPathEqualTo(file)));
        String kept = jdbc.sql("select media_url from message where tenant_id = ? and direction = 'inbound'")
                .param(s.tenantId())
                .query(String.class)
                .single();
        assertThat(kept).startsWith("http://localhost:8080/media/" + s.tenantId() + "/");
        assertThat(http.get(java.net.URI.create(kept).getPath(), null).status()).isEqualTo(200);
    }

    @Test
    void aBodyForAPhoneNumberIdOfNoAccountIs200IgnoredWithNothingStored() {
        String unknown = "99" + System.nanoTime();
        String body = CloudPayloads.text(unknown, "wamid.UNKNOWN" + unknown, CUSTOMER, "halo");
        double before = meters.counter("webhook.requests", "outcome", "cloud_unknown_phone_number_id")
                .count();
        // signed by nobody we know: there is no app secret to check it with, and nothing is kept
        var r = http.postRaw(
                "/api/v1/webhooks/whatsapp-cloud",
                body.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json", "X-Hub-Signature-256", "sha256=" + "0".repeat(64)));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("ignored");
        assertThat(r.json().get("events").get("unknown_phone_number_id").asInt())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from message where aimeow_message_id = ?")
                        .param("wamid.UNKNOWN" + unknown)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(meters.counter("webhook.requests", "outcome", "cloud_unknown_phone_number_id")
                        .count())
                .isEqualTo(before + 1);
    }

    @Test
    void theTokenIsNeverSentToAPlainHttpMediaUrl() {
        Showroom s = showroom();
        llmAnswers(LLM, s.name(), "Terima kasih kak.");
        String mediaId = Long.toString(5_000_000_000L + s.tenantId());
        String file = "/whatsapp_business/attachments/plain-" + UUID.randomUUID();
        // the stand-in would serve it, but under another host name than the configured Graph API: not https, refused
        String plain = GRAPH.baseUrl().replace("localhost", "127.0.0.1") + file;
        GRAPH.stubFor(get(urlPathEqualTo("/v21.0/" + mediaId)).willReturn(okJson("""
                        {"messaging_product":"whatsapp","url":"%s","mime_type":"image/jpeg","file_size":"14",
                         "id":"%s"}""".formatted(plain, mediaId))));
        GRAPH.stubFor(get(urlPathEqualTo(file)).willReturn(aResponse().withBody(new byte[] {1, 2, 3})));

        cloudWebhook(CloudPayloads.image(s.clientId(), "wamid.PLAIN" + s.tenantId(), CUSTOMER, mediaId, "ini"));

        await().atMost(Duration.ofSeconds(20)).until(() -> texts(s, CUSTOMER).size() == 1);
        GRAPH.verify(getRequestedFor(urlPathEqualTo("/v21.0/" + mediaId)));
        GRAPH.verify(0, getRequestedFor(urlPathEqualTo(file)));
        assertThat(jdbc.sql("select media_url from message where tenant_id = ? and direction = 'inbound'")
                        .param(s.tenantId())
                        .query(String.class)
                        .single())
                .isEqualTo("cloud-media:" + mediaId);
    }

    @Test
    void aThrottledSendIsRetriedAndDeliveredOnce() {
        Showroom s = showroom();
        String path = "/v21.0/" + s.clientId() + "/messages";
        GRAPH.stubFor(post(urlPathEqualTo(path))
                .inScenario(s.name())
                .whenScenarioStateIs(STARTED)
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,
                                 "error_data":{"messaging_product":"whatsapp","details":"Cloud API message throughput has been reached."},
                                 "fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}}"""))
                .willSetStateTo("throttled"));
        GRAPH.stubFor(post(urlPathEqualTo(path))
                .inScenario(s.name())
                .whenScenarioStateIs("throttled")
                .atPriority(1)
                .willReturn(okJson("""
                        {"messaging_product":"whatsapp","contacts":[{"input":"%s","wa_id":"%s"}],
                         "messages":[{"id":"wamid.OK%d"}]}""".formatted(CUSTOMER, CUSTOMER, s.tenantId()))));

        cloudWebhook(CloudPayloads.text(s.clientId(), "wamid.T" + s.tenantId(), CUSTOMER, "halo"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from message where tenant_id = ? and direction = 'outbound'"
                                        + " and state = 'sent'")
                                .param(s.tenantId())
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(cloudSendsTo(GRAPH, s.clientId(), CUSTOMER)).hasSize(2);
        assertThat(customerMessages(s, CUSTOMER).get(1).get("aimeowMessageId").asString())
                .isEqualTo("wamid.OK" + s.tenantId());
    }

    @Test
    void aFollowUpOutsideTheWindowGoesAsTheConfiguredTemplate() {
        Showroom s = followUpShowroom();
        http.put("/api/v1/admin/tenants/" + s.tenantId() + "/gateway", ADMIN_KEY, """
                {"kind":"cloud","phoneNumberId":"%s","templates":{"follow_up":{"name":"stok_baru","language":"id",
                 "parameters":["customerName","text"]}}}""".formatted(s.clientId()));
        customerWroteADayAgo(s);

        addAvanza(s);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> cloudSendsTo(GRAPH, s.clientId(), CUSTOMER).size() == 2);
        JsonNode followUp = cloudSendsTo(GRAPH, s.clientId(), CUSTOMER).getLast();
        assertThat(followUp.get("type").asString()).isEqualTo("template");
        assertThat(followUp.get("template").get("name").asString()).isEqualTo("stok_baru");
        assertThat(followUp.get("template").get("language").get("code").asString())
                .isEqualTo("id");
        JsonNode parameters = followUp.get("template").get("components").get(0).get("parameters");
        assertThat(parameters.get(0).get("text").asString()).isEqualTo("Rina");
        assertThat(parameters.get(1).get("text").asString())
                .contains("Toyota Avanza 2019")
                .doesNotContain("\n");
    }

    @Test
    void withoutATemplateAFollowUpOutsideTheWindowIsNotSentAndSaysWhy() {
        Showroom s = followUpShowroom();
        customerWroteADayAgo(s);

        addAvanza(s);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> customerMessages(s, CUSTOMER).size() == 3
                        && customerMessages(s, CUSTOMER)
                                .get(2)
                                .get("failureReason")
                                .isString());
        assertThat(customerMessages(s, CUSTOMER).get(2).get("state").asString()).isEqualTo("failed");
        assertThat(customerMessages(s, CUSTOMER).get(2).get("failureReason").asString())
                .contains("24-hour customer-service window")
                .contains("follow_up");
        assertThat(cloudSendsTo(GRAPH, s.clientId(), CUSTOMER)).hasSize(1);

        // the owner's conversation view says why in words
        long conversation = conversationId(s, CUSTOMER);
        assertThat(owner(s).get("/app/conversations/" + conversation).body())
                .contains("di luar jendela 24 jam WhatsApp");
    }

    FormSession owner(Showroom s) {
        String email = "pemilik-" + s.tenantId() + "@cloud.uji.id";
        users.create(new TenantId(s.tenantId()), email, "kata-sandi-uji", DashboardUser.OWNER);
        var dashboard = new FormSession(port);
        dashboard.login(email, "kata-sandi-uji");
        return dashboard;
    }

    @Test
    void aRefusedTokenFailsTheSendAndMarksTheConnectionBrokenForTheOwner() {
        Showroom s = showroom();
        GRAPH.stubFor(post(urlPathEqualTo("/v21.0/" + s.clientId() + "/messages"))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"error":{"message":"Error validating access token: Session has expired.",
                                 "type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"A1"}}""")));
        cloudWebhook(CloudPayloads.text(s.clientId(), "wamid.TOK" + s.tenantId(), CUSTOMER, "halo"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> customerMessages(s, CUSTOMER).size() == 2
                        && "failed"
                                .equals(customerMessages(s, CUSTOMER)
                                        .get(1)
                                        .get("state")
                                        .asString()));
        assertThat(cloudSendsTo(GRAPH, s.clientId(), CUSTOMER)).hasSize(1);
        GRAPH.stubFor(get(urlPathEqualTo("/v21.0/" + s.clientId()))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Session has expired.\",\"code\":190}}")));
        var status = http.get("/api/v1/whatsapp-ai/status", s.apiKey()).json();
        assertThat(status.get("kind").asString()).isEqualTo("cloud");
        assertThat(status.get("state").asString()).isEqualTo("disconnected");
        assertThat(status.get("connectionError").asString()).contains("access token");
        assertThat(owner(s).get("/app/connection").body())
                .contains("id=\"connection-error\"")
                .contains("WhatsApp menolak kredensial nomor ini")
                .contains("WhatsApp Cloud API (resmi Meta)");
    }

    @Test
    void theOperatorSetsTheGatewayAndNeverReadsItsSecretsBack() {
        Showroom s = showroom();
        var view = http.get("/api/v1/admin/tenants/" + s.tenantId() + "/gateway", ADMIN_KEY);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("kind").asString()).isEqualTo("cloud");
        assertThat(view.json().get("phoneNumberId").asString()).isEqualTo(s.clientId());
        assertThat(view.json().get("accessTokenSet").asBoolean()).isTrue();
        assertThat(view.body()).doesNotContain(CLOUD_ACCESS_TOKEN).doesNotContain(CLOUD_APP_SECRET);
        assertThat(jdbc.sql("select access_token_enc from gateway_account where tenant_id = ?")
                        .param(s.tenantId())
                        .query(String.class)
                        .single())
                .startsWith("v1:")
                .doesNotContain(CLOUD_ACCESS_TOKEN);
        var bad = http.put(
                "/api/v1/admin/tenants/" + s.tenantId() + "/gateway",
                ADMIN_KEY,
                "{\"kind\":\"cloud\",\"phoneNumberId\":\"12ab\"}");
        assertThat(bad.status()).isEqualTo(400);
        var nullTemplate =
                http.put("/api/v1/admin/tenants/" + s.tenantId() + "/gateway", ADMIN_KEY, """
                {"kind":"cloud","phoneNumberId":"%s","templates":{"follow_up":null}}""".formatted(s.clientId()));
        assertThat(nullTemplate.status()).as(nullTemplate.body()).isEqualTo(400);
        assertThat(nullTemplate.body()).contains("templates.follow_up");
        assertThat(http.put("/api/v1/admin/tenants/" + s.tenantId() + "/gateway", ADMIN_KEY, "{\"kind\":\"fax\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/admin/tenants/" + s.tenantId() + "/gateway", s.apiKey())
                        .status())
                .isIn(401, 403);
    }

    Showroom followUpShowroom() {
        Showroom s = newCloudShowroom();
        configure(s, c -> {
            c.put("debounceSeconds", 0);
            c.put("welcomeMessage", "");
            c.putObject("followUps").put("newStockMatch", true);
        });
        return s;
    }

    /** The customer asked about an Avanza, was answered, and wrote nothing since: 25 hours ago. */
    void customerWroteADayAgo(Showroom s) {
        cloudWebhook(CloudPayloads.text(s.clientId(), "wamid.F" + s.tenantId(), CUSTOMER, "avanza masih ada?"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> cloudSendsTo(GRAPH, s.clientId(), CUSTOMER).size() == 1);
        jdbc.sql("update conversation set customer_wrote_at = ? where tenant_id = ?")
                .params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(25), s.tenantId())
                .update();
    }

    void addAvanza(Showroom s) {
        var created = http.post("/api/v1/vehicles", s.apiKey(), """
                {"make":"Toyota","model":"Avanza","year":2019,"price":150000000,"color":"hitam"}""");
        assertThat(created.status()).isEqualTo(201);
    }
}
