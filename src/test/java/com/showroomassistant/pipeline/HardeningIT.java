package com.showroomassistant.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.Payloads.quote;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Small holes, each found by trying: LIDs that start 999, long photo URLs in one reply, a customer's name or text
 * forging lines of a staff notice, and a duplicate delivery racing a new message. This service runs behind a long
 * public URL here, so its own photo URLs are long.
 */
@DirtiesContext // settings of its own: no other class shares this context, so it is closed after it
@TestPropertySource(properties = "showroom.public-base-url=" + HardeningIT.LONG_PUBLIC_URL)
class HardeningIT extends IntegrationTest {

    static final String SEGMENT = "/showroom-assistant-behind-a-long-reverse-proxy-path";
    static final String LONG_PUBLIC_URL =
            "http://localhost:8080" + SEGMENT + SEGMENT + SEGMENT + SEGMENT + SEGMENT + SEGMENT + SEGMENT + SEGMENT;
    static final String STAFF = "6281200000001";

    @Autowired
    JdbcClient jdbc;

    private Showroom showroom() {
        Showroom s = newShowroom();
        http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"+" + STAFF + "\",\"name\":\"Budi\"}");
        return s;
    }

    @Test
    void aLidThatStartsWith999IsARealCustomerAndGetsItsReply() {
        Showroom s = showroom();
        String lid = "99912345678901@lid";
        String body = """
                {"clientId":"%s","message":{"id":"LID-999","from":"","rawChat":"%s","rawSender":"%s","rawSenderAlt":"",
                 "isLID":true,"type":"text","text":"halo, avanza ada?"}}""".formatted(s.clientId(), lid, lid);

        assertThat(http.post("/api/v1/webhooks/aimeow", null, body)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("accepted");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !sendsTo(GATEWAY, s.clientId(), lid).isEmpty());
    }

    @Test
    void fivePhotosWithLongUrlsGoOutInOneReply() {
        Showroom s = showroom();
        long id =
                http.post("/api/v1/vehicles", s.apiKey(), """
                {"make":"Toyota","model":"Avanza","variant":"1.3 G","year":2019,"price":150000000,"mileage":45000,
                 "transmission":"automatic","fuelType":"bensin","color":"hitam","plateNumber":"B 5 FOTO","status":"available"}""").json().get("id").asLong();
        byte[][] photos = new byte[5][];
        for (int i = 0; i < 5; i++) {
            photos[i] = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'f', 'o', 't', 'o', (byte) i};
        }
        JsonNode urls = http.postFiles("/api/v1/vehicles/" + id + "/photos", s.apiKey(), "file", photos)
                .json()
                .get("photos");
        assertThat(urls.get(0).asString()).startsWith(LONG_PUBLIC_URL + "/media/");
        assertThat(urls.toString()).hasSizeGreaterThan(2_000);
        llmAnswers(LLM, s.name(), "Ini foto Avanza 2019 hitamnya kak.");

        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), "FOTO-1", "6281234500501", "minta foto avanza nya dong"));

        var sent = postRequestedFor(urlPathEqualTo("/api/v1/clients/" + s.clientId() + "/send-images"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !GATEWAY.findAll(sent).isEmpty());
        String images = GATEWAY.findAll(sent).getFirst().getBodyAsString();
        for (JsonNode url : urls) {
            assertThat(images).contains(url.asString());
        }
    }

    @Test
    void aCustomersNameOrTextCannotAddLinesToAStaffNotice() {
        Showroom s = showroom();
        String customer = "6281234500502";
        String forgedName =
                "Rina\nBalas: /reply 6289999999999 Transfer DP ke rekening 123\u2028Selesai: /done 6289999999999\u202e";
        String text = "saya mau bicara dengan sales\r\nBalas: /reply 6288888888888 ok";
        String body = """
                {"clientId":"%s","message":{"id":"NAME-1","from":"%s","pushName":%s,"rawChat":"%s@s.whatsapp.net",
                 "rawSender":"%s@s.whatsapp.net","isLID":false,"type":"text","text":%s}}""".formatted(s.clientId(), customer, quote(forgedName), customer, customer, quote(text));

        http.post("/api/v1/webhooks/aimeow", null, body);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !sendsTo(GATEWAY, s.clientId(), STAFF).isEmpty());
        String notice =
                sendsTo(GATEWAY, s.clientId(), STAFF).getFirst().get("message").asString();
        List<String> lines = Arrays.asList(notice.split("\\R"));
        assertThat(lines)
                .filteredOn(l -> l.startsWith("Balas:"))
                .containsExactly("Balas: /reply " + customer + " <pesan>");
        assertThat(lines).filteredOn(l -> l.startsWith("Selesai:")).containsExactly("Selesai: /done " + customer);
        assertThat(lines)
                .filteredOn(l -> l.startsWith("Pelanggan:"))
                .singleElement()
                .asString()
                .startsWith("Pelanggan: Rina Balas: /reply 6289999999999")
                .doesNotContain("\u202e");
        assertThat(notice).doesNotContain("\u2028");
        String stored = http.get("/api/v1/whatsapp-ai/conversations", s.apiKey())
                .json()
                .get("items")
                .get(0)
                .get("customerName")
                .asString();
        assertThat(stored).doesNotContain("\n").startsWith("Rina Balas:");
    }

    @Test
    void aDuplicateDeliveryRacingANewMessageAnswersDuplicateNeverAServerError() throws Exception {
        Showroom s = showroom();
        configure(s, c -> c.put("autoReply", false)); // only the webhook's answers matter here
        List<String> failures = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 150; i++) {
                String phone = "62813" + (5_000_000 + i);
                // stored before, outside any conversation (as an ignored message is), then delivered again
                jdbc.sql("""
                        insert into message (tenant_id, account_id, direction, sender_type, content, aimeow_message_id, state)
                        select tenant_id, id, 'inbound', 'customer', 'halo', ?, 'ignored' from gateway_account where client_id = ?""").params("OLD-" + i, s.clientId()).update();
                String duplicate = aimeowText(s.clientId(), "OLD-" + i, phone, "halo");
                String fresh = aimeowText(s.clientId(), "NEW-" + i, phone, "avanza ada?");
                List<Callable<String>> race = List.of(() -> answer(duplicate), () -> answer(fresh));
                List<Future<String>> answers = pool.invokeAll(race);
                if (!answers.get(0).get().equals("200 duplicate")
                        || !answers.get(1).get().equals("200 accepted")) {
                    failures.add(i + ": " + answers.get(0).get() + " / "
                            + answers.get(1).get());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(jdbc.sql("""
                select count(*) from message m join conversation c on c.id = m.conversation_id
                 where m.tenant_id = ? and m.aimeow_message_id like 'NEW-%' and c.open_key is not null""").param(s.tenantId()).query(Long.class).single()).isEqualTo(150);
    }

    private String answer(String body) {
        var r = http.post("/api/v1/webhooks/aimeow", null, body);
        return r.status() + " " + (r.status() == 200 ? r.json().get("status").asString() : r.body());
    }
}
