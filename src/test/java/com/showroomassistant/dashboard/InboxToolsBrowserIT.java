package com.showroomassistant.dashboard;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sends;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.Browser;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** Working the inbox in a real browser: saved replies and labels set up, a note, a label filter, a saved reply sent. */
class InboxToolsBrowserIT extends IntegrationTest {

    static final String PASSWORD = "rahasia-uji-123";
    static final String RINA = "6281277700401";
    static final String DODI = "6281277700402";
    static final String ADDRESS = "Showroom kami di Jl. Soekarno-Hatta 123, Bandung kak.";
    static Browser browser;

    @Autowired
    DashboardUsers users;

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
        configure(showroom, config -> {
            config.put("debounceSeconds", 0);
            config.put("welcomeMessage", "");
        });
        email = "owner+" + showroom.tenantId() + "@uji.showroom";
        users.create(new TenantId(showroom.tenantId()), email, PASSWORD, DashboardUser.OWNER);
        if (browser == null) {
            browser = Browser.open("http://localhost:" + port);
        }
        browser.desktopSized().signOut();
    }

    private long customerWrites(String from, String text) {
        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(showroom.clientId(), UUID.randomUUID().toString(), from, text));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !sendsTo(GATEWAY, showroom.clientId(), from).isEmpty());
        return http.get("/api/v1/whatsapp-ai/conversations?q=" + from, showroom.apiKey())
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
    }

    @Test
    void staffNoteLabelFilterAndSendASavedReply() {
        long rina = customerWrites(RINA, "avanza 2019 masih ada? lokasinya di mana?");
        long dodi = customerWrites(DODI, "ada brio?");
        browser.login(email, PASSWORD);

        // set up once: a saved reply and a label
        browser.go("/app/inbox-setup")
                .type("#saved-reply-name", "alamat")
                .type("#saved-reply-text", ADDRESS)
                .click("#saved-reply-add");
        browser.waitForText(".notice", "Template jawaban disimpan");
        browser.type("#saved-reply-name", "Alamat")
                .type("#saved-reply-text", "lain")
                .click("#saved-reply-add");
        browser.waitForText(".error", "sudah ada");
        browser.type("#new-label-name", "kredit").click("#new-label-add");
        browser.waitForText("#labels", "kredit");
        browser.screenshot("20-inbox-setup");

        // a note for the team, and a label
        browser.go("/app/conversations/" + rina)
                .type("#note-text", "Minta diskon 5 juta, tunggu kabar owner")
                .click("#note-add");
        browser.waitForText("#notes .note", "Minta diskon 5 juta");
        assertThat(browser.find("#notes .note").getText()).contains(email);
        browser.type("#label-name", "hot").click("#label-add");
        browser.waitForText("#conversation-labels", "hot");

        // a saved reply picked fills the reply box, then goes out as the staff's reply
        new Select(browser.find("#saved-reply-pick")).selectByVisibleText("#alamat");
        browser.waitFor(d -> ADDRESS.equals(browser.find("#reply-text").getAttribute("value")));
        browser.screenshot("21-conversation-note-label-saved-reply");
        browser.click("#reply-send");
        browser.waitForText(".msg.outbound.human .text", "Soekarno-Hatta 123");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, showroom.clientId(), RINA).stream()
                        .anyMatch(m -> m.get("message").asString().equals(ADDRESS)));

        // or sent at once, without the reply box
        browser.go("/app/conversations/" + dodi);
        new Select(browser.find("#saved-reply-pick")).selectByVisibleText("#alamat");
        browser.click("#saved-reply-send");
        browser.waitForText(".msg.outbound.human .text", "Soekarno-Hatta 123");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, showroom.clientId(), DODI).stream()
                        .anyMatch(m -> m.get("message").asString().equals(ADDRESS)));

        // the inbox shows the labels and filters by them
        browser.go("/app/inbox");
        browser.waitForText(".conversation-row", "8127770040");
        assertThat(browser.waitForText(".conversation-row", RINA).getText()).contains("hot");
        new Select(browser.find("#label-filter")).selectByVisibleText("hot");
        browser.waitFor(d -> browser.all(".conversation-row").size() == 1);
        assertThat(browser.find(".conversation-row").getText()).contains(RINA).doesNotContain(DODI);
        browser.screenshot("22-inbox-filtered-by-label");
        browser.go("/app/inbox?label=kredit");
        browser.waitForText("#inbox-rows", "Belum ada percakapan");
        assertThat(browser.all(".conversation-row")).isEmpty();

        // deleting the label takes it off the conversation
        browser.go("/app/inbox-setup");
        browser.waitForText("#labels li", "hot")
                .findElement(By.cssSelector("button"))
                .click();
        browser.waitForText(".notice", "Label dihapus");
        browser.go("/app/conversations/" + rina);
        browser.waitForText("#conversation-labels", "Belum ada label");

        assertThat(sends(GATEWAY, showroom.clientId()))
                .noneMatch(m -> m.get("message").asString().contains("diskon 5 juta"));
    }
}
