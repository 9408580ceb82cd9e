package com.showroomassistant.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.FormSession;
import com.showroomassistant.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The vehicle form's facts (CONTRACT 9.1): the owner sets them and the minimum price; staff never see the minimum. */
class VehicleFactsFormIT extends IntegrationTest {

    private static final String PASSWORD = "kata-sandi-uji";

    @Autowired
    DashboardUsers users;

    private FormSession signedIn(Showroom s, String role) {
        String email = role + "+" + s.tenantId() + "@facts.showroom";
        users.create(new TenantId(s.tenantId()), email, PASSWORD, role);
        var session = new FormSession(port);
        session.login(email, PASSWORD);
        return session;
    }

    @Test
    void theOwnerSetsFactsAndTheMinimumAndAStaffSaveKeepsTheMinimumItNeverSees() {
        Showroom s = newShowroom();
        FormSession owner = signedIn(s, DashboardUser.OWNER);
        assertThat(owner.get("/app/inventory/new").body())
                .contains("name=\"minimumPrice\"")
                .contains("name=\"taxDueDate\"");
        var saved = owner.submit(
                "/app/inventory/new",
                "/app/inventory/new",
                "make=Toyota&model=Avanza&year=2019"
                        + "&price=150.000.000&status=available&plateNumber=B1234XYZ&engineCc=1329&bodyType=mpv&seats=7"
                        + "&taxDueDate=2026-08&ownerCount=1&bpkbAvailable=true&location="
                        + FormSession.encode("Cabang Bekasi")
                        + "&serviceHistory=" + FormSession.encode("Servis rutin") + "&minimumPrice=142.000.000");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        var car = http.get("/api/v1/vehicles", s.apiKey()).json().get("items").get(0);
        assertThat(car.get("taxDueDate").asString()).isEqualTo("2026-08-01");
        assertThat(car.get("bodyType").asString()).isEqualTo("mpv");
        assertThat(car.get("bpkbAvailable").asBoolean()).isTrue();
        assertThat(car.get("minimumPrice").asLong()).isEqualTo(142_000_000L);
        long id = car.get("id").asLong();
        assertThat(owner.get("/app/inventory").body())
                .contains("1.329 cc")
                .contains("pajak 08/2026")
                .contains("tangan ke-1");
        assertThat(owner.get("/app/inventory/" + id).body()).contains("value=\"142000000\"");

        FormSession staff = signedIn(s, DashboardUser.STAFF);
        String form = staff.get("/app/inventory/" + id).body();
        assertThat(form)
                .contains("name=\"ownerCount\"")
                .doesNotContain("minimumPrice")
                .doesNotContain("142000000");
        assertThat(staff.get("/app/inventory").body())
                .doesNotContain("142.000.000")
                .doesNotContain("142000000");
        var edited = staff.submit(
                "/app/inventory/" + id,
                "/app/inventory/" + id,
                "make=Toyota&model=Avanza&year=2019"
                        + "&price=150000000&status=available&plateNumber=B1234XYZ&ownerCount=2&minimumPrice=1");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(302);
        car = http.get("/api/v1/vehicles/" + id, s.apiKey()).json();
        assertThat(car.get("ownerCount").asInt()).isEqualTo(2);
        assertThat(car.get("minimumPrice").asLong()).isEqualTo(142_000_000L);
    }

    @Test
    void aFactThatDoesNotReadIsShownOnTheForm() {
        Showroom s = newShowroom();
        FormSession owner = signedIn(s, DashboardUser.OWNER);
        var refused = owner.submit(
                "/app/inventory/new",
                "/app/inventory/new",
                "make=Toyota&model=Avanza&year=2019" + "&price=150000000&status=available&seats=99&taxDueDate=besok");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("taxDueDate").contains("seats");
        assertThat(http.get("/api/v1/vehicles", s.apiKey()).json().get("total").asInt())
                .isZero();
    }
}
