package com.showroomassistant.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StaffUploadIT extends StaffTestSupport {

    @Test
    void aCarIsAddedInStepsWithAPhotoSentBeforeTheDetails() {
        Showroom s = showroom(c -> {});
        sendPhoto(s, STAFF, photoOnGateway("depan"), "");
        assertThat(repliesTo(s, STAFF, 1).getFirst())
                .contains("1 foto diterima")
                .contains("/upload Toyota Avanza");

        assertThat(command(s, "/upload Honda HR-V Prestige 2021 abu-abu cvt 30rb km B 7777 HRV"))
                .contains("Honda HR-V Prestige 2021")
                .contains("Foto: 1")
                .contains("Masih kurang: harga")
                .contains("150jt");
        assertThat(command(s, "/selesai")).contains("Belum bisa disimpan, masih kurang: harga");
        assertThat(command(s, "325jt"))
                .contains("Rp 325.000.000")
                .contains("Lengkap")
                .contains("/selesai");
        String saved = command(s, "/selesai");

        assertThat(saved)
                .startsWith("✅ Tersimpan sebagai HR-")
                .contains("Honda HR-V Prestige 2021")
                .contains("1 foto");
        JsonNode car = vehicleByPlate(s, "B7777HRV");
        assertThat(car.get("price").asLong()).isEqualTo(325_000_000L);
        assertThat(car.get("mileage").asInt()).isEqualTo(30_000);
        assertThat(car.get("transmission").asString()).isEqualTo("automatic");
        assertThat(car.get("status").asString()).isEqualTo("available");
        assertThat(saved).contains(car.get("displayId").asString());
        String photo = car.get("photos").get(0).asString();
        assertThat(photo).startsWith("http://localhost:8080/media/" + s.tenantId() + "/");
        var served = http.get(URI.create(photo).getPath(), null);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/jpeg");
        assertThat(http.get("/media/" + s.tenantId() + "/notes.txt", null).status())
                .isEqualTo(404);
        assertThat(command(s, "/selesai")).contains("Belum ada draft");
    }

    @Test
    void theFactsBuyersAskAboutAreTypedInTheUploadAndTheMinimumPriceIsNeverEchoed() {
        Showroom s = showroom(c -> {});
        String draft = command(
                s,
                "/upload Toyota Innova 2.4 V 2020 325jt hitam diesel matic B 2468 INV\n"
                        + "pajak 08/2026, tangan pertama, 2.400cc, 7 seater, bpkb ada, minimal 310jt\nlokasi: cabang Bekasi");
        assertThat(draft)
                .contains("Toyota Innova 2.4 V 2020")
                .contains("Rp 325.000.000")
                .contains("Pajak STNK: Agustus 2026")
                .contains("Kepemilikan: tangan pertama")
                .contains("Mesin: 2.400 cc")
                .contains("Kapasitas: 7 penumpang")
                .contains("BPKB: ada di showroom")
                .contains("Lokasi unit: cabang Bekasi")
                .contains("Harga minimum: tersimpan (tidak ditampilkan)")
                .contains("Lengkap");
        assertThat(command(s, "servis: rutin di dealer resmi")).contains("Riwayat servis: rutin di dealer resmi");
        String saved = command(s, "/selesai");
        assertThat(saved).startsWith("✅ Tersimpan");

        JsonNode car = vehicleByPlate(s, "B2468INV");
        assertThat(car.get("variant").asString()).isEqualTo("2.4 V");
        assertThat(car.get("taxDueDate").asString()).isEqualTo("2026-08-01");
        assertThat(car.get("ownerCount").asInt()).isEqualTo(1);
        assertThat(car.get("engineCc").asInt()).isEqualTo(2400);
        assertThat(car.get("seats").asInt()).isEqualTo(7);
        assertThat(car.get("bpkbAvailable").asBoolean()).isTrue();
        assertThat(car.get("location").asString()).isEqualTo("cabang Bekasi");
        assertThat(car.get("serviceHistory").asString()).isEqualTo("rutin di dealer resmi");
        assertThat(car.get("minimumPrice").asLong()).isEqualTo(310_000_000L);
        // no staff reply named the minimum, in any notation
        assertThat(repliesTo(s, STAFF, 3)).noneMatch(r -> r.contains("310"));
        assertThat(command(s, "/inventory innova")).contains("Innova").doesNotContain("310");
    }

    @Test
    void aPhotoWithoutTextGetsTheVisionModelsSuggestion() {
        Showroom s = showroom(c -> {});
        LLM.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Foto mobil untuk stok"))
                .atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        com.showroomassistant.support.StandIns.completion("Toyota Fortuner putih"))));
        sendPhoto(s, STAFF, photoOnGateway("samping"), "");
        assertThat(repliesTo(s, STAFF, 1).getFirst())
                .contains("sepertinya: Toyota Fortuner putih")
                .contains("/upload");
        var visionRequest = LLM.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Foto mobil untuk stok")));
        assertThat(visionRequest).isNotEmpty();
        assertThat(visionRequest.getLast().getBodyAsString())
                .contains("glm-4.5v")
                .contains("data:image/jpeg;base64,");
        // a description is an LLM call like any other: it counts against the showroom's daily token budget
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> jdbc.sql("select coalesce(sum(tokens), 0) from llm_usage where tenant_id = ?")
                                .param(s.tenantId())
                                .query(Long.class)
                                .single()
                        > 0);
    }

    @Test
    void anAlbumOfFivePhotosPostedConcurrentlyEndsWithFivePhotosOnTheCar() throws Exception {
        Showroom s = showroom(c -> {});
        assertThat(command(s, "/upload Toyota Avanza 1.3 G 2019 150jt hitam matic 45rb km B 9876 ZZ"))
                .contains("Toyota Avanza 1.3 G 2019")
                .contains("Rp 150.000.000")
                .contains("45.000 km")
                .contains("Plat: B9876ZZ")
                .contains("Lengkap");
        List<Callable<Void>> album = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String url = photoOnGateway("foto-" + i);
            album.add(() -> {
                sendPhoto(s, STAFF, url, "");
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(5)) {
            for (var f : pool.invokeAll(album)) {
                f.get();
            }
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> repliesTo(s, STAFF, 2).getLast().contains("punya 5 foto"));

        assertThat(command(s, "/selesai")).contains("5 foto");
        JsonNode photos = vehicleByPlate(s, "B9876ZZ").get("photos");
        assertThat(photos).hasSize(5);
        assertThat(photos.valueStream().map(JsonNode::asString).distinct()).hasSize(5);
        for (JsonNode p : photos) {
            assertThat(http.get(URI.create(p.asString()).getPath(), null).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aDuplicatePlateOrACancelledDraftAddsNoCar() {
        Showroom s = showroom(c -> {});
        command(s, "/upload Toyota Avanza 2020 160jt B1234XYZ");
        assertThat(command(s, "/selesai"))
                .contains("Plat B1234XYZ sudah ada di stok")
                .contains("/upload B 5678 XYZ");
        assertThat(command(s, "/upload B 5678 XYZ")).contains("Plat: B5678XYZ").contains("Lengkap");
        assertThat(command(s, "/batal")).startsWith("🗑️ Draft dibatalkan");
        assertThat(command(s, "/batal")).contains("Tidak ada draft yang aktif");
        assertThat(command(s, "/upload")).contains("Draft mobil baru dibuat").contains("/upload Toyota Avanza");
        assertThat(command(s, "/selesai"))
                .contains("masih kurang: merk & model, tahun, harga")
                .contains("Toyota Avanza 2019 150jt");
        assertThat(statuses(s)).hasSize(3);
        assertThat(jdbc.sql("""
                select outcome from staff_command where tenant_id = ? and sender = ? and command = 'selesai' order by id""").params(s.tenantId(), STAFF).query(String.class).list())
                .containsExactly("rejected", "rejected");
    }
}
