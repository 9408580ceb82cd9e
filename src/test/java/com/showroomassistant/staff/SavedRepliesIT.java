package com.showroomassistant.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Saved replies ("template jawaban") kept through the API and sent with /reply <nomor> #nama; notes by /catatan. */
class SavedRepliesIT extends StaffTestSupport {

    static final String ADDRESS = "Showroom kami di Jl. Soekarno-Hatta 123, Bandung. Buka 09.00-17.00 kak.";

    @Test
    void aSavedReplyNamedInReplyReachesTheCustomerAsAHumanReply() {
        Showroom s = showroom(c -> {});
        ask(s, CUSTOMER, "halo, lokasinya di mana?");
        var saved = http.post(
                "/api/v1/whatsapp-ai/saved-replies", s.apiKey(), "{\"name\":\"alamat\",\"text\":\"" + ADDRESS + "\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);

        assertThat(command(s, "/reply 081234567001 #Alamat")).contains("Terkirim ke 6281234567001");
        assertThat(repliesTo(s, CUSTOMER, 2).get(1)).isEqualTo(ADDRESS);
        // the human-reply path: the assistant is paused, as after any /reply
        send(s, CUSTOMER, "oke makasih");
        staysSilent(s, CUSTOMER, 2);
        JsonNode messages = http.get("/api/v1/whatsapp-ai/conversations?q=" + CUSTOMER, s.apiKey())
                .json()
                .get("items")
                .get(0);
        assertThat(messages.get("humanActiveAt").isNull()).isFalse();
    }

    @Test
    void anUnknownNameSendsNothingAndListsTheKnownOnes() {
        Showroom s = showroom(c -> {});
        ask(s, CUSTOMER, "halo");
        assertThat(command(s, "/reply 081234567001 #alamat"))
                .contains("#alamat tidak ada")
                .contains("belum punya template jawaban");
        http.post(
                "/api/v1/whatsapp-ai/saved-replies", s.apiKey(), "{\"name\":\"alamat\",\"text\":\"" + ADDRESS + "\"}");
        http.post(
                "/api/v1/whatsapp-ai/saved-replies",
                s.apiKey(),
                "{\"name\":\"syarat-kredit\",\"text\":\"KTP, KK, slip gaji.\"}");

        assertThat(command(s, "/reply 081234567001 #lokasi"))
                .contains("Template jawaban #lokasi tidak ada")
                .contains("Pesan tidak dikirim")
                .contains("#alamat, #syarat-kredit");
        staysSilent(s, CUSTOMER, 1);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations?q=" + CUSTOMER, s.apiKey())
                        .json()
                        .get("items")
                        .get(0)
                        .get("humanActiveAt")
                        .isNull())
                .as("nothing sent, nothing paused")
                .isTrue();
    }

    @Test
    void savedRepliesAreKeptPerShowroomWithClearErrors() {
        Showroom s = showroom(c -> {});
        String path = "/api/v1/whatsapp-ai/saved-replies";
        long id = http.post(path, s.apiKey(), "{\"name\":\"alamat\",\"text\":\"Jl. Merdeka 1\"}")
                .json()
                .get("id")
                .asLong();

        assertThat(http.post(path, s.apiKey(), "{\"name\":\"ALAMAT\",\"text\":\"lain\"}")
                        .status())
                .as("unique whatever the case")
                .isEqualTo(409);
        assertThat(http.post(path, s.apiKey(), "{\"name\":\"jam buka\",\"text\":\"09.00\"}")
                        .body())
                .as("one word, to be typed after #")
                .contains("one word");
        assertThat(http.post(path, s.apiKey(), "{\"name\":\"\",\"text\":\"x\"}").status())
                .isEqualTo(400);
        assertThat(http.post(path, s.apiKey(), "{\"name\":\"kosong\",\"text\":\"  \"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post(path, s.apiKey(), "{\"name\":\"" + "n".repeat(41) + "\",\"text\":\"x\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post(path, s.apiKey(), "{\"name\":\"panjang\",\"text\":\"" + "x".repeat(4001) + "\"}")
                        .status())
                .isEqualTo(400);

        var changed = http.put(path + "/" + id, s.apiKey(), "{\"name\":\"lokasi\",\"text\":\"Jl. Merdeka 2\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("text").asString()).isEqualTo("Jl. Merdeka 2");

        Showroom other = showroom(c -> {});
        assertThat(http.get(path + "/" + id, other.apiKey()).status()).isEqualTo(404);
        assertThat(http.put(path + "/" + id, other.apiKey(), "{\"name\":\"x\",\"text\":\"y\"}")
                        .status())
                .isEqualTo(404);
        assertThat(http.delete(path + "/" + id, other.apiKey()).status()).isEqualTo(404);
        assertThat(http.get(path, other.apiKey()).json()).isEmpty();

        assertThat(http.delete(path + "/" + id, s.apiKey()).status()).isEqualTo(204);
        assertThat(http.get(path, s.apiKey()).json()).isEmpty();
    }

    @Test
    void aNoteFromWhatsAppIsKeptForTheTeamAndNotSent() {
        Showroom s = showroom(c -> {});
        ask(s, CUSTOMER, "halo, bisa kredit?");

        assertThat(command(s, "/catatan 081234567001 minta simulasi kredit 3 tahun, DP 30%"))
                .contains("Catatan untuk 6281234567001 disimpan");
        staysSilent(s, CUSTOMER, 1);
        long conversation = conversationId(s, CUSTOMER);
        JsonNode notes = http.get("/api/v1/whatsapp-ai/conversations/" + conversation + "/notes", s.apiKey())
                .json();
        assertThat(StreamSupport.stream(notes.spliterator(), false)
                        .map(n -> n.get("author").asString() + ": "
                                + n.get("text").asString()))
                .containsExactly("Staff (+" + STAFF + "): minta simulasi kredit 3 tahun, DP 30%");
        assertThat(command(s, "/catatan 081234567001")).contains("Format: /catatan");
    }
}
