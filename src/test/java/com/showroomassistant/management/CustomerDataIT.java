package com.showroomassistant.management;

import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.conversation.MessageRetention;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A customer's data request (UU PDP): exported whole, then forgotten with the counts kept; old texts expire. */
class CustomerDataIT extends IntegrationTest {

    static final String CUSTOMER = "6281277700201";
    static final String OTHER = "6281277700202";
    static final String STAFF = "6281200000021";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageRetention retention;

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
        return s;
    }

    private static String inThreeDays() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3);
        return day.getDayOfMonth() + "/" + day.getMonthValue();
    }

    @Test
    void aCustomersDataIsExportedThenForgottenAndTheCountsStay() {
        Showroom s = showroom();
        say(s, CUSTOMER, "avanza 2019 masih ada? saya Rudi dari Bekasi", 1);
        say(s, CUSTOMER, "mau lihat avanza tgl " + inThreeDays() + " jam 10 bisa?", 2);
        say(s, CUSTOMER, "iya kak", 3);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), STAFF).size() == 1); // booking notice
        say(s, OTHER, "halo, ada fortuner?", 1);

        JsonNode export =
                http.get("/api/v1/customers/0812-7770-0201/data", s.apiKey()).json();
        assertThat(export.get("customer").asString()).isEqualTo(CUSTOMER);
        assertThat(export.get("conversations").get(0).get("messages").toString())
                .contains("saya Rudi dari Bekasi");
        assertThat(export.get("lead").get("customerPhone").asString()).isEqualTo(CUSTOMER);
        assertThat(export.get("testDrives")).hasSize(1);

        JsonNode statsBefore = http.get("/api/v1/whatsapp-ai/stats", s.apiKey()).json();
        JsonNode analyticsBefore =
                http.get("/api/v1/whatsapp-ai/analytics", s.apiKey()).json();

        var forgotten = http.delete("/api/v1/customers/" + CUSTOMER, s.apiKey());
        assertThat(forgotten.status()).as(forgotten.body()).isEqualTo(200);
        assertThat(forgotten.json().get("conversations").asInt()).isEqualTo(1);
        assertThat(forgotten.json().get("messages").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(forgotten.json().get("staffNotices").asInt()).isEqualTo(1);
        assertThat(forgotten.json().get("leads").asInt()).isEqualTo(1);
        assertThat(forgotten.json().get("testDrives").asInt()).isEqualTo(1);

        // nothing of theirs is left to find, and nothing says who they were
        assertThat(http.get("/api/v1/customers/" + CUSTOMER + "/data", s.apiKey())
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("""
                select count(*) from message where tenant_id = ?
                   and (content like '%Rudi%' or raw_payload like ? or content like ? or recipient = ?)""")
                        .params(s.tenantId(), "%" + CUSTOMER + "%", "%" + CUSTOMER + "%", CUSTOMER)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from sales_lead where tenant_id = ? and (customer_phone = ? or customer_identity = ?)")
                        .params(s.tenantId(), CUSTOMER, CUSTOMER)
                        .query(Long.class)
                        .single())
                .isZero();
        // the other customer is untouched, and every figure the owner sees is the same
        assertThat(http.get("/api/v1/customers/" + OTHER + "/data", s.apiKey())
                        .json()
                        .toString())
                .contains("ada fortuner");
        assertThat(http.get("/api/v1/whatsapp-ai/stats", s.apiKey()).json()).isEqualTo(statsBefore);
        assertThat(http.get("/api/v1/whatsapp-ai/analytics", s.apiKey()).json()).isEqualTo(analyticsBefore);

        // the same number writing again is a new customer
        say(s, CUSTOMER, "halo kak", 4);
        assertThat(http.get("/api/v1/customers/" + CUSTOMER + "/data", s.apiKey())
                        .json()
                        .get("conversations"))
                .hasSize(1);
    }

    @Test
    void staffNotesAreTheCustomersDataExportedThenErased() {
        Showroom s = showroom();
        say(s, CUSTOMER, "avanza 2019 masih ada? saya Rudi", 1);
        say(s, OTHER, "halo, ada fortuner?", 1);
        long rudi = conversationId(s, CUSTOMER);
        long other = conversationId(s, OTHER);
        http.post(
                "/api/v1/whatsapp-ai/conversations/" + rudi + "/notes",
                s.apiKey(),
                "{\"text\":\"Rudi kerja di Bekasi, gaji 12 juta\",\"author\":\"Budi\"}");
        http.post("/api/v1/whatsapp-ai/conversations/" + rudi + "/labels", s.apiKey(), "{\"name\":\"kredit\"}");
        http.post("/api/v1/whatsapp-ai/conversations/" + other + "/notes", s.apiKey(), "{\"text\":\"pelanggan lain\"}");

        JsonNode exported = http.get("/api/v1/customers/" + CUSTOMER + "/data", s.apiKey())
                .json()
                .get("conversations")
                .get(0);
        assertThat(exported.get("notes").get(0).get("text").asString()).isEqualTo("Rudi kerja di Bekasi, gaji 12 juta");
        assertThat(exported.get("notes").get(0).get("author").asString()).isEqualTo("Budi");
        assertThat(exported.get("labels").get(0).asString()).isEqualTo("kredit");
        assertThat(exported.toString()).doesNotContain("pelanggan lain");

        var forgotten = http.delete("/api/v1/customers/" + CUSTOMER, s.apiKey());
        assertThat(forgotten.status()).as(forgotten.body()).isEqualTo(200);
        assertThat(forgotten.json().get("notes").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations/" + rudi + "/notes", s.apiKey())
                        .json())
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from conversation_note where tenant_id = ? and body like '%Bekasi%'")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(http.get("/api/v1/whatsapp-ai/conversations/" + other + "/notes", s.apiKey())
                        .json())
                .hasSize(1);
    }

    /**
     * A staff member wrote about the customer from WhatsApp, naming them as people write numbers ("0812-..."): the
     * command log and the staff member's own chat keep their rows, but not the text, once the customer is forgotten.
     */
    @Test
    void staffCommandsNamingTheCustomerAreBlankedWhenTheyAreForgotten() {
        Showroom s = showroom();
        say(s, CUSTOMER, "avanza 2019 masih ada? saya Rudi", 1);
        String written = "0812-7770-0201"; // CUSTOMER as staff type it
        say(s, STAFF, "/catatan " + written + " sudah DP 5 juta, rumah di Bekasi", 1);
        say(s, STAFF, "/catatan 0812 7770 0202 pelanggan lain", 2);
        assertThat(staffTexts(s, "%Bekasi%")).as("the note was taken").isPositive();

        var forgotten = http.delete("/api/v1/customers/" + CUSTOMER, s.apiKey());
        assertThat(forgotten.status()).as(forgotten.body()).isEqualTo(200);

        assertThat(staffTexts(s, "%Bekasi%"))
                .as("nothing the staff member typed about them is left")
                .isZero();
        assertThat(jdbc.sql("select count(*) from staff_command where tenant_id = ?")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .as("the commands still count")
                .isEqualTo(2);
        assertThat(staffTexts(s, "%pelanggan lain%"))
                .as("another customer's stays")
                .isPositive();
    }

    /** Staff's command log entries and messages in staff chats whose text matches. */
    private long staffTexts(Showroom s, String like) {
        long commands = jdbc.sql(
                        "select count(*) from staff_command where tenant_id = ? and (raw_text like ? or parsed like ? or reply like ?)")
                .params(s.tenantId(), like, like, like)
                .query(Long.class)
                .single();
        long messages =
                jdbc.sql("""
                        select count(*) from message m join conversation c on c.id = m.conversation_id
                         where m.tenant_id = ? and c.is_staff and m.content like ?""").params(s.tenantId(), like).query(Long.class).single();
        return commands + messages;
    }

    @Test
    void badOrUnknownCustomersGetAClearAnswer() {
        Showroom s = showroom();
        assertThat(http.get("/api/v1/customers/bukan-nomor/data", s.apiKey()).status())
                .isEqualTo(400);
        assertThat(http.delete("/api/v1/customers/6281299999999", s.apiKey()).status())
                .isEqualTo(404);
        say(s, CUSTOMER, "halo", 1);
        Showroom other = showroom();
        assertThat(http.delete("/api/v1/customers/" + CUSTOMER, other.apiKey()).status())
                .isEqualTo(404); // not theirs
        assertThat(http.get("/api/v1/customers/" + CUSTOMER + "/data", s.apiKey())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void textsPastTheRetentionAreBlankedAndTheRowsStay() {
        Showroom s = showroom();
        say(s, CUSTOMER, "avanza 2019 masih ada?", 1);
        long rows = jdbc.sql("select count(*) from message where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        // this showroom's messages are 40 days old; with 30 days' retention only they are due (other tests' are new)
        jdbc.sql("update message set created_at = ? where tenant_id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(40))), s.tenantId())
                .update();
        assertThat(retention.blankBefore(Instant.now().minus(Duration.ofDays(30))))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from message where tenant_id = ? and content is not null")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from message where tenant_id = ?")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isEqualTo(rows);
    }
}
