package com.showroomassistant.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.completion;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.llmRequests;
import static com.showroomassistant.support.StandIns.sends;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PipelineIT extends IntegrationTest {

    static final String CUSTOMER = "6281234567001";
    static final String STAFF = "6281200000001";

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
        http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"+" + STAFF + "\",\"name\":\"Budi\"}");
        vehicle(s, "Toyota", "Avanza", 2019, 150_000_000L, "hitam", "B1234XYZ");
        vehicle(s, "Honda", "Brio", 2020, 140_000_000L, "merah", "B2222AAA");
        vehicle(s, "Mitsubishi", "Pajero Sport", 2018, 390_000_000L, "putih", "B3333BBB");
        return s;
    }

    void vehicle(Showroom s, String make, String model, int year, long price, String color, String plate) {
        var r = http.post("/api/v1/vehicles", s.apiKey(), """
                {"make":"%s","model":"%s","year":%d,"price":%d,"color":"%s","plateNumber":"%s","transmission":"automatic"}""".formatted(make, model, year, price, color, plate));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    void send(Showroom s, String id, String from, String text) {
        var r = http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), id, from, text));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    List<JsonNode> repliesTo(Showroom s, String phone, int atLeast) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sendsTo(GATEWAY, s.clientId(), phone).size() >= atLeast);
        return sendsTo(GATEWAY, s.clientId(), phone);
    }

    JsonNode conversation(Showroom s) {
        return http.get("/api/v1/whatsapp-ai/conversations?q=" + CUSTOMER, s.apiKey())
                .json()
                .get("items")
                .get(0);
    }

    @Test
    void greetingIsAnsweredOnceWithTheWelcomeMessageAndARealMultiTurnPrompt() {
        Showroom s = showroom(c -> c.put("welcomeMessage", "Selamat datang di Showroom Uji!"));
        llmAnswers(LLM, s.name(), "Halo kak Rina, ada yang bisa kami bantu?");
        send(s, "G1", CUSTOMER, "halo kak");

        var replies = repliesTo(s, CUSTOMER, 1);
        assertThat(replies.getFirst().get("message").asString())
                .isEqualTo("Selamat datang di Showroom Uji!\n\nHalo kak Rina, ada yang bisa kami bantu?");
        var prompt = llmRequests(LLM, s.name()).getFirst();
        assertThat(prompt.get("model").asString()).isEqualTo("glm-4.6");
        assertThat(prompt.get("messages").get(0).get("role").asString()).isEqualTo("system");
        assertThat(prompt.get("messages").get(1).get("content").asString()).isEqualTo("halo kak");
        assertThat(prompt.get("messages")).hasSize(2);
        assertThat(prompt.get("temperature").asDouble()).isEqualTo(0.7);
        assertThat(prompt.get("max_tokens").asInt()).isEqualTo(1000);

        send(s, "G2", CUSTOMER, "avanza ada?");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> llmRequests(LLM, s.name()).size() == 2);
        var second = llmRequests(LLM, s.name()).get(1).get("messages");
        assertThat(second.findValuesAsString("role")).containsExactly("system", "user", "assistant", "user");
        assertThat(second.get(3).get("content").asString()).isEqualTo("avanza ada?");
        var messages = http.get(
                        "/api/v1/whatsapp-ai/conversations/"
                                + conversation(s).get("id").asLong() + "/messages",
                        s.apiKey())
                .json()
                .get("items");
        assertThat(messages.get(0).get("intent").asString()).isEqualTo("customer_greeting");
        assertThat(messages.get(0).get("processingMs").isNull()).isFalse();
    }

    @Test
    void inventoryQuestionPromptCarriesOnlyTheMatchingVehicles() {
        Showroom s = showroom(c -> {});
        llmAnswers(LLM, s.name(), "Ada kak, Toyota Avanza 2019 hitam harganya Rp 150.000.000.");
        send(s, "I1", CUSTOMER, "avanza 2019 masih ada?");

        var replies = repliesTo(s, CUSTOMER, 1);
        assertThat(replies.getFirst().get("message").asString()).contains("Rp 150.000.000");
        String system = llmRequests(LLM, s.name())
                .getFirst()
                .get("messages")
                .get(0)
                .get("content")
                .asString();
        assertThat(system).contains("Toyota Avanza 2019").doesNotContain("Brio").doesNotContain("Pajero");
    }

    @Test
    void draftPromisingADiscountIsWithheldAndTheConversationEscalatedWithStaffNotified() {
        Showroom s = showroom(c -> {});
        llmAnswers(LLM, s.name(), "Untuk kakak bisa diskon 10 juta, jadi Rp 140.000.000 saja!");
        send(s, "D1", CUSTOMER, "avanza bisa kurang?");

        var replies = repliesTo(s, CUSTOMER, 1);
        assertThat(replies.getFirst().get("message").asString())
                .doesNotContain("diskon")
                .contains("staff");
        var notices = repliesTo(s, STAFF, 1);
        assertThat(notices.getFirst().get("message").asString())
                .contains(CUSTOMER)
                .contains("/reply");
        assertThat(conversation(s).get("status").asString()).isEqualTo("escalated");

        send(s, "D2", CUSTOMER, "halo? jadi gimana");
        send(s, "D3", CUSTOMER, "kok diam");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        assertThat(sendsTo(GATEWAY, s.clientId(), STAFF)).hasSize(1);

        assertThat(http.post(
                                "/api/v1/whatsapp-ai/conversations/"
                                        + conversation(s).get("id").asLong() + "/resolve",
                                s.apiKey(),
                                "{}")
                        .status())
                .isEqualTo(200);
        send(s, "D4", CUSTOMER, "brio ada?");
        repliesTo(s, CUSTOMER, 2);
    }

    @Test
    void aDraftThatDefersToStaffIsSentAndReallyReachesStaff() {
        Showroom s = showroom(c -> {});
        llmAnswers(
                LLM,
                s.name(),
                "Avanza 2019 hitam masih ada kak, Rp 150.000.000. "
                        + "Untuk riwayat servisnya, staff kami akan segera menghubungi kakak ya.");
        send(s, "F1", CUSTOMER, "avanza 2019 ada? riwayat servisnya gimana");

        var replies = repliesTo(s, CUSTOMER, 1);
        assertThat(replies.getFirst().get("message").asString())
                .contains("Rp 150.000.000")
                .contains("menghubungi");
        var notices = repliesTo(s, STAFF, 1);
        assertThat(notices.getFirst().get("message").asString())
                .contains(CUSTOMER)
                .contains("/reply");
        assertThat(conversation(s).get("status").asString()).isEqualTo("escalated");
    }

    @Test
    void aModelThatCallsHandoffToStaffHandsTheConversationToStaff() {
        Showroom s = showroom(c -> {});
        StandIns.llmCallsTool(LLM, s.name(), "", "handoff_to_staff", "{\"reason\":\"pelanggan ingin nego\"}");
        send(s, "T1", CUSTOMER, "avanza 2019 bisa kurang dikit ga kak? saya serius");

        assertThat(repliesTo(s, CUSTOMER, 1).getFirst().get("message").asString())
                .contains("staff");
        assertThat(repliesTo(s, STAFF, 1).getFirst().get("message").asString()).contains(CUSTOMER);
        assertThat(conversation(s).get("status").asString()).isEqualTo("escalated");
        var tools = llmRequests(LLM, s.name()).getFirst().get("tools");
        assertThat(tools.findValuesAsString("name"))
                .containsExactlyInAnyOrder("handoff_to_staff", "send_vehicle_photos", "propose_viewing");
    }

    @Test
    void aModelThatProposesAViewingGoesThroughTheBookingFlow() {
        Showroom s = showroom(c -> {});
        long avanza = jdbc.sql("select id from vehicle where tenant_id = ? and model = 'Avanza'")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        var day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(3);
        String when = "tgl " + day.getDayOfMonth() + "/" + day.getMonthValue() + " jam 10";
        StandIns.llmCallsTool(
                LLM,
                s.name(),
                "Boleh kak, saya cek jadwalnya.",
                "propose_viewing",
                "{\"vehicle_id\":" + avanza + ",\"time\":\"" + when + "\"}");
        send(s, "V1", CUSTOMER, "avanza 2019 hitam masih ada kak?");

        String offer = repliesTo(s, CUSTOMER, 1).getFirst().get("message").asString();
        assertThat(offer).contains("Toyota Avanza").contains("10:00").contains("IYA");
        assertThat(jdbc.sql("select booking_offer from conversation where tenant_id = ?")
                        .param(s.tenantId())
                        .query(String.class)
                        .single())
                .contains(String.valueOf(avanza));
    }

    @Test
    void aCustomerPhotoIsKeptAndDescribedForTheTurnAndTheModelNeverGetsAnEmptyTurn() {
        Showroom s = showroom(c -> {});
        LLM.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("dikirim pelanggan"))
                .atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        completion("Honda Jazz kuning, bodi mulus"))));
        llmAnswers(LLM, s.name(), "Terima kasih kak, fotonya sudah kami terima.");
        byte[] jpeg = {
            (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 'j', 'a', 'z', 'z', '-', 't', 'u', 'k', 'a', 'r'
        };
        String path = "/files/" + java.util.UUID.randomUUID() + ".jpg";
        GATEWAY.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(path))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withHeader("Content-Type", "image/jpeg")
                        .withBody(jpeg)));
        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                com.showroomassistant.support.Payloads.aimeowImage(
                        s.clientId(), "P1", CUSTOMER, GATEWAY.baseUrl() + path, ""));

        repliesTo(s, CUSTOMER, 1);
        var messages = llmRequests(LLM, s.name()).getFirst().get("messages");
        String userTurn = messages.get(messages.size() - 1).get("content").asString();
        assertThat(userTurn).contains("foto").contains("Honda Jazz kuning, bodi mulus");
        String kept = jdbc.sql("select media_url from message where tenant_id = ? and direction = 'inbound'")
                .param(s.tenantId())
                .query(String.class)
                .single();
        assertThat(kept).startsWith("http://localhost:8080/media/" + s.tenantId() + "/");
        assertThat(http.get(java.net.URI.create(kept).getPath(), null).status()).isEqualTo(200);
    }

    @Test
    void aModelThatAsksForAFinancingEstimateGetsTheTablesFiguresNotItsOwn() {
        Showroom s = showroom(c -> {
            var partner = c.putObject("financing")
                    .putArray("partners")
                    .addObject()
                    .put("name", "Leasing A")
                    .put("downPaymentPercentMin", 20);
            partner.putObject("flatRatePercentPerYear").put("36", 6.0);
        });
        long avanza = jdbc.sql("select id from vehicle where tenant_id = ? and model = 'Avanza'")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        StandIns.llmCallsTool(
                LLM,
                s.name(),
                "Cicilannya sekitar 3 jutaan kak.",
                "simulate_financing",
                "{\"vehicle_id\":" + avanza + ",\"down_payment_percent\":30,\"tenor_months\":36}");
        send(s, "K1", CUSTOMER, "avanza kalau dp 30% 3 tahun cicilannya brp?");

        String reply = repliesTo(s, CUSTOMER, 1).getFirst().get("message").asString();
        assertThat(reply).contains("cicilan Rp 3.442.000/bulan").doesNotContain("3 jutaan");
        var tools = llmRequests(LLM, s.name()).getFirst().get("tools");
        assertThat(tools.findValuesAsString("name")).contains("simulate_financing");
    }

    @Test
    void aWrongPriceInTheCommonNotationIsWithheld() {
        Showroom s = showroom(c -> {});
        llmAnswers(LLM, s.name(), "Ada kak:\n• Toyota Avanza 2019 hitam – Rp 99.000.000");
        send(s, "W1", CUSTOMER, "avanza 2019 brp?");

        var replies = repliesTo(s, CUSTOMER, 1);
        assertThat(replies.getFirst().get("message").asString())
                .doesNotContain("99.000.000")
                .contains("staff");
        assertThat(conversation(s).get("status").asString()).isEqualTo("escalated");
    }

    @Test
    void llmRetriedAfterA500ThenAnswers() {
        Showroom s = showroom(c -> {});
        LLM.stubFor(post(anyUrl())
                .withRequestBody(containing(s.name()))
                .inScenario(s.name())
                .whenScenarioStateIs(STARTED)
                .atPriority(1)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("recovered"));
        LLM.stubFor(post(anyUrl())
                .withRequestBody(containing(s.name()))
                .inScenario(s.name())
                .whenScenarioStateIs("recovered")
                .atPriority(1)
                .willReturn(okJson(completion("Siap kak, Brio merah ready."))));
        send(s, "R1", CUSTOMER, "brio merah ready?");

        assertThat(repliesTo(s, CUSTOMER, 1).getFirst().get("message").asString())
                .endsWith("\n\nSiap kak, Brio merah ready.");
        assertThat(llmRequests(LLM, s.name())).hasSize(2);
        assertThat(conversation(s).get("status").asString()).isEqualTo("active");
    }

    @Test
    void llmDownGivesTheFallbackEscalatesAndNotifiesStaffOnce() {
        Showroom s = showroom(c -> {});
        LLM.stubFor(post(anyUrl())
                .withRequestBody(containing(s.name()))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        send(s, "F1", CUSTOMER, "fortuner ada?");

        assertThat(repliesTo(s, CUSTOMER, 1).getFirst().get("message").asString())
                .contains("gangguan");
        assertThat(repliesTo(s, STAFF, 1)).hasSize(1);
        assertThat(conversation(s).get("status").asString()).isEqualTo("escalated");
    }

    @Test
    void gatewayFailingTwiceThenSucceedingDeliversTheReplyOnce() {
        Showroom s = showroom(c -> {});
        String path = "/api/v1/clients/" + s.clientId() + "/send-message";
        GATEWAY.stubFor(post(urlPathEqualTo(path))
                .inScenario(s.name())
                .whenScenarioStateIs(STARTED)
                .atPriority(1)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("one"));
        GATEWAY.stubFor(post(urlPathEqualTo(path))
                .inScenario(s.name())
                .whenScenarioStateIs("one")
                .atPriority(1)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("two"));
        GATEWAY.stubFor(post(urlPathEqualTo(path))
                .inScenario(s.name())
                .whenScenarioStateIs("two")
                .atPriority(1)
                .willReturn(okJson("{\"success\":true,\"messageId\":\"GW-OK-" + s.clientId() + "\"}")));
        send(s, "W1", CUSTOMER, "halo");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql(
                                        "select count(*) from message where tenant_id = ? and direction = 'outbound' and state = 'sent'")
                                .param(s.tenantId())
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(sends(GATEWAY, s.clientId())).hasSize(3);
        assertThat(jdbc.sql("select aimeow_message_id from message where tenant_id = ? and direction = 'outbound'")
                        .param(s.tenantId())
                        .query(String.class)
                        .single())
                .isEqualTo("GW-OK-" + s.clientId());
    }

    @Test
    void aBurstInsideTheDebounceWindowIsOneTurnAndDuplicatesAreAnsweredOnce() {
        Showroom s = showroom(c -> c.put("debounceSeconds", 2));
        llmAnswers(LLM, s.name(), "Ada kak, Avanza hitam 2019.");
        send(s, "B1", CUSTOMER, "halo");
        send(s, "B2", CUSTOMER, "avanza");
        send(s, "B2", CUSTOMER, "avanza");
        send(s, "B3", CUSTOMER, "yang hitam ada?");
        send(s, "B3", CUSTOMER, "yang hitam ada?");

        repliesTo(s, CUSTOMER, 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(6))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        var prompt = llmRequests(LLM, s.name());
        assertThat(prompt).hasSize(1);
        var messages = prompt.getFirst().get("messages");
        assertThat(messages.get(messages.size() - 1).get("content").asString())
                .isEqualTo("halo\navanza\nyang hitam ada?");
    }

    @Test
    void twentyConcurrentConversationsAreEachAnsweredInOrder() throws Exception {
        Showroom s = showroom(c -> {});
        LLM.stubFor(post(anyUrl())
                .withRequestBody(containing(s.name()))
                .atPriority(5)
                .willReturn(okJson(completion("Baik kak.")).withFixedDelay(150)));
        List<Callable<Void>> customers = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            String phone = "62812300" + String.format("%05d", c);
            customers.add(() -> {
                for (int m = 0; m < 3; m++) {
                    send(s, "C" + phone + "-" + m, phone, "pesan ke-" + m);
                    Thread.sleep(400);
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (var f : pool.invokeAll(customers)) {
                f.get();
            }
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "select count(*) from message where tenant_id = ? and direction = 'inbound' and state = 'done'")
                                .param(s.tenantId())
                                .query(Long.class)
                                .single()
                        == 60);
        for (int c = 0; c < 20; c++) {
            String phone = "62812300" + String.format("%05d", c);
            List<String> order = jdbc.sql("""
                    select m.content from message m join conversation c on c.id = m.conversation_id
                     where m.tenant_id = ? and c.customer_identity = ? and m.direction = 'inbound' order by m.id""")
                    .params(s.tenantId(), phone)
                    .query(String.class)
                    .list();
            assertThat(order).containsExactly("pesan ke-0", "pesan ke-1", "pesan ke-2");
            List<Long> replyTo =
                    jdbc.sql("""
                    select m.reply_to_id from message m join conversation c on c.id = m.conversation_id
                     where m.tenant_id = ? and c.customer_identity = ? and m.direction = 'outbound' order by m.id""").params(s.tenantId(), phone).query(Long.class).list();
            assertThat(replyTo).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void afterHoursTheNoticeIsSentOncePerClosedPeriodWithoutCallingTheLlm() {
        Showroom s = showroom(c -> {
            c.putObject("businessHours");
            c.put("afterHoursMessage", "Kami sedang tutup, buka lagi besok jam 9.");
        });
        send(s, "H1", CUSTOMER, "avanza ada?");
        send(s, "H2", CUSTOMER, "halo?");

        assertThat(repliesTo(s, CUSTOMER, 1).getFirst().get("message").asString())
                .isEqualTo("Kami sedang tutup, buka lagi besok jam 9.");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        assertThat(llmRequests(LLM, s.name())).isEmpty();
    }

    @Test
    void photosOfTheVehiclesInQuestionAreSentWhenTheCustomerAsks() {
        Showroom s = showroom(c -> {});
        var avanza = http.get("/api/v1/vehicles?q=avanza", s.apiKey())
                .json()
                .get("items")
                .get(0);
        byte[] front = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'd', 'e', 'p', 'a', 'n'};
        byte[] back = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'b', 'e', 'l', 'a', 'k'};
        var uploaded = http.postFiles(
                "/api/v1/vehicles/" + avanza.get("id").asLong() + "/photos", s.apiKey(), "file", front, back);
        assertThat(uploaded.status()).isEqualTo(201);
        var photos = uploaded.json().get("photos");
        llmAnswers(LLM, s.name(), "Ini foto Avanza 2019 hitamnya kak.");
        send(s, "P1", CUSTOMER, "minta foto avanza nya dong");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !GATEWAY.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                                urlPathEqualTo("/api/v1/clients/" + s.clientId() + "/send-images")))
                        .isEmpty());
        String images = GATEWAY.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        urlPathEqualTo("/api/v1/clients/" + s.clientId() + "/send-images")))
                .getFirst()
                .getBodyAsString();
        assertThat(images)
                .contains(photos.get(0).asString())
                .contains(photos.get(1).asString())
                .contains("Rp 150.000.000")
                .doesNotContain("Brio");
    }

    @Test
    void autoReplyOffStoresWithoutAnsweringAndChatDisabledAnswersOnceAndEscalates() {
        Showroom quiet = showroom(c -> c.put("autoReply", false));
        send(quiet, "A1", CUSTOMER, "avanza ada?");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from message where tenant_id = ? and state = 'done'")
                                .param(quiet.tenantId())
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(sends(GATEWAY, quiet.clientId())).isEmpty();

        Showroom off = showroom(c -> c.put("customerChatEnabled", false));
        send(off, "X1", CUSTOMER, "avanza ada?");
        assertThat(repliesTo(off, CUSTOMER, 1).getFirst().get("message").asString())
                .contains("tidak aktif");
        assertThat(repliesTo(off, STAFF, 1)).hasSize(1);
        send(off, "X2", CUSTOMER, "halo?");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> sendsTo(GATEWAY, off.clientId(), CUSTOMER).size() == 1);
        assertThat(llmRequests(LLM, off.name())).isEmpty();
    }

    @Test
    void aHumanWhoRepliesWhileTheAssistantIsThinkingIsNotOverruled() {
        Showroom s = showroom(c -> {});
        LLM.stubFor(post(anyUrl())
                .withRequestBody(containing(s.name()))
                .atPriority(1)
                .willReturn(okJson(completion("Halo kak, dari asisten.")).withFixedDelay(2500)));
        send(s, "T1", CUSTOMER, "avanza ada?");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> llmRequests(LLM, s.name()).size() == 1);
        long id = conversation(s).get("id").asLong();
        assertThat(http.post(
                                "/api/v1/whatsapp-ai/conversations/" + id + "/reply",
                                s.apiKey(),
                                "{\"message\":\"Saya Budi, unitnya ada kak.\"}")
                        .status())
                .isEqualTo(200);

        await().during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(8))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        assertThat(sendsTo(GATEWAY, s.clientId(), CUSTOMER)
                        .getFirst()
                        .get("message")
                        .asString())
                .isEqualTo("Saya Budi, unitnya ada kak.");
    }

    @Test
    void optOutIsConfirmedOnceAndSilencesTheAssistantUntilStart() {
        Showroom s = showroom(c -> {});
        send(s, "O1", CUSTOMER, "STOP");
        assertThat(repliesTo(s, CUSTOMER, 1).getFirst().get("message").asString())
                .contains("MULAI");
        send(s, "O2", CUSTOMER, "avanza ada?");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        send(s, "O3", CUSTOMER, "mulai");
        assertThat(repliesTo(s, CUSTOMER, 2).get(1).get("message").asString()).contains("aktif kembali");
    }
}
