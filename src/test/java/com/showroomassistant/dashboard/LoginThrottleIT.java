package com.showroomassistant.dashboard;

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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Guessing passwords: past the failures allowed per account, or per address whatever the account, a sign-in is
 * answered 429 with Retry-After before the password is checked (so the right password is refused too, and BCrypt
 * never runs for it).
 */
@TestPropertySource(properties = {"showroom.login.account-failures=3", "showroom.login.address-failures=8"})
class LoginThrottleIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    DashboardUsers users;

    HttpResponse<String> signIn(String page, String form) {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        try {
            var m = CSRF.matcher(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(m.find()).isTrue();
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> login(String email, String password) {
        return signIn("/login", "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + password);
    }

    static void assertRefusedUntilLater(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 300L);
        assertThat(r.body()).contains("Terlalu banyak percobaan masuk");
    }

    @Test
    void guessesAreThrottledPerAccountAndPerAddressBeforeThePasswordIsChecked() {
        Showroom s = newShowroom();
        TenantId tenant = new TenantId(s.tenantId());
        String a = "a+" + s.tenantId() + "@throttle.showroom";
        String b = "b+" + s.tenantId() + "@throttle.showroom";
        String e = "e+" + s.tenantId() + "@throttle.showroom";
        for (String email : new String[] {a, b, e}) {
            users.create(tenant, email, "kata-sandi-benar", DashboardUser.OWNER);
        }

        for (int i = 0; i < 3; i++) {
            assertThat(login(a, "tebakan-" + i).headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        assertRefusedUntilLater(login(a, "kata-sandi-benar"));
        assertRefusedUntilLater(login(a.toUpperCase(), "tebakan-lagi"));
        assertThat(login(b, "kata-sandi-benar").headers().firstValue("Location").orElseThrow())
                .as("another account from the same address still signs in").endsWith("/app/inbox");

        for (int i = 0; i < 3; i++) {
            assertThat(signIn("/operator/login", "key=tebakan-" + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/operator/login?error");
        }
        assertRefusedUntilLater(signIn("/operator/login", "key=" + ADMIN_KEY));

        // 6 failures from this address so far; two more reach its limit of 8, whatever the account
        login("c@throttle.showroom", "x");
        login("d@throttle.showroom", "x");
        assertRefusedUntilLater(login(e, "kata-sandi-benar"));
    }
}
