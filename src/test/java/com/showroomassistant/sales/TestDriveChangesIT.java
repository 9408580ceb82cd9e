package com.showroomassistant.sales;

import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Staff manage a booked test drive (CONTRACT 9.6) from the API and WhatsApp; the customer hears of each change. */
class TestDriveChangesIT extends IntegrationTest {

    static final String FIRST = "6281277700101";
    static final String SECOND = "6281277700102";
    static final String STAFF = "6281200000011";
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

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
        http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"" + STAFF + "\",\"name\":\"Budi\"}");
        http.post(
                "/api/v1/vehicles",
                s.apiKey(),
                "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"year\":2019,\"price\":150000000}");
        http.post(
                "/api/v1/vehicles",
                s.apiKey(),
                "{\"make\":\"Honda\",\"model\":\"Jazz\",\"year\":2018,\"price\":170000000}");
        return s;
    }

    private static String day(int inDays) {
        LocalDate day = LocalDate.now(JAKARTA).plusDays(inDays);
        return day.getDayOfMonth() + "/" + day.getMonthValue();
    }

    private static String at(int inDays, int hour) {
        return LocalDate.now(JAKARTA)
                .plusDays(inDays)
                .atTime(hour, 0)
                .atZone(JAKARTA)
                .toOffsetDateTime()
                .toString();
    }

    private long book(Showroom s, String customer, String car, int inDays, int hour) {
        assertThat(say(s, customer, "mau lihat " + car + " tgl " + day(inDays) + " jam " + hour + " bisa?", 1))
                .contains("IYA");
        assertThat(say(s, customer, "iya kak", 2)).contains("sudah kami catat");
        return http.get("/api/v1/test-drives", s.apiKey())
                .json()
                .get("items")
                .valueStream()
                .filter(t -> customer.equals(t.get("customerPhone").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    private JsonNode patch(Showroom s, long id, String body, int status) {
        var response = http.send("PATCH", "/api/v1/test-drives/" + id, s.apiKey(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    @Test
    void staffMoveCancelAndCompleteThroughTheApiAndTheCustomerIsTold() {
        Showroom s = showroom();
        long first = book(s, FIRST, "avanza", 3, 10);
        long second = book(s, SECOND, "jazz", 3, 11);

        JsonNode moved = patch(s, first, "{\"scheduledAt\":\"" + at(4, 14) + "\"}", 200);
        assertThat(moved.get("status").asString()).isEqualTo("confirmed");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), FIRST).size() == 3);
        assertThat(sendsTo(GATEWAY, s.clientId(), FIRST)
                        .getLast()
                        .get("message")
                        .asString())
                .contains("kami pindahkan")
                .contains("Toyota Avanza 2019")
                .contains("14:00");

        // one test drive at a time by default (testDriveCapacity 1): the taken slot is refused, nothing changes
        patch(s, second, "{\"scheduledAt\":\"" + at(4, 14) + "\"}", 409);
        assertThat(http.get("/api/v1/test-drives", s.apiKey())
                        .json()
                        .get("items")
                        .valueStream()
                        .filter(t -> t.get("id").asLong() == second)
                        .findFirst()
                        .orElseThrow()
                        .get("scheduledAt")
                        .asString())
                .isNotEqualTo(moved.get("scheduledAt").asString());

        patch(s, second, "{\"status\":\"cancelled\"}", 200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), SECOND).size() == 3);
        assertThat(sendsTo(GATEWAY, s.clientId(), SECOND)
                        .getLast()
                        .get("message")
                        .asString())
                .contains("dibatalkan");
        // the cancelled one freed its slot: the first may move there
        patch(s, first, "{\"scheduledAt\":\"" + at(3, 11) + "\"}", 200);

        patch(s, first, "{\"status\":\"completed\"}", 200);
        patch(s, first, "{\"scheduledAt\":\"" + at(5, 10) + "\"}", 409); // over: it does not move
        assertThat(patch(s, first, "{\"status\":\"no_show\"}", 200)
                        .get("status")
                        .asString())
                .isEqualTo("no_show");
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() ->
                        sendsTo(GATEWAY, s.clientId(), FIRST).size() == 4); // completing tells the customer nothing
    }

    @Test
    void badChangesGetAClearErrorAndChangeNothing() {
        Showroom s = showroom();
        long id = book(s, FIRST, "avanza", 3, 10);
        assertThat(patch(s, id, "{\"status\":\"won\"}", 400).toString()).contains("status");
        assertThat(patch(s, id, "{}", 400).toString()).contains("status");
        assertThat(patch(s, id, "{\"scheduledAt\":\"2020-01-01T10:00:00+07:00\"}", 400)
                        .toString())
                .contains("future");
        assertThat(http.send("PATCH", "/api/v1/test-drives/" + id, s.apiKey(), "{\"scheduledAt\":\"besok\"}")
                        .status())
                .isEqualTo(400);
        patch(s, id + 100_000, "{\"status\":\"completed\"}", 404);
        Showroom other = newShowroom();
        patch(other, id, "{\"status\":\"cancelled\"}", 404); // another showroom's test drive is not found
        assertThat(http.get("/api/v1/test-drives", s.apiKey())
                        .json()
                        .get("items")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("confirmed");
    }

    @Test
    void staffListAndMoveTestDrivesOnWhatsApp() {
        Showroom s = showroom();
        long id = book(s, FIRST, "avanza", 3, 10);
        assertThat(say(s, STAFF, "/testdrive", 2))
                .contains("#" + id)
                .contains("Toyota Avanza 2019")
                .contains(FIRST);
        assertThat(say(s, STAFF, "/testdrive " + id + " tgl " + day(4) + " jam 15", 3))
                .contains("dipindah");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), FIRST).size() == 3);
        assertThat(sendsTo(GATEWAY, s.clientId(), FIRST)
                        .getLast()
                        .get("message")
                        .asString())
                .contains("15:00");
        assertThat(say(s, STAFF, "/testdrive " + id + " selesai", 4)).contains("selesai");
        assertThat(say(s, STAFF, "/testdrive " + id + " batal", 5)).contains("tidak bisa diubah");
        assertThat(say(s, STAFF, "/testdrive 99999999 selesai", 6)).contains("tidak ditemukan");
    }

    @Test
    void slotLengthAndCapacityAreConfiguration() {
        Showroom s = showroom();
        JsonNode config = http.get("/api/v1/whatsapp-ai/config", s.apiKey()).json();
        assertThat(config.get("testDriveSlotMinutes").asInt()).isEqualTo(60);
        assertThat(config.get("testDriveCapacity").asInt()).isEqualTo(1);
        configure(s, c -> c.put("testDriveCapacity", 2).put("testDriveSlotMinutes", 90));
        config = http.get("/api/v1/whatsapp-ai/config", s.apiKey()).json();
        assertThat(config.get("testDriveCapacity").asInt()).isEqualTo(2);
        assertThat(config.get("testDriveSlotMinutes").asInt()).isEqualTo(90);
        var refused = http.put(
                "/api/v1/whatsapp-ai/config",
                s.apiKey(),
                ((tools.jackson.databind.node.ObjectNode) config)
                        .put("testDriveCapacity", 0)
                        .toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("testDriveCapacity");

        long first = book(s, FIRST, "avanza", 3, 10);
        long second = book(s, SECOND, "jazz", 3, 11);
        patch(s, second, "{\"scheduledAt\":\"" + at(3, 10) + "\"}", 200); // two lanes: both fit at 10:00
        assertThat(first).isNotEqualTo(second);
    }
}
