package com.showroomassistant.staff;

import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.llmRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StaffCommandsIT extends StaffTestSupport {

    String systemPromptOf(Showroom s, int request) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> llmRequests(LLM, s.name()).size() > request);
        return llmRequests(LLM, s.name())
                .get(request)
                .get("messages")
                .get(0)
                .get("content")
                .asString();
    }

    @Test
    void aCarSoldOnWhatsAppIsNoLongerOfferedAndItsBuyersLeadIsWon() {
        Showroom s = showroom(c -> {});
        ask(s, CUSTOMER, "ada mobil apa aja?");
        assertThat(systemPromptOf(s, 0)).contains("Toyota Avanza 2019").contains("Honda Brio 2020");

        assertThat(command(s, "/status B 1234 XYZ terjual 0812-3456-7001"))
                .contains("Toyota Avanza 2019 (B1234XYZ): tersedia → terjual")
                .contains("Lead 6281234567001 ditandai won");
        ask(s, CUSTOMER, "ada mobil apa aja?");
        assertThat(systemPromptOf(s, 1))
                .doesNotContain("Avanza")
                .contains("Honda Brio 2020")
                .contains("2 unit tersedia");
        assertThat(jdbc.sql("select stage from sales_lead where tenant_id = ? and customer_identity = ?")
                        .params(s.tenantId(), CUSTOMER)
                        .query(String.class)
                        .single())
                .isEqualTo("won");

        String brio = vehicleByPlate(s, "B2222AAA").get("displayId").asString();
        assertThat(command(s, "status " + brio.toLowerCase().replace("-", "") + " booking"))
                .contains(brio)
                .contains("tersedia → booked");
        assertThat(command(s, "/status B9999ZZZ sold"))
                .contains("\"B9999ZZZ\" tidak ditemukan")
                .contains("/inventory");
        assertThat(command(s, "/status B2222AAA")).contains("Contoh: /status B1234XYZ sold");
        assertThat(command(s, "/status B2222AAA booked 081234567001")).contains("hanya dipakai untuk status sold");
        assertThat(statuses(s)).containsExactly("sold", "booked", "available");
        assertThat(jdbc.sql("""
                select command || ':' || outcome from staff_command where tenant_id = ? and sender = ? order by id""").params(s.tenantId(), STAFF).query(String.class).list())
                .containsExactly("status:ok", "status:ok", "status:rejected", "status:invalid", "status:invalid");
    }

    @Test
    void inventoryStatsAndHelpAnswerWithTheShowroomsNumbers() {
        Showroom s = showroom(c -> {});
        ask(s, CUSTOMER, "halo");

        assertThat(command(s, "/inventory"))
                .startsWith("📋 Stok: 3 mobil")
                .contains("Toyota Avanza 2019 · Rp 150.000.000 · tersedia")
                .contains("Mitsubishi Pajero Sport 2018");
        assertThat(command(s, "stok pajero sport"))
                .startsWith("📋 Stok \"pajero sport\": 1 mobil")
                .doesNotContain("Avanza");
        assertThat(command(s, "/INVENTORY fortuner"))
                .contains("Tidak ada mobil \"fortuner\"")
                .contains("/inventory avanza");
        String stats = command(s, "/stats");
        assertThat(stats)
                .startsWith("📊 Statistik hari ini")
                .contains("Percakapan: 1 (baru 1, ditutup 0)")
                .contains("Pesan pelanggan: 1")
                .contains("Balasan AI: 1")
                .contains("Mobil: 3 tersedia · 0 booked · 0 terjual");
        assertThat(command(s, "/stats month")).startsWith("📊 Statistik bulan ini");
        assertThat(command(s, "/stats tahun")).contains("/stats week");
        assertThat(command(s, "/help"))
                .contains("/upload")
                .contains("/status AV-0012 sold")
                .contains("/reply")
                .contains("/done");
        assertThat(command(s, "/verify 081234567001"))
                .contains("Perintah tidak dikenal")
                .contains("/help");
    }

    @Test
    void aStaffQuestionThatMerelyStartsWithACommandWordIsAnsweredNormally() {
        Showroom s = showroom(c -> {});
        llmAnswers(LLM, s.name(), "Avanza hitam 2019 masih tersedia.");
        assertThat(command(s, "status mobil avanza gimana")).isEqualTo("Avanza hitam 2019 masih tersedia.");
        assertThat(statuses(s)).containsOnly("available");
    }

    @Test
    void theReferencesPlainWordCommandsAndAMistypedSlashCommandWork() {
        Showroom s = showroom(c -> {});
        assertThat(command(s, "cek stok")).startsWith("📋 Stok: 3 mobil");
        assertThat(command(s, "/inventroy pajero sport")).startsWith("📋 Stok \"pajero sport\": 1 mobil");
        assertThat(command(s, "laporan")).startsWith("📊 Statistik hari ini");
        llmAnswers(LLM, s.name(), "Siap, nanti saya bantu cek.");
        assertThat(command(s, "laporan pajak pribadi gw blm kelar, ada yg ngerti e-filing?"))
                .isEqualTo("Siap, nanti saya bantu cek.");
    }

    @Test
    void replyReachesTheCustomerAndPausesTheAssistantUntilDone() {
        Showroom s = showroom(c -> {});
        ask(s, CUSTOMER, "halo");

        assertThat(command(s, "/reply 0812 3456 7001 Halo kak, saya Budi. Avanzanya bisa dilihat besok."))
                .contains("Terkirim ke 6281234567001")
                .contains("/done 6281234567001");
        assertThat(repliesTo(s, CUSTOMER, 2).get(1)).isEqualTo("Halo kak, saya Budi. Avanzanya bisa dilihat besok.");
        send(s, CUSTOMER, "oke, jam berapa?");
        staysSilent(s, CUSTOMER, 2);

        assertThat(command(s, "/done 081234567001")).contains("dikembalikan ke asisten AI");
        assertThat(ask(s, CUSTOMER, "brio ada?")).isEqualTo("Halo kak, ada yang bisa dibantu?");
        assertThat(command(s, "/reply 089999999999 halo")).contains("Belum ada percakapan dengan 6289999999999");
        assertThat(command(s, "/reply 081234567001")).contains("Contoh: /reply 081234567890");
    }

    @Test
    void nonStaffSendingEveryCommandGetsTheCustomerFlowAndChangesNothing() {
        Showroom s = showroom(c -> {});
        String other = "6281234567002";
        ask(s, other, "halo");
        String[] commands = {
            "/upload Toyota Agya 2021 120jt B4444CCC",
            "/selesai",
            "/status B1234XYZ sold 081234567002",
            "/status B2222AAA booked",
            "/inventory",
            "/stats week",
            "/reply 081234567002 Mobilnya sudah laku",
            "/done 081234567002",
            "/batal",
            "/help",
            "/verify 6281234567003"
        };
        for (int i = 0; i < commands.length; i++) {
            String customer = "62812345671" + String.format("%02d", i);
            String reply = ask(s, customer, commands[i]);
            assertThat(reply)
                    .as(commands[i])
                    .doesNotContain("/")
                    .doesNotContain("Draft")
                    .doesNotContain("Perintah")
                    .doesNotContain("📋")
                    .doesNotContain("📊")
                    .doesNotContain("Terkirim");
        }
        staysSilent(s, other, 1);
        assertThat(statuses(s)).containsExactly("available", "available", "available");
        assertThat(jdbc.sql("select count(*) from staff_command where tenant_id = ?")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from sales_lead where tenant_id = ? and stage = 'won'")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(llmRequests(LLM, s.name())).hasSizeGreaterThanOrEqualTo(commands.length);
    }

    @Test
    void disabledTogglesAndMissingPermissionsAreRefusedPolitely() {
        Showroom s = showroom(c -> c.put("enableStaffUpload", false).put("enableStaffStatus", false));
        assertThat(command(s, "/upload Toyota Agya 2021 120jt"))
                .contains("upload mobil lewat WhatsApp sedang dinonaktifkan");
        assertThat(command(s, "/status B1234XYZ sold"))
                .contains("ubah status mobil lewat WhatsApp sedang dinonaktifkan");
        assertThat(command(s, "/inventory")).startsWith("📋 Stok: 3 mobil");
        assertThat(statuses(s)).containsOnly("available");

        String sari = "6281200000002";
        staff(s, sari, "[\"inventory\"]");
        assertThat(ask(s, sari, "/stats"))
                .contains("belum punya izin untuk /stats")
                .contains("\"stats\"");
        assertThat(ask(s, sari, "/reply 081234567001 halo")).contains("belum punya izin untuk /reply");

        var config = (tools.jackson.databind.node.ObjectNode)
                http.get("/api/v1/whatsapp-ai/config", s.apiKey()).json();
        assertThat(http.put(
                                "/api/v1/whatsapp-ai/config",
                                s.apiKey(),
                                config.put("staffCommandsEnabled", false).toString())
                        .status())
                .isEqualTo(200);
        assertThat(command(s, "/inventory")).contains("perintah staff lewat WhatsApp sedang dinonaktifkan");
        assertThat(jdbc.sql("select count(*) from staff_command where tenant_id = ? and outcome = 'refused'")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void aDeactivatedStaffPhoneIsTreatedAsACustomerAtOnce() {
        Showroom s = showroom(c -> {});
        assertThat(command(s, "/inventory")).startsWith("📋 Stok");
        long id = jdbc.sql("select id from staff_phone where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        assertThat(http.put(
                                "/api/v1/whatsapp-ai/staff/" + id,
                                s.apiKey(),
                                "{\"phoneNumber\":\"+" + STAFF + "\",\"name\":\"Budi\",\"isActive\":false}")
                        .status())
                .isEqualTo(200);
        assertThat(command(s, "/status B1234XYZ sold")).doesNotContain("✅").doesNotContain("/");
        assertThat(statuses(s)).containsOnly("available");
    }
}
