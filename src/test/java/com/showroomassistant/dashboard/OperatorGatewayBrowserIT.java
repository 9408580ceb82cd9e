package com.showroomassistant.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.Browser;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.tenant.MessageTemplate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operator moves a showroom onto the WhatsApp Cloud API in the dashboard, sees what is stored (never the
 * secrets), is told in Indonesian what is wrong with a bad template, and moves it back to Aimeow.
 */
class OperatorGatewayBrowserIT extends IntegrationTest {

    static final String TOKEN = "EAAG-rahasia-token-uji";
    static final String APP_SECRET = "app-secret-uji-f1e2d3";
    static Browser browser;

    @Autowired
    GatewayAccounts accounts;

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
    void operatorSwitchesAShowroomToTheCloudApiAndBackToAimeow() {
        Showroom s = newShowroom();
        String phoneNumberId = Long.toString(100_000_000_000L + (long) (Math.random() * 899_999_999_999L));
        browser = Browser.open("http://localhost:" + port);
        browser.desktopSized().go("/operator/login").type("#key", ADMIN_KEY).click("button[type=submit]");
        browser.waitForText("#tenants", s.name());
        browser.click("#gateway-" + s.tenantId());
        browser.waitForText("#current-kind", "Aimeow");
        assertThat(browser.find("#current-aimeow-client").getText()).isEqualTo(s.clientId());

        // a cloud account without a token is refused, in Indonesian, and nothing changes
        new Select(browser.find("#kind")).selectByValue("cloud");
        browser.type("#phoneNumberId", phoneNumberId).click("#gateway-save");
        browser.waitForText("#gateway-error", "Access token wajib diisi");
        assertThat(browser.find("#current-kind").getText()).isEqualTo("Aimeow");
        assertThat(browser.find("#phoneNumberId").getAttribute("value"))
                .as("what was typed stays in the form")
                .isEqualTo(phoneNumberId);

        browser.type("#businessAccountId", "102290129340398")
                .type("#accessToken", TOKEN)
                .type("#appSecret", APP_SECRET)
                .type("#follow_up-name", "stok_baru")
                .type("#follow_up-language", "id")
                .type("#follow_up-parameters", "customerName, text")
                .click("#gateway-save");
        browser.waitForText(".notice", "disimpan");
        browser.waitForText("#current-kind", "Cloud API");
        assertThat(browser.find("#current-phone-number-id").getText()).isEqualTo(phoneNumberId);
        assertThat(browser.find("#current-business-account-id").getText()).isEqualTo("102290129340398");
        assertThat(browser.find("#current-access-token").getText()).contains("tersimpan");
        assertThat(browser.find("#current-app-secret").getText()).contains("tersimpan");
        assertThat(browser.find("#current-template-follow_up").getText())
                .contains("stok_baru", "id", "customerName, text");
        assertThat(browser.find("#current-template-test_drive_reminder").getText())
                .contains("belum ada template");
        assertThat(browser.find("#accessToken").getAttribute("value")).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(TOKEN).doesNotContain(APP_SECRET);
        browser.screenshot("30-operator-gateway-cloud");
        long account = accounts.ofTenant(new TenantId(s.tenantId())).id();
        var stored = accounts.cloudCredentials(account).orElseThrow();
        assertThat(stored.accessToken()).isEqualTo(TOKEN);
        assertThat(stored.appSecret()).isEqualTo(APP_SECRET);

        // a bad template name is refused naming the purpose; the stored settings stay as they were
        browser.type("#test_drive_reminder-name", "Pengingat Jadwal")
                .type("#test_drive_reminder-language", "id")
                .click("#gateway-save");
        browser.waitForText("#gateway-error", "Template Pengingat test drive: nama hanya huruf kecil");
        assertThat(browser.find("#current-template-test_drive_reminder").getText())
                .contains("belum ada template");

        // saved again with the password inputs left empty: the stored secrets are kept
        browser.type("#test_drive_reminder-name", "pengingat_jadwal")
                .type("#test_drive_reminder-parameters", "text")
                .click("#gateway-save");
        browser.waitForText(".notice", "disimpan");
        browser.waitForText("#current-template-test_drive_reminder", "pengingat_jadwal");
        var kept = accounts.cloudCredentials(account).orElseThrow();
        assertThat(kept.accessToken()).isEqualTo(TOKEN);
        assertThat(kept.appSecret()).isEqualTo(APP_SECRET);
        assertThat(kept.templates().get(MessageTemplate.TEST_DRIVE_REMINDER))
                .isEqualTo(new MessageTemplate("pengingat_jadwal", "id", List.of("text")));
        var api = http.get("/api/v1/admin/tenants/" + s.tenantId() + "/gateway", ADMIN_KEY)
                .json();
        assertThat(api.get("kind").asString()).isEqualTo("cloud");
        assertThat(api.get("accessTokenSet").asBoolean()).isTrue();

        // and back to Aimeow, bound to its client again: the cloud settings are dropped
        new Select(browser.find("#kind")).selectByValue("aimeow");
        browser.type("#aimeowClientId", s.clientId()).click("#gateway-save");
        // the notice of the save before may still show while this one loads: wait for the page's new content
        browser.waitForText("#current-kind", "Aimeow");
        browser.waitForText("#current-aimeow-client", s.clientId());
        assertThat(browser.all("#current-templates")).isEmpty();
        var back = http.get("/api/v1/admin/tenants/" + s.tenantId() + "/gateway", ADMIN_KEY)
                .json();
        assertThat(back.get("kind").asString()).isEqualTo("aimeow");
        assertThat(back.get("accessTokenSet").asBoolean()).isFalse();
        assertThat(accounts.cloudCredentials(account)).isEmpty();

        browser.go("/app/operator/tenants/" + s.tenantId() + "/gateway?lang=en");
        browser.waitForText("#current-kind", "Aimeow");
        assertThat(browser.find("h1").getText()).contains("WhatsApp gateway");
    }
}
