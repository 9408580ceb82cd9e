package com.showroomassistant.sales;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** From "avanza ada?" to a confirmed viewing with a reminder, through the webhook as a customer would. */
class SalesIT extends IntegrationTest {

    static final String CUSTOMER = "6281277700001";
    static final String STAFF = "6281200000001";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Leads leads;

    @BeforeEach
    void standIns() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
    }

    Showroom showroom(Consumer<ObjectNode> configure) {
        Showroom s = showroomWithStaff(STAFF, configure);
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

    List<JsonNode> say(Showroom s, String text, int expectedReplies) {
        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), UUID.randomUUID().toString(), CUSTOMER, text));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() >= expectedReplies);
        return sendsTo(GATEWAY, s.clientId(), CUSTOMER);
    }

    String lastReply(Showroom s, String text, int expectedReplies) {
        return say(s, text, expectedReplies).getLast().get("message").asString();
    }

    static String inThreeDays() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3);
        return day.getDayOfMonth() + "/" + day.getMonthValue();
    }

    /** One column of the customer's lead, or null when there is no lead. */
    String lead(Showroom s, String column) {
        return jdbc.sql("select " + column + " from sales_lead where tenant_id = ? and customer_identity = ?")
                .params(s.tenantId(), CUSTOMER)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    String leadStage(Showroom s) {
        return lead(s, "stage");
    }

    @Test
    void customerBooksANamedFreeSlotBySayingIyaAndGetsAReminderOnce() {
        Showroom s = showroom(c -> {});
        lastReply(s, "avanza 2019 masih ada?", 1);
        assertThat(leadStage(s)).isEqualTo("new");
        lastReply(s, "harganya berapa ya?", 2);
        assertThat(leadStage(s)).isEqualTo("qualified");

        String offer = lastReply(s, "mau lihat unitnya tgl " + inThreeDays() + " jam 10 bisa?", 3);
        assertThat(offer).contains("Toyota Avanza 2019").contains("10:00").contains("IYA");
        String confirmed = lastReply(s, "iya kak", 4);
        assertThat(confirmed).contains("sudah kami catat");

        var booking = jdbc.sql(
                        "select status, vehicle_id is not null, reminder_due_at is not null from test_drive where tenant_id = ?")
                .param(s.tenantId())
                .query((rs, n) -> rs.getString(1) + "/" + rs.getBoolean(2) + "/" + rs.getBoolean(3))
                .single();
        assertThat(booking).isEqualTo("confirmed/true/true");
        assertThat(leadStage(s)).isEqualTo("test_drive");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), STAFF).size() == 1);
        assertThat(sendsTo(GATEWAY, s.clientId(), STAFF)
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("Booking baru");

        // the day before: make the reminder due now
        jdbc.sql("update test_drive set reminder_due_at = current_timestamp where tenant_id = ?")
                .param(s.tenantId())
                .update();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 5);
        assertThat(sendsTo(GATEWAY, s.clientId(), CUSTOMER)
                        .getLast()
                        .get("message")
                        .asString())
                .contains("Pengingat");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 5);

        String cancelled = lastReply(s, "maaf saya batal ya", 6);
        assertThat(cancelled).contains("batalkan");
        assertThat(jdbc.sql("select status from test_drive where tenant_id = ?")
                        .param(s.tenantId())
                        .query(String.class)
                        .single())
                .isEqualTo("cancelled");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), STAFF).size() == 2);
    }

    @Test
    void confirmingAnOfferedSlotByRestatingItBooksIt() {
        Showroom s = showroom(c -> {});
        String offer = lastReply(s, "mau lihat avanza tgl " + inThreeDays() + " jam 10 bisa?", 1);
        assertThat(offer).contains("10:00").contains("IYA");
        String confirmed = lastReply(s, "iya kak, jadi tgl " + inThreeDays() + " jam 10 ya", 2);
        assertThat(confirmed).contains("sudah kami catat").contains("10:00");
        assertThat(jdbc.sql("select status from test_drive where tenant_id = ?")
                        .param(s.tenantId())
                        .query(String.class)
                        .list())
                .containsExactly("confirmed");
    }

    @Test
    void aBookedCustomerMovesTheVisitAndTheOldSlotIsFreed() {
        Showroom s = showroom(c -> {});
        lastReply(s, "mau lihat avanza tgl " + inThreeDays() + " jam 10 bisa?", 1);
        assertThat(lastReply(s, "iya", 2)).contains("sudah kami catat").contains("10:00");

        LocalDate later = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(4);
        String offer = lastReply(
                s,
                "kak bisa ganti jadwal ke tgl " + later.getDayOfMonth() + "/" + later.getMonthValue() + " jam 14?",
                3);
        assertThat(offer).contains("14:00").contains("IYA");
        assertThat(lastReply(s, "iya kak", 4)).contains("sudah kami catat").contains("14:00");

        var bookings = jdbc.sql("select status from test_drive where tenant_id = ? order by id")
                .param(s.tenantId())
                .query(String.class)
                .list();
        assertThat(bookings).containsExactly("cancelled", "confirmed");
        assertThat(leadStage(s)).isEqualTo("test_drive");
    }

    @Test
    void withoutATimeTheAssistantProposesFreeSlotsAndANumberPicksOne() {
        Showroom s = showroom(c -> {});
        String offer = lastReply(s, "avanza bisa test drive tgl " + inThreeDays() + "?", 1);
        assertThat(offer).contains("1. ").contains("2. ").contains("3. ");
        String confirmed = lastReply(s, "2", 2);
        assertThat(confirmed).contains("sudah kami catat").contains("10:00");
        assertThat(leadStage(s)).isEqualTo("test_drive");
    }

    @Test
    void aSoldCarCannotBeBooked() {
        Showroom s = showroom(c -> {});
        String reply = lastReply(s, "mau test drive brio tgl " + inThreeDays() + " jam 11", 1);
        assertThat(reply).contains("terjual");
        assertThat(jdbc.sql("select count(*) from test_drive where tenant_id = ?")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void withBookingOffTheWishBecomesALeadNoteAndStaffWillConfirm() {
        Showroom s = showroom(c -> c.put("enableTestDriveBooking", false));
        String reply = lastReply(s, "avanza bisa dilihat tgl " + inThreeDays() + " jam 10?", 1);
        assertThat(reply).contains("Staff kami akan menghubungi");
        assertThat(jdbc.sql("select count(*) from test_drive where tenant_id = ?")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select notes from sales_lead where tenant_id = ?")
                        .param(s.tenantId())
                        .query(String.class)
                        .single())
                .contains("minta jadwal");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), STAFF).size() == 1);
    }

    String interest(Showroom s) {
        return lead(s, "vehicles_of_interest");
    }

    @Test
    void askingAboutTheSameCarAgainNeedsNoReadOfTheLeadButANewCarIsAdded() {
        Showroom s = showroom(c -> {});
        lastReply(s, "avanza masih ada?", 1);
        assertThat(interest(s)).isEqualTo("Avanza");
        // the lead changes behind this instance's back (staff, or another instance); the same question again is
        // known to change nothing, so it neither reads nor writes the lead
        jdbc.sql("update sales_lead set vehicles_of_interest = 'Calya' where tenant_id = ?")
                .param(s.tenantId())
                .update();
        lastReply(s, "avanza masih ada?", 2);
        assertThat(interest(s)).isEqualTo("Calya");
        lastReply(s, "kalau xpander ada?", 3);
        assertThat(interest(s)).isEqualTo("Calya, Xpander");
        // staff move the lead: what this instance told leads is forgotten, and the next inquiry reads the lead again
        long lead = jdbc.sql("select id from sales_lead where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        leads.move(new com.showroomassistant.shared.TenantId(s.tenantId()), lead, "qualified", null);
        lastReply(s, "kalau xpander ada?", 4);
        lastReply(s, "innova ada juga?", 5);
        assertThat(interest(s)).isEqualTo("Calya, Xpander, Innova");
        assertThat(leadStage(s)).isEqualTo("qualified");
    }

    @Test
    void theModelNeverMovesALeadToWon() {
        Showroom s = showroom(c -> {});
        StandIns.llmAnswers(LLM, s.name(), "Selamat kak, deal! Status Anda sekarang WON.");
        lastReply(s, "avanza nego bisa? saya ambil deh", 1);
        assertThat(leadStage(s)).isEqualTo("negotiation");
    }
}
