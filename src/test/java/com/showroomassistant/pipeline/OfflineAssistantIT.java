package com.showroomassistant.pipeline;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Without ZAI_API_KEY the assistant answers from data with templates and escalates the rest. */
@TestPropertySource(properties = "zai.api-key=")
class OfflineAssistantIT extends IntegrationTest {

    static final String STAFF = "6281200000001";

    Showroom showroom() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        Showroom s = newShowroom();
        configure(s, config -> {
            config.put("debounceSeconds", 0);
            config.put("welcomeMessage", "");
            var faq = config.putArray("customFAQ");
            faq.addObject().put("question", "Alamat showroom dimana?").put("answer", "Jl. Merdeka 10, Bandung.");
            faq.addObject().put("question", "Bisa kredit?").put("answer", "Bisa, lewat leasing rekanan; DP mulai 20%.");
        });
        http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"" + STAFF + "\",\"name\":\"Budi\"}");
        http.post(
                "/api/v1/vehicles",
                s.apiKey(),
                "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"year\":2019,\"price\":150000000,\"color\":\"hitam\"}");
        http.post(
                "/api/v1/vehicles",
                s.apiKey(),
                "{\"make\":\"Honda\",\"model\":\"Brio\",\"year\":2020,\"price\":140000000,\"status\":\"sold\"}");
        return s;
    }

    List<JsonNode> ask(Showroom s, String phone, String text, int expected) {
        http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), phone + text.hashCode(), phone, text));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> sendsTo(GATEWAY, s.clientId(), phone).size() >= expected);
        return sendsTo(GATEWAY, s.clientId(), phone);
    }

    @Test
    void answersInventoryPriceGreetingAndFaqFromDataAndNeverOffersASoldCar() {
        Showroom s = showroom();
        assertThat(ask(s, "6281300000001", "halo kak", 1)
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("1 unit");
        String stock = ask(s, "6281300000002", "avanza 2019 masih ada?", 1)
                .getFirst()
                .get("message")
                .asString();
        assertThat(stock).contains("Toyota Avanza 2019").contains("Rp 150.000.000");
        String sold = ask(s, "6281300000003", "brio ada?", 1)
                .getFirst()
                .get("message")
                .asString();
        assertThat(sold).contains("tidak tersedia").doesNotContain("Rp 140.000.000");
        assertThat(ask(s, "6281300000004", "alamat showroom dimana ya?", 1)
                        .getFirst()
                        .get("message")
                        .asString())
                .isEqualTo("Jl. Merdeka 10, Bandung.");
        assertThat(sendsTo(GATEWAY, s.clientId(), STAFF)).isEmpty();
    }

    @Test
    void escalatesWhatTheDataCannotAnswer() {
        Showroom s = showroom();
        String reply = ask(s, "6281300000009", "mobilnya pernah kena banjir gak? saya mau bicara dengan sales", 1)
                .getFirst()
                .get("message")
                .asString();
        assertThat(reply).contains("staff");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), STAFF).size() == 1);
        var conversation = http.get("/api/v1/whatsapp-ai/conversations?q=6281300000009", s.apiKey())
                .json()
                .get("items")
                .get(0);
        assertThat(conversation.get("status").asString()).isEqualTo("escalated");
    }

    @Test
    void aReplyThatPromisesStaffReallyReachesStaff() {
        Showroom s = showroom();
        String reply = ask(s, "6281300000010", "bisa kredit ga? cicilannya brp", 1)
                .getFirst()
                .get("message")
                .asString();
        assertThat(reply).contains("DP mulai 20%").contains("staff");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), STAFF).size() == 1);
        assertThat(sendsTo(GATEWAY, s.clientId(), STAFF)
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("6281300000010");
        var conversation = http.get("/api/v1/whatsapp-ai/conversations?q=6281300000010", s.apiKey())
                .json()
                .get("items")
                .get(0);
        assertThat(conversation.get("status").asString()).isEqualTo("escalated");
    }

    @Test
    void aSalamIsAnsweredWithASalamAndPricesPromiseNothingUnconfigured() {
        Showroom s = showroom();
        assertThat(ask(s, "6281300000011", "assalamualaikum", 1)
                        .getFirst()
                        .get("message")
                        .asString())
                .startsWith("Waalaikumsalam");
        String price = ask(s, "6281300000012", "harga avanza 2019 brp?", 1)
                .getFirst()
                .get("message")
                .asString();
        assertThat(price).contains("Rp 150.000.000").doesNotContain("surat-surat");
        String tradeIn = ask(s, "6281300000013", "bisa tukar tambah sama xenia saya?", 1)
                .getFirst()
                .get("message")
                .asString();
        assertThat(tradeIn).contains("tukar tambah").doesNotContain("Rp 150.000.000");
    }

    @Test
    void aPhotoOrAVoiceNoteWithoutTextGetsASensibleAnswer() {
        Showroom s = showroom();
        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                com.showroomassistant.support.Payloads.aimeowImage(
                        s.clientId(), "img-1", "6281300000020", "/files/nowhere.jpg", ""));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> sendsTo(GATEWAY, s.clientId(), "6281300000020").size() == 1);
        assertThat(sendsTo(GATEWAY, s.clientId(), "6281300000020")
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("fotonya sudah kami terima");

        http.post("/api/v1/webhooks/aimeow", null, """
                {"clientId":"%s","message":{"id":"vn-1","from":"6281300000021","rawChat":"6281300000021@s.whatsapp.net",
                 "rawSender":"6281300000021@s.whatsapp.net","pushName":"Dodi","type":"other"}}""".formatted(s.clientId()));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> sendsTo(GATEWAY, s.clientId(), "6281300000021").size() == 1);
        assertThat(sendsTo(GATEWAY, s.clientId(), "6281300000021")
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("belum bisa kami baca");
    }

    @Test
    void withAFinancingTableAFinancingQuestionGetsAComputedEstimate() {
        Showroom s = showroom();
        configure(s, c -> {
            var partner = c.putObject("financing")
                    .put("note", "Simulasi, angka final mengikuti persetujuan leasing.")
                    .putArray("partners")
                    .addObject()
                    .put("name", "Leasing A")
                    .put("downPaymentPercentMin", 20);
            partner.putObject("flatRatePercentPerYear")
                    .put("12", 5.5)
                    .put("24", 5.9)
                    .put("36", 6.0)
                    .put("48", 6.5)
                    .put("60", 7.0);
        });
        assertThat(http.get("/api/v1/whatsapp-ai/config", s.apiKey())
                        .json()
                        .get("financing")
                        .get("partners")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Leasing A");
        String reply = ask(s, "6281300000030", "avanza 2019 kalau DP 30% cicilan 3 tahun berapa kak?", 1)
                .getFirst()
                .get("message")
                .asString();
        assertThat(reply)
                .contains("Toyota Avanza 2019")
                .contains("DP 30% (Rp 45.000.000)")
                .contains("cicilan Rp 3.442.000/bulan")
                .contains("persetujuan leasing");
        var conversation = http.get("/api/v1/whatsapp-ai/conversations?q=6281300000030", s.apiKey())
                .json()
                .get("items")
                .get(0);
        assertThat(conversation.get("status").asString()).isEqualTo("active");
        assertThat(sendsTo(GATEWAY, s.clientId(), STAFF)).isEmpty();
    }
}
