package com.showroomassistant.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.dashboard.DashboardUser;
import com.showroomassistant.dashboard.DashboardUsers;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.Browser;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.AiConfigs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner sets where alerts go and the daily summary's hour on the dashboard's Settings page. */
class OwnerAlertsBrowserIT extends IntegrationTest {

    static final String PASSWORD = "rahasia-uji-123";
    static Browser browser;

    @Autowired
    DashboardUsers users;

    @Autowired
    AiConfigs configs;

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
    void ownerSetsAlertContactsAndTheDailySummaryHour() {
        Showroom s = newShowroom();
        String email = "owner+" + s.tenantId() + "@uji.showroom";
        users.create(new TenantId(s.tenantId()), email, PASSWORD, DashboardUser.OWNER);
        browser = Browser.open("http://localhost:" + port);
        browser.desktopSized().login(email, PASSWORD);
        browser.go("/app/settings");
        assertThat(browser.find("#ownerAlertsOn").isSelected())
                .as("alerts are on by default")
                .isTrue();
        assertThat(browser.find("#ownerAlertEmail").getDomAttribute("placeholder"))
                .as("blank: the owner's login")
                .isEqualTo(email);
        assertThat(browser.find("#ownerAlertPhone").getDomAttribute("placeholder"))
                .isEqualTo("022-123");

        browser.type("#ownerAlertPhone", "0812 3456 7890")
                .type("#ownerAlertEmail", "pemilik@uji.showroom")
                .type("#staffWaitMinutes", "2")
                .type("#dailySummaryHour", "7")
                .click("#settings-save");
        browser.waitForText("#settings-errors", "ownerAlerts.staffWaitMinutes");
        browser.screenshot("alerts-01-settings-invalid");

        browser.type("#staffWaitMinutes", "45").click("#settings-save");
        browser.waitForText(".notice", "Pengaturan disimpan");
        browser.screenshot("alerts-02-settings-saved");
        AiConfig.OwnerAlerts stored = configs.of(new TenantId(s.tenantId())).ownerAlertsOrDefaults();
        assertThat(stored).isEqualTo(new AiConfig.OwnerAlerts(true, "0812 3456 7890", "pemilik@uji.showroom", 45, 7));
        assertThat(http.get("/api/v1/whatsapp-ai/config", s.apiKey())
                        .json()
                        .get("ownerAlerts")
                        .get("dailySummaryHour")
                        .asInt())
                .isEqualTo(7);
    }
}
