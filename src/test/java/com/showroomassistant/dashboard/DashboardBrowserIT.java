package com.showroomassistant.dashboard;

import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.llmRequests;
import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.Browser;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.AiConfigs;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A showroom owner's daily work in a real browser (headless Chromium) against the running application. */
class DashboardBrowserIT extends IntegrationTest {

    static final String PASSWORD = "rahasia-uji-123";
    static Browser browser;

    @Autowired
    DashboardUsers users;

    @Autowired
    AiConfigs configs;

    @Autowired
    JdbcClient jdbc;

    Showroom showroom;
    String email;

    @BeforeAll
    static void openBrowser() {
        Browser.assumeInstalled();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void showroomWithOwnerLogin() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
        showroom = newShowroom();
        email = "owner+" + showroom.tenantId() + "@uji.showroom";
        users.create(new TenantId(showroom.tenantId()), email, PASSWORD, DashboardUser.OWNER);
        if (browser == null) {
            browser = Browser.open("http://localhost:" + port);
        }
        browser.desktopSized().signOut();
    }

    @Test
    void ownerLogsInAndTheEmulatorShowsIntentAndTheAssistantsReply() {
        browser.login(email, "wrong password");
        browser.waitForText(".error", "salah");
        browser.screenshot("01-login-failed");

        browser.login(email, PASSWORD);
        browser.waitFor(d -> browser.path().startsWith("/app/inbox"));
        var car = http.post("/api/v1/vehicles", showroom.apiKey(), """
                {"make":"Toyota","model":"Avanza","year":2019,"price":150000000,"color":"hitam","plateNumber":"B1234XYZ"}""");
        assertThat(car.status()).as(car.body()).isEqualTo(201);
        llmAnswers(LLM, showroom.name(), "Ada kak, Toyota Avanza 2019 hitam siap dilihat.");

        browser.go("/app/emulator")
                .type("#emulator-text", "halo kak, avanza 2019 masih ada?")
                .click("#emulator-send");
        // intents read as words (in the browser's language), the code stays in the title
        var intent = browser.waitForText("#classified-intent", "");
        assertThat(intent.getAttribute("title")).isEqualTo("customer_vehicle_inquiry");
        assertThat(intent.getText()).isIn("Tanya mobil", "Car question");
        browser.waitForText(".msg.outbound.ai .text", "Toyota Avanza 2019 hitam siap dilihat");
        assertThat(browser.waitForText(".msg.inbound .intent", "").getAttribute("title"))
                .isEqualTo("customer_vehicle_inquiry");
        browser.screenshot("02-emulator");
        assertThat(llmRequests(LLM, showroom.name())).hasSize(1);

        browser.go("/app/inbox");
        browser.waitForText(".conversation-row", "Pelanggan Uji");
        browser.screenshot("03-inbox");
        browser.go("/app/inbox?lang=en");
        assertThat(browser.find("#nav-inventory").getText()).isEqualTo("Stock");
        browser.go("/app/inbox?lang=id");
        assertThat(browser.find("#nav-inventory").getText()).isEqualTo("Stok");

        browser.phoneSized().go("/app/inbox");
        browser.waitForText(".conversation-row", "Pelanggan Uji");
        browser.screenshot("03-inbox-phone");
        browser.click(".menu-button");
        browser.waitFor(d -> browser.find("#nav-emulator").isDisplayed());
        browser.screenshot("03-inbox-phone-menu");
    }

    @Test
    void escalatedConversationIsRepliedToByAHumanAndHandedBack() {
        browser.login(email, PASSWORD);
        browser.go("/app/emulator")
                .type("#emulator-text", "saya mau bicara dengan admin")
                .click("#emulator-send");
        browser.waitForText("#emulator-status", "Perlu staff");

        browser.go("/app/inbox");
        browser.waitForText(".conversation-row.escalated", "Pelanggan Uji")
                .findElement(By.cssSelector("a"))
                .click();
        browser.waitForText("#pause-state", "menunggu staff");
        browser.screenshot("04-conversation-escalated");

        browser.type("#reply-text", "Halo kak, saya Budi dari showroom. Mau lihat unit kapan?")
                .click("#reply-send");
        browser.waitForText(".msg.outbound.human .text", "saya Budi dari showroom");
        browser.waitForText("#pause-state", "staff sedang membalas");
        browser.waitForText(".msg.outbound.human .tick", "tercatat"); // an emulator number is never sent
        browser.screenshot("05-conversation-human-reply");

        browser.click("#resolve");
        browser.waitForText(".notice", "dikembalikan ke asisten");
        browser.waitForText("#conversation-status", "Aktif");
        browser.waitForText("#pause-state", "Asisten aktif");
        browser.screenshot("06-conversation-resolved");
        var api = http.get("/api/v1/whatsapp-ai/conversations", showroom.apiKey())
                .json()
                .get("items")
                .get(0);
        assertThat(api.get("status").asString()).isEqualTo("active");
        assertThat(StandIns.sends(GATEWAY, showroom.clientId()))
                .noneMatch(s -> s.get("phone").asString().startsWith("999"));
    }

