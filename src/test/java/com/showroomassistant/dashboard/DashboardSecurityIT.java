package com.showroomassistant.dashboard;

import static com.showroomassistant.support.Payloads.aimeowText;
import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard's chain guards its own pages only; the API, webhook, docs and actuator behave as before. */
class DashboardSecurityIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    DashboardUsers users;

    @Autowired
    JdbcClient jdbc;

    /** A browser-like client: keeps the session cookie, follows no redirects. */
    class Session {
        final HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET());
        }

        HttpResponse<String> post(String path, String form) {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        String csrf(String page) {
            var m = CSRF.matcher(get(page).body());
            assertThat(m.find()).as("CSRF field on " + page).isTrue();
            return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        }

        Session login(String email, String password) {
            var r = post(
                    "/login",
                    "_csrf=" + csrf("/login") + "&username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                            + "&password=" + password);
            assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/app/inbox");
            return this;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void pagesNeedALoginAndFormsNeedTheCsrfToken() {
        var anonymous = new Session();
        var inbox = anonymous.get("/app/inbox");
        assertThat(inbox.statusCode()).isEqualTo(302);
        assertThat(inbox.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(anonymous.post("/login", "username=a@b.c&password=x").statusCode())
                .isEqualTo(403);
        assertThat(anonymous.get("/assets/dashboard.css").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/assets/vendor/htmx-2.0.11.min.js").statusCode())
                .isEqualTo(200);
    }

    @Test
    void apiWebhookDocsAndActuatorAreNotCapturedByTheDashboard() {
        assertThat(http.get("/api/v1/vehicles", null).status()).isEqualTo(401);
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(http.get("/v3/api-docs", null).status()).isEqualTo(200);
        Showroom s = newShowroom();
        var webhook =
                http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "SEC1", "6281234500001", "halo"));
        assertThat(webhook.status()).as(webhook.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/vehicles", s.apiKey()).status()).isEqualTo(200);
    }

    @Test
    void aShowroomLoginSeesOnlyItsOwnConversations() {
        Showroom mine = newShowroom();
        Showroom theirs = newShowroom();
        http.post("/api/v1/webhooks/aimeow", null, aimeowText(theirs.clientId(), "SEC2", "6281234500002", "halo"));
        long theirConversation = http.get("/api/v1/whatsapp-ai/conversations", theirs.apiKey())
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        String email = "owner+" + mine.tenantId() + "@sec.showroom";
        users.create(new TenantId(mine.tenantId()), email, "kata-sandi-uji", DashboardUser.STAFF);

        var session = new Session().login(email, "kata-sandi-uji");
        assertThat(session.get("/app/inbox").body()).doesNotContain("6281234500002");
        assertThat(session.get("/app/conversations/" + theirConversation).statusCode())
                .isEqualTo(404);
        assertThat(session.post(
                                "/app/conversations/" + theirConversation + "/reply",
                                "_csrf=" + session.csrf("/app/inbox") + "&message=halo")
                        .statusCode())
                .isEqualTo(404);
        // a staff login may not change the owner's settings
        assertThat(session.get("/app/settings").statusCode()).isEqualTo(403);
    }

    @Test
    void pagesWriteTimesOnTheShowroomsOwnClock() {
        Showroom s = newShowroom();
        configure(s, c -> {
            c.put("timezone", "Asia/Jayapura");
            c.put("autoReply", false);
        });
        http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "SEC3", "6281234500003", "halo"));
        var lastMessageAt = jdbc.sql("select last_message_at from conversation where tenant_id = ?")
                .param(s.tenantId())
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        String email = "owner+" + s.tenantId() + "@zone.showroom";
        users.create(new TenantId(s.tenantId()), email, "kata-sandi-uji", DashboardUser.OWNER);

        String inbox =
                new Session().login(email, "kata-sandi-uji").get("/app/inbox").body();

        var clock = DateTimeFormatter.ofPattern("dd MMM HH:mm", Locale.ROOT);
        assertThat(inbox)
                .contains(clock.withZone(ZoneId.of("Asia/Jayapura")).format(lastMessageAt))
                .doesNotContain(clock.withZone(ZoneId.of("Asia/Jakarta")).format(lastMessageAt));
    }
}
