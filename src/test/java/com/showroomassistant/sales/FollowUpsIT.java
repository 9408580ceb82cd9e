package com.showroomassistant.sales;

import static com.showroomassistant.support.StandIns.llmRequests;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.conversation.IdleConversations;
import com.showroomassistant.dashboard.DashboardUser;
import com.showroomassistant.dashboard.DashboardUsers;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.support.FormSession;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Follow-ups (CONTRACT 9.3) end to end: leads made by customers writing through the webhook, cars added through the
 * API, and what the stand-in gateway then received.
 */
class FollowUpsIT extends IntegrationTest {

    private static final Duration QUIETLY = Duration.ofSeconds(2);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdleConversations idle;

    @Autowired
    DashboardUsers users;

    @BeforeEach
    void standIns() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
    }

    Showroom showroom(Consumer<ObjectNode> followUps) {
        Showroom s = newShowroom();
        configure(s, config -> {
            config.put("debounceSeconds", 0);
            config.put("welcomeMessage", "");
            followUps.accept(config.putObject("followUps"));
        });
        return s;
    }

    /** The customer writes; answers once the assistant's reply (the customer's {@code replies}-th message) went out. */
    List<String> received(Showroom s, String customer) {
        return sendsTo(GATEWAY, s.clientId(), customer).stream()
                .map(m -> m.get("message").asString())
                .toList();
    }

    void addCar(Showroom s, String model, int year, long price) {
        var created = http.post("/api/v1/vehicles", s.apiKey(), """
                {"make":"Toyota","model":"%s","year":%d,"price":%d,"color":"hitam"}""".formatted(model, year, price));
        assertThat(created.status()).isEqualTo(201);
    }

    void staysAt(Showroom s, String customer, int count) {
        await().during(QUIETLY)
                .atMost(QUIETLY.plusSeconds(3))
                .until(() -> received(s, customer).size() == count);
    }

    long followUps(Showroom s, String customer) {
        return jdbc.sql("""
                select count(*) from follow_up f join sales_lead l on l.id = f.lead_id
                 where f.tenant_id = ? and l.customer_identity = ?""").params(s.tenantId(), customer).query(Long.class).single();
    }

    @Test
    void followUpsAreOffUntilTheShowroomChoosesThemAndTheChoiceIsValidated() {
        Showroom s = newShowroom();
        configure(s, config -> config.put("debounceSeconds", 0));
        String customer = "6281355500041";
        say(s, customer, "avanza masih ada?", 1);
        addCar(s, "Avanza", 2019, 150_000_000);
        staysAt(s, customer, 1);

        var config =
                (ObjectNode) http.get("/api/v1/whatsapp-ai/config", s.apiKey()).json();
        assertThat(config.get("followUps").isNull()).isTrue();
        config.putObject("followUps").put("newStockMatch", true).put("quietLeadDays", 0);
        var bad = http.put("/api/v1/whatsapp-ai/config", s.apiKey(), config.toString());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").propertyNames()).contains("followUps.quietLeadDays");
        config.putObject("followUps").put("newStockMatch", true).put("quietLeadDays", 14);
        assertThat(http.put("/api/v1/whatsapp-ai/config", s.apiKey(), config.toString())
                        .status())
                .isEqualTo(200);
        var stored = http.get("/api/v1/whatsapp-ai/config", s.apiKey()).json().get("followUps");
        assertThat(stored.get("newStockMatch").asBoolean()).isTrue();
        assertThat(stored.get("quietLeadDays").asInt()).isEqualTo(14);
    }

    @Test
    void aNewMatchingCarReachesEachInterestedLeadOnceAWeekWithItsListedPrice() {
        Showroom s = showroom(f -> f.put("newStockMatch", true));
        String interested = "6281355500001", overBudget = "6281355500002", otherModel = "6281355500003";
        say(s, interested, "avanza masih ada?", 1);
        say(s, overBudget, "avanza ada? budget 100 juta", 1);
        say(s, otherModel, "xpander ada?", 1);
        assertThat(jdbc.sql("select budget from sales_lead where tenant_id = ? and customer_identity = ?")
                        .params(s.tenantId(), overBudget)
                        .query(Long.class)
                        .single())
                .isEqualTo(100_000_000L);

        addCar(s, "Avanza", 2019, 150_000_000);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> received(s, interested).size() == 2);
        assertThat(received(s, interested).getLast())
                .contains("Toyota Avanza 2019")
                .contains("Rp 150.000.000")
                .contains("Balas STOP");
        staysAt(s, overBudget, 1);
        staysAt(s, otherModel, 1);

        // another Avanza within the week: the lead has had its follow-up
        addCar(s, "Avanza", 2020, 160_000_000);
        staysAt(s, interested, 2);

        // a week later the same arrival is still news, and reaches the lead
        jdbc.sql("update sales_lead set followed_up_at = ? where tenant_id = ? and customer_identity = ?")
                .params(Timestamps.db(Instant.now().minus(Duration.ofDays(8))), s.tenantId(), interested)
                .update();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> received(s, interested).size() == 3);
        assertThat(received(s, interested).getLast())
                .contains("Toyota Avanza 2020")
                .contains("Rp 160.000.000");
        staysAt(s, interested, 3);
        assertThat(followUps(s, interested)).isEqualTo(2);

        // the owner sees what was sent and why
        users.create(
                new TenantId(s.tenantId()),
                "pemilik-" + s.clientId() + "@uji.id",
                "kata-sandi-uji",
                DashboardUser.OWNER);
        var dashboard = new FormSession(port);
        dashboard.login("pemilik-" + s.clientId() + "@uji.id", "kata-sandi-uji");
        String leads = dashboard.get("/app/leads").body();
        assertThat(leads)
                .contains("id=\"follow-ups\"")
                .contains("Unit baru cocok: Toyota Avanza 2019")
                .contains("Unit baru cocok: Toyota Avanza 2020")
                .contains(interested);

        // the same list through the API, with why each was sent
        var sent = http.get("/api/v1/follow-ups", s.apiKey()).json().get("items");
        assertThat(sent.valueStream()
                        .map(f -> f.get("reason").asString() + " "
                                + f.get("vehicle").asString()))
                .contains("new_stock Toyota Avanza 2019", "new_stock Toyota Avanza 2020");
        assertThat(sent.valueStream().map(f -> f.get("customer").asString())).contains(interested);

        // and in the numbers, a follow-up is a message sent, not a reply to a customer who wrote
        var totals =
                http.get("/api/v1/whatsapp-ai/analytics", s.apiKey()).json().get("totals");
        assertThat(totals.get("outbound").asLong()).isEqualTo(5);
        assertThat(totals.get("repliesToCustomers").asLong()).isEqualTo(3);
        assertThat(totals.get("firstResponses").asLong()).isEqualTo(3);
    }

    @Test
    void optedOutEscalatedAndStaffHandledCustomersGetNone() {
        Showroom s = showroom(f -> f.put("newStockMatch", true));
        String optedOut = "6281355500011",
                escalated = "6281355500012",
                withStaff = "6281355500013",
                open = "6281355500014";
        for (String customer : List.of(optedOut, escalated, withStaff, open)) {
            say(s, customer, "avanza masih ada?", 1);
        }
        say(s, optedOut, "STOP", 2);
        say(s, escalated, "saya mau bicara dengan sales", 2);
        long handled = jdbc.sql("select id from conversation where tenant_id = ? and customer_identity = ?")
                .params(s.tenantId(), withStaff)
                .query(Long.class)
                .single();
        assertThat(http.post(
                                "/api/v1/whatsapp-ai/conversations/" + handled + "/reply",
                                s.apiKey(),
                                "{\"message\":\"Halo kak, saya Budi dari showroom\"}")
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> received(s, withStaff).size() == 2);

        addCar(s, "Avanza", 2019, 150_000_000);

        await().atMost(Duration.ofSeconds(15)).until(() -> received(s, open).size() == 2);
        assertThat(received(s, open).getLast()).contains("Toyota Avanza 2019");
        staysAt(s, optedOut, 2);
        staysAt(s, escalated, 2);
        staysAt(s, withStaff, 2);
    }

    @Test
    void outsideBusinessHoursTheNewsWaitsForOpening() {
        Showroom s = showroom(f -> f.put("newStockMatch", true));
        String customer = "6281355500021";
        say(s, customer, "avanza masih ada?", 1);
        configure(s, config -> config.putObject("businessHours")); // no day open: closed now

        addCar(s, "Avanza", 2019, 150_000_000);
        staysAt(s, customer, 1);

        configure(s, config -> config.putNull("businessHours")); // always open
        await().atMost(Duration.ofSeconds(15)).until(() -> received(s, customer).size() == 2);
        assertThat(received(s, customer).getLast()).contains("Toyota Avanza 2019");
    }

    @Test
    void aQuietLeadIsFollowedUpOnceAndItsReplyIsAnsweredWithTheFollowUpInView() {
        Showroom s = showroom(f -> f.put("quietLeadDays", 7));
        String customer = "6281355500031";
        say(s, customer, "xpander ada?", 1);
        staysAt(s, customer, 1); // not quiet yet

        // eight days later: the conversation closed as idle, and the lead has been quiet longer than seven days
        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8));
        jdbc.sql("update conversation set last_message_at = ? where tenant_id = ? and customer_identity = ?")
                .params(Timestamps.db(eightDaysAgo), s.tenantId(), customer)
                .update();
        idle.closeIdleAt(Instant.now());

        await().atMost(Duration.ofSeconds(15)).until(() -> received(s, customer).size() == 2);
        String followUp = received(s, customer).getLast();
        assertThat(followUp).contains("Masih mencari Xpander?").contains("Balas STOP");
        staysAt(s, customer, 2);

        // the reply lands where the follow-up is: the assistant reads it as its own earlier message
        StandIns.llmAnswers(LLM, s.name(), "Baik kak, warna yang kakak cari apa? Kami bantu carikan.");
        say(s, customer, "iya masih kak, ada warna apa saja?", 3);
        var lastPrompt = llmRequests(LLM, s.name()).getLast().get("messages");
        assertThat(lastPrompt.toString()).contains("Masih mencari Xpander?");
        assertThat(jdbc.sql("select status from conversation where tenant_id = ? and customer_identity = ? order by id")
                        .params(s.tenantId(), customer)
                        .query(String.class)
                        .list())
                .containsExactly("closed", "active");
        assertThat(followUps(s, customer)).isEqualTo(1);
    }
}
