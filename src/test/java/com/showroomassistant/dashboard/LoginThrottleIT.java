package com.showroomassistant.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.FormSession;
import com.showroomassistant.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Guessing passwords: past the failures allowed per account, or per address whatever the account, a sign-in is
 * answered 429 with Retry-After before the password is checked (so the right password is refused too, and BCrypt
 * never runs for it).
 */
@DirtiesContext // settings of its own: no other class shares this context, so it is closed after it
@TestPropertySource(properties = {"showroom.login.account-failures=3", "showroom.login.address-failures=8"})
class LoginThrottleIT extends IntegrationTest {

    @Autowired
    DashboardUsers users;

    HttpResponse<String> signIn(String page, String form) {
        return new FormSession(port).submit(page, page, form); // a new session each time, as a guessing script would
    }

    HttpResponse<String> login(String email, String password) {
        return new FormSession(port).login(email, password);
    }

    static void assertRefusedUntilLater(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 300L);
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
            assertThat(login(a, "tebakan-" + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error");
        }
        assertRefusedUntilLater(login(a, "kata-sandi-benar"));
        assertRefusedUntilLater(login(a.toUpperCase(), "tebakan-lagi"));
        assertThat(login(b, "kata-sandi-benar").headers().firstValue("Location").orElseThrow())
                .as("another account from the same address still signs in")
                .endsWith("/app/inbox");

        for (int i = 0; i < 3; i++) {
            assertThat(signIn("/operator/login", "key=tebakan-" + i)
                            .headers()
                            .firstValue("Location")
                            .orElseThrow())
                    .endsWith("/operator/login?error");
        }
        // the operator's one account is counted per address only: strangers' wrong keys cannot lock the operator out
        assertThat(signIn("/operator/login", "key=" + ADMIN_KEY)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .doesNotContain("error");

        // 6 failures from this address so far; two more reach its limit of 8, whatever the account
        login("c@throttle.showroom", "x");
        login("d@throttle.showroom", "x");
        assertRefusedUntilLater(login(e, "kata-sandi-benar"));
    }
}
