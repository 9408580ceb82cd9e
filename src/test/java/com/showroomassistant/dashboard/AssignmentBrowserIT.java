package com.showroomassistant.dashboard;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.Browser;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** A salesperson claims a conversation in the dashboard, the owner shows everywhere, and it is reassigned. */
class AssignmentBrowserIT extends IntegrationTest {

    static final String PASSWORD = "rahasia-uji-123";
    static final String ANDI = "6281200000901";
    static final String BUDI = "6281200000902";
    static Browser browser;

    @Autowired
    DashboardUsers users;

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

    @Test
    void aSalespersonClaimsAConversationAndTheOwnerReassignsIt() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
        Showroom s = showroomWithStaff("+" + ANDI, config -> {});
        http.put(
                "/api/v1/whatsapp-ai/staff/" + staffIds(s)[0],
                s.apiKey(),
                "{\"phoneNumber\":\"+" + ANDI + "\",\"name\":\"Andi\"}");
        http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"+" + BUDI + "\",\"name\":\"Budi\"}");
        String email = "pemilik+" + s.tenantId() + "@uji.showroom";
        users.create(new TenantId(s.tenantId()), email, PASSWORD, DashboardUser.OWNER);
        String customer = "6281300000911";
        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), UUID.randomUUID().toString(), customer, "halo"));
        await().until(() -> !sendsTo(GATEWAY, s.clientId(), customer).isEmpty());
        long conversation = conversationId(s, customer);

        browser = Browser.open("http://localhost:" + port);
        browser.desktopSized().login(email, PASSWORD);
        // the owner sells too: on the staff page, this login is made Andi's, so "Ambil" makes the conversation his
        browser.go("/app/staff");
        var andiRow = browser.driver().findElements(By.cssSelector("#staff-table tbody tr")).stream()
                .filter(row -> row.getText().contains("Andi"))
                .findFirst()
                .orElseThrow();
        new Select(andiRow.findElement(By.cssSelector(".staff-login select"))).selectByVisibleText(email);
        andiRow.findElement(By.cssSelector(".staff-login button")).click();
        browser.waitForText(".notice", "");
        assertThat(users.staffId(users.byEmail(email).orElseThrow())).isPresent();

        browser.go("/app/inbox?owner=none");
        browser.waitForText(".conversation-row", customer);
        browser.go("/app/conversations/" + conversation);
        browser.waitForText("#conversation-owner", "Belum ada pemilik");
        browser.click("#claim");
        browser.waitForText("#conversation-owner", "Andi");
        browser.screenshot("assignment-01-claimed");

        browser.go("/app/inbox?owner=mine");
        browser.waitForText(".conversation-row", "Andi");
        browser.go("/app/inbox?owner=none");
        browser.waitFor(d -> d.findElements(By.cssSelector(".conversation-row")).isEmpty());

        browser.go("/app/conversations/" + conversation);
        new Select(browser.find("#assignee-select")).selectByVisibleText("Budi");
        browser.click("#reassign");
        browser.waitForText("#conversation-owner", "Budi");
        browser.screenshot("assignment-02-reassigned");
        await().until(() -> sendsTo(GATEWAY, s.clientId(), BUDI).stream()
                .anyMatch(m -> m.get("message").asString().contains("dialihkan ke Anda")));
        browser.go("/app/inbox");
        assertThat(browser.waitForText(".conversation-row", customer).getText()).contains("Budi");
    }

    private long[] staffIds(Showroom s) {
        var items = http.get("/api/v1/whatsapp-ai/staff", s.apiKey()).json().get("items");
        long[] ids = new long[items.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = items.get(i).get("id").asLong();
        }
        return ids;
    }
}
