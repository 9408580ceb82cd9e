package com.showroomassistant.conversation;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.llmRequests;
import static com.showroomassistant.support.StandIns.sends;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Internal notes and labels on conversations, through the management API. */
class NotesAndLabelsIT extends IntegrationTest {

    static final String RINA = "6281277700301";
    static final String DODI = "6281277700302";
    static final String NOTE = "Pak Rina minta diskon 5 juta, jangan janji dulu";

    @BeforeEach
    void standIns() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
    }

    private Showroom showroom() {
        Showroom s = newShowroom();
        configure(s, config -> {
            config.put("debounceSeconds", 0);
            config.put("welcomeMessage", "");
        });
        return s;
    }

    /** The customer writes and the assistant answers; the conversation's id. */
    private long say(Showroom s, String from, String text) {
        int before = sendsTo(GATEWAY, s.clientId(), from).size();
        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), UUID.randomUUID().toString(), from, text));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> sendsTo(GATEWAY, s.clientId(), from).size() > before);
        for (JsonNode c : http.get("/api/v1/whatsapp-ai/conversations?q=" + from, s.apiKey())
                .json()
                .get("items")) {
            return c.get("id").asLong();
        }
        throw new AssertionError("no conversation with " + from);
    }

    @Test
    void notesStayWithTheTeamAndNeverReachTheCustomerOrTheModel() {
        Showroom s = showroom();
        long rina = say(s, RINA, "avanza 2019 masih ada?");

        var added = http.post(
                "/api/v1/whatsapp-ai/conversations/" + rina + "/notes",
                s.apiKey(),
                "{\"text\":\"" + NOTE + "\",\"author\":\"Budi\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("author").asString()).isEqualTo("Budi");
        assertThat(added.json().get("createdAt").isNull()).isFalse();
        http.post("/api/v1/whatsapp-ai/conversations/" + rina + "/notes", s.apiKey(), "{\"text\":\"sudah DP\"}");

        JsonNode notes = http.get("/api/v1/whatsapp-ai/conversations/" + rina + "/notes", s.apiKey())
                .json();
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).get("text").asString()).isEqualTo(NOTE);
        assertThat(notes.get(1).get("author").asString()).isEqualTo("API");

        // the customer writes again: the model hears the conversation, not the notes; the customer gets no note
        say(s, RINA, "bisa kurang harganya kak?");
        assertThat(llmRequests(LLM, s.name())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(llmRequests(LLM, s.name()))
                .allSatisfy(r ->
                        assertThat(r.toString()).doesNotContain("diskon 5 juta").doesNotContain("sudah DP"));
        assertThat(sends(GATEWAY, s.clientId()))
                .allSatisfy(m -> assertThat(m.get("message").asString()).doesNotContain("diskon 5 juta"));
        assertThat(http.get("/api/v1/whatsapp-ai/conversations/" + rina + "/messages", s.apiKey())
                        .body())
                .doesNotContain("diskon 5 juta");

        var deleted = http.delete(
                "/api/v1/whatsapp-ai/conversations/" + rina + "/notes/"
                        + notes.get(1).get("id").asLong(),
                s.apiKey());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations/" + rina + "/notes", s.apiKey())
                        .json())
                .hasSize(1);
    }

    @Test
    void badNotesGetA400AndAnotherShowroomsConversationA404() {
        Showroom s = showroom();
        long rina = say(s, RINA, "halo");
        String path = "/api/v1/whatsapp-ai/conversations/" + rina + "/notes";

        assertThat(http.post(path, s.apiKey(), "{\"text\":\"   \"}").status()).isEqualTo(400);
        assertThat(http.post(path, s.apiKey(), "{}").status()).isEqualTo(400);
        var tooLong = http.post(path, s.apiKey(), "{\"text\":\"" + "x".repeat(2001) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("text");

        Showroom other = showroom();
        assertThat(http.post(path, other.apiKey(), "{\"text\":\"bukan punyamu\"}")
                        .status())
                .isEqualTo(404);
        assertThat(http.get(path, other.apiKey()).status()).isEqualTo(404);
        long note = http.post(path, s.apiKey(), "{\"text\":\"catatan\"}")
                .json()
                .get("id")
                .asLong();
        assertThat(http.delete(path + "/" + note, other.apiKey()).status()).isEqualTo(404);
        assertThat(http.get(path, s.apiKey()).json()).hasSize(1);
    }

    @Test
    void labelsFilterTheConversationListAndDeletingOneTakesItOffEverywhere() {
        Showroom s = showroom();
        long rina = say(s, RINA, "avanza 2019 masih ada?");
        long dodi = say(s, DODI, "ada brio?");

        var hot = http.post("/api/v1/whatsapp-ai/labels", s.apiKey(), "{\"name\":\"Hot\"}");
        assertThat(hot.status()).as(hot.body()).isEqualTo(201);
        assertThat(http.post("/api/v1/whatsapp-ai/labels", s.apiKey(), "{\"name\":\"hot\"}")
                        .status())
                .as("unique whatever the case")
                .isEqualTo(409);
        var onRina =
                http.post("/api/v1/whatsapp-ai/conversations/" + rina + "/labels", s.apiKey(), "{\"name\":\"HOT\"}");
        assertThat(onRina.status()).as(onRina.body()).isEqualTo(200);
        assertThat(names(onRina.json())).containsExactly("Hot");
        // a new name defines the label; putting a label on twice changes nothing
        http.post("/api/v1/whatsapp-ai/conversations/" + rina + "/labels", s.apiKey(), "{\"name\":\"tukar tambah\"}");
        http.post("/api/v1/whatsapp-ai/conversations/" + dodi + "/labels", s.apiKey(), "{\"name\":\"tukar tambah\"}");
        http.post("/api/v1/whatsapp-ai/conversations/" + dodi + "/labels", s.apiKey(), "{\"name\":\"Tukar Tambah\"}");
        assertThat(names(http.get("/api/v1/whatsapp-ai/labels", s.apiKey()).json()))
                .containsExactly("Hot", "tukar tambah");
        assertThat(names(http.get("/api/v1/whatsapp-ai/conversations/" + dodi + "/labels", s.apiKey())
                        .json()))
                .containsExactly("tukar tambah");

        assertThat(ids(s, "?label=hot")).containsExactly(rina);
        assertThat(ids(s, "?label=tukar%20tambah")).containsExactlyInAnyOrder(rina, dodi);
        assertThat(ids(s, "?label=kredit")).isEmpty();
        assertThat(ids(s, "")).containsExactlyInAnyOrder(rina, dodi);

        var off = http.delete(
                "/api/v1/whatsapp-ai/conversations/" + rina + "/labels/"
                        + hot.json().get("id").asLong(),
                s.apiKey());
        assertThat(names(off.json())).containsExactly("tukar tambah");
        assertThat(ids(s, "?label=hot")).isEmpty();

        long tukar = http.get("/api/v1/whatsapp-ai/labels", s.apiKey())
                .json()
                .get(1)
                .get("id")
                .asLong();
        assertThat(http.delete("/api/v1/whatsapp-ai/labels/" + tukar, s.apiKey())
                        .status())
                .isEqualTo(204);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations/" + dodi + "/labels", s.apiKey())
                        .json())
                .isEmpty();
        assertThat(ids(s, "?label=tukar%20tambah")).isEmpty();
    }

    /** The inbox's filters together: a label, the owner (nobody, or one staff member) and the wait for staff. */
    @Test
    void theLabelFilterCombinesWithTheOwnerAndTheWaitFilters() {
        Showroom s = showroom(); // no staff yet: escalations stay unowned
        long waitingHot = say(s, "6281277700311", "saya mau bicara dengan staff");
        long ownedHot = say(s, "6281277700312", "saya mau bicara dengan staff");
        long calmHot = say(s, "6281277700313", "ada brio?");
        long waitingCold = say(s, "6281277700314", "saya mau bicara dengan staff");
        for (long id : List.of(waitingHot, ownedHot, calmHot)) {
            http.post("/api/v1/whatsapp-ai/conversations/" + id + "/labels", s.apiKey(), "{\"name\":\"hot\"}");
        }
        long budi = http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"6281277700399\"}")
                .json()
                .get("id")
                .asLong();
        assertThat(http.put(
                                "/api/v1/whatsapp-ai/conversations/" + ownedHot + "/assignee",
                                s.apiKey(),
                                "{\"staffId\":" + budi + "}")
                        .status())
                .isEqualTo(200);

        assertThat(ids(s, "?label=hot&assignee=none&waitingMinutes=0")).containsExactly(waitingHot);
        assertThat(ids(s, "?label=hot&waitingMinutes=0")).containsExactlyInAnyOrder(waitingHot, ownedHot);
        assertThat(ids(s, "?label=hot&assignee=" + budi + "&waitingMinutes=0")).containsExactly(ownedHot);
        assertThat(ids(s, "?label=hot&assignee=none")).containsExactlyInAnyOrder(waitingHot, calmHot);
        assertThat(ids(s, "?assignee=none&waitingMinutes=0")).containsExactlyInAnyOrder(waitingHot, waitingCold);
        assertThat(ids(s, "?label=hot&assignee=none&waitingMinutes=60"))
                .as("not waiting that long")
                .isEmpty();
        assertThat(http.get("/api/v1/whatsapp-ai/conversations?waitingMinutes=525601", s.apiKey())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void badLabelsGetA400AndAnotherShowroomsIdsA404() {
        Showroom s = showroom();
        long rina = say(s, RINA, "halo");
        long hot = http.post("/api/v1/whatsapp-ai/labels", s.apiKey(), "{\"name\":\"hot\"}")
                .json()
                .get("id")
                .asLong();

        assertThat(http.post("/api/v1/whatsapp-ai/labels", s.apiKey(), "{\"name\":\" \"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post("/api/v1/whatsapp-ai/labels", s.apiKey(), "{\"name\":\"" + "x".repeat(41) + "\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post("/api/v1/whatsapp-ai/conversations/" + rina + "/labels", s.apiKey(), "{\"name\":\"\"}")
                        .status())
                .isEqualTo(400);

        Showroom other = showroom();
        // the other showroom may use the same name, and cannot touch this showroom's conversation or label
        assertThat(http.post("/api/v1/whatsapp-ai/labels", other.apiKey(), "{\"name\":\"HOT\"}")
                        .status())
                .isEqualTo(201);
        assertThat(http.post(
                                "/api/v1/whatsapp-ai/conversations/" + rina + "/labels",
                                other.apiKey(),
                                "{\"name\":\"hot\"}")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations/" + rina + "/labels", other.apiKey())
                        .status())
                .isEqualTo(404);
        assertThat(http.delete("/api/v1/whatsapp-ai/labels/" + hot, other.apiKey())
                        .status())
                .isEqualTo(404);
        assertThat(http.delete("/api/v1/whatsapp-ai/conversations/" + rina + "/labels/" + hot, other.apiKey())
                        .status())
                .isEqualTo(404);
        assertThat(names(http.get("/api/v1/whatsapp-ai/labels", s.apiKey()).json()))
                .containsExactly("hot");
    }

    private List<Long> ids(Showroom s, String query) {
        return StreamSupport.stream(
                        http.get("/api/v1/whatsapp-ai/conversations" + query, s.apiKey())
                                .json()
                                .get("items")
                                .spliterator(),
                        false)
                .map(c -> c.get("id").asLong())
                .toList();
    }

    private static List<String> names(JsonNode labels) {
        return StreamSupport.stream(labels.spliterator(), false)
                .map(l -> l.get("name").asString())
                .toList();
    }
}