    @Test
    void businessHoursEditedInSettingsAreStoredAndAnswerAfterHours() {
        browser.login(email, PASSWORD);
        browser.go("/app/settings");
        browser.screenshot("07-settings");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta"))
                .plusDays(1)
                .getDayOfWeek()
                .name()
                .toLowerCase(Locale.ROOT);
        browser.click("#alwaysOpen");
        browser.click("#open-" + tomorrow);
        browser.type("#opens-" + tomorrow, "09:00").type("#closes-" + tomorrow, "08:00");
        browser.type("#afterHoursMessage", "Maaf kak, kami sedang tutup. Besok kami balas ya.");
        browser.click("#settings-save");
        browser.waitForText("#settings-errors", "close must be after open");
        browser.screenshot("08-settings-invalid");

        browser.type("#closes-" + tomorrow, "17:00").click("#settings-save");
        browser.waitForText(".notice", "Pengaturan disimpan");
        AiConfig stored = configs.of(new TenantId(showroom.tenantId()));
        assertThat(stored.businessHours()).isEqualTo(Map.of(tomorrow, new AiConfig.OpeningHours("09:00", "17:00")));
        assertThat(http.get("/api/v1/whatsapp-ai/config", showroom.apiKey())
                        .json()
                        .get("businessHours")
                        .get(tomorrow)
                        .get("close")
                        .asString())
                .isEqualTo("17:00");

        browser.go("/app/emulator").type("#emulator-text", "halo, ada avanza?").click("#emulator-send");
        browser.waitForText(".msg.outbound.system .text", "kami sedang tutup");
        browser.screenshot("09-emulator-after-hours");
        assertThat(llmRequests(LLM, showroom.name())).isEmpty();
    }

    @Test
    void ownerAddsAVehicleAndChangesItsStatusInPlace() {
        browser.login(email, PASSWORD);
        browser.go("/app/inventory").click("#vehicle-new");
        browser.type("#make", "Toyota")
                .type("#model", "Rush")
                .type("#variant", "1.5 S TRD")
                .type("#year", "2021")
                .type("#price", "235.000.000")
                .type("#mileage", "28000")
                .type("#color", "putih")
                .type("#plateNumber", "b 7777 xyz")
                .type("#ownerCount", "1")
                .type("#taxDueDate", "2027-08")
                .type("#minimumPrice", "225.000.000");
        new Select(browser.find("#bodyType")).selectByValue("suv");
        browser.screenshot("10-vehicle-form");
        browser.click("#vehicle-save");
        browser.waitForText(".notice", "Tersimpan");
        browser.waitForText(".vehicle", "Toyota Rush 1.5 S TRD 2021");
        browser.waitForText(".vehicle .facts", "tangan ke-1");
        browser.screenshot("11-inventory");

        var vehicle = http.get("/api/v1/vehicles?q=rush", showroom.apiKey())
                .json()
                .get("items")
                .get(0);
        assertThat(vehicle.get("price").asLong()).isEqualTo(235_000_000L);
        assertThat(vehicle.get("plateNumber").asString()).isEqualTo("B7777XYZ");
        assertThat(vehicle.get("bodyType").asString()).isEqualTo("suv");
        assertThat(vehicle.get("taxDueDate").asString()).isEqualTo("2027-08-01");
        assertThat(vehicle.get("minimumPrice").asLong()).isEqualTo(225_000_000L);
        long id = vehicle.get("id").asLong();

        new Select(browser.find("#status-" + id)).selectByValue("booked");
        browser.waitFor(d -> http.get("/api/v1/vehicles/" + id, showroom.apiKey())
                .json()
                .get("status")
                .asString()
                .equals("booked"));
    }

    @Test
    void ownerEditsTheProfileAndCompletesATestDrive() {
        browser.login(email, PASSWORD);
        browser.go("/app/profile")
                .type("#address", "Jl. Panjang No. 12, Jakarta Barat")
                .type("#mapsUrl", "bukan tautan")
                .click("#profile-form button[type=submit]");
        browser.waitForText("#profile-errors", "mapsUrl");
        browser.type("#mapsUrl", "https://maps.app.goo.gl/abc123").click("#profile-form button[type=submit]");
        browser.waitForText("main", "Profil tersimpan");
        var profile = http.get("/api/v1/whatsapp-ai/profile", showroom.apiKey()).json();
        assertThat(profile.get("address").asString()).isEqualTo("Jl. Panjang No. 12, Jakarta Barat");
        assertThat(profile.get("mapsUrl").asString()).isEqualTo("https://maps.app.goo.gl/abc123");

        long id = jdbc.sql("""
                insert into test_drive (tenant_id, customer_identity, customer_phone, customer_name, scheduled_at, status, lane)
                values (?, '6281234560002', '6281234560002', 'Dodi', ?, 'confirmed', 1)""")
                                .params(
                                        showroom.tenantId(),
                                        java.sql.Timestamp.from(
                                                java.time.Instant.now().plus(java.time.Duration.ofDays(2))))
                                .update()
                        > 0
                ? jdbc.sql("select max(id) from test_drive where tenant_id = ?")
                        .param(showroom.tenantId())
                        .query(Long.class)
                        .single()
                : -1;
        browser.go("/app/leads");
        browser.find("#td-form-" + id + " button[value=completed]").click();
        browser.waitForText("#td-status-" + id, "Selesai");
        assertThat(jdbc.sql("select status from test_drive where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("completed");
    }

    @Test
    void staffLeadsAnalyticsAndConnectionPagesWork() {
        browser.login(email, PASSWORD);
        browser.go("/app/staff")
                .type("#staff-phone", "0812-3333-4444")
                .type("#staff-name", "Sari")
                .click("#staff-add");
        browser.waitForText("#staff-table", "+6281233334444");
        browser.find("#staff-table tbody tr button").click();
        browser.waitForText("#staff-table", "Nonaktif");
        browser.screenshot("12-staff");
        assertThat(http.get("/api/v1/whatsapp-ai/staff", showroom.apiKey())
                        .json()
                        .get("items")
                        .get(0)
                        .get("isActive")
                        .asBoolean())
                .isFalse();

        // no code writes leads yet (the assistant's lead capture is another change): one row as it would
        jdbc.sql(
                        "insert into sales_lead (tenant_id, customer_identity, customer_phone, name, vehicles_of_interest,"
                                + " budget, stage) values (?, '6281234560001', '6281234560001', 'Rina', 'Toyota Avanza', 160000000, 'qualified')")
                .param(showroom.tenantId())
                .update();
        browser.go("/app/leads");
        browser.waitForText("#leads-table", "Rina");
        assertThat(browser.find("#leads-table").getText()).contains("Rp 160.000.000");
        browser.waitForText("main", "Test drive");
        browser.screenshot("13-leads");

        browser.go("/app/emulator").type("#emulator-text", "halo kak").click("#emulator-send");
        browser.waitForText(".msg.outbound .text", "Halo");
        browser.go("/app/analytics");
        browser.waitFor(d -> !browser.find("#total-inbound").getText().equals("0"));
        assertThat(browser.all("#chart-per-day rect")).isNotEmpty();
        browser.waitForText("#chart-intents", "Salam");
        browser.screenshot("14-analytics");

        browser.go("/app/connection");
        browser.waitForText("#connection-state", "Terputus");
        browser.screenshot("15-connection");
    }

    @Test
    void operatorOnboardsAShowroomWhoseOwnerCanThenLogIn() {
        browser.go("/operator/login").type("#key", "not the key").click("button[type=submit]");
        browser.waitForText(".error", "salah");
        browser.type("#key", ADMIN_KEY).click("button[type=submit]");
        browser.waitForText("#tenants", showroom.name());
        String ownerEmail = "pemilik+" + showroom.tenantId() + "@baru.showroom";
        browser.type("input[name=name]", "Showroom Baru " + showroom.tenantId())
                .type("input[name=city]", "Surabaya")
                .type("input[name=ownerEmail]", ownerEmail)
                .click("form.grid2 button[type=submit]");
        String password = browser.waitFor(d -> browser.find("#created-password").getText());
        browser.screenshot("16-operator-tenants");
        browser.go("/app/inbox");
        assertThat(browser.driver().getPageSource()).doesNotContain("nav-inbox");

        browser.signOut();
        browser.login(ownerEmail, password);
        browser.waitFor(d -> browser.path().startsWith("/app/inbox"));
        browser.waitForText(".muted", "Belum ada percakapan");
        browser.click("#logout");
        browser.waitForText(".notice", "sudah keluar");
        browser.go("/app/inbox");
        browser.waitFor(d -> browser.path().startsWith("/login"));
    }
}
