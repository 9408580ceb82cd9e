package com.showroomassistant.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.FormSession;
import com.showroomassistant.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner loads and downloads the stock spreadsheet in the dashboard: the same file as the API (CONTRACT 9.5). */
class StockCsvFormIT extends IntegrationTest {

    private static final String PASSWORD = "kata-sandi-uji";

    @Autowired
    DashboardUsers users;

    private FormSession signedIn(Showroom s, String role) {
        String email = role + "+" + s.tenantId() + "@csv.showroom";
        users.create(new TenantId(s.tenantId()), email, PASSWORD, role);
        var session = new FormSession(port);
        session.login(email, PASSWORD);
        return session;
    }

    @Test
    void theOwnerImportsASpreadsheetSeesTheRejectedRowsAndDownloadsTheSameFile() {
        Showroom s = newShowroom();
        FormSession owner = signedIn(s, DashboardUser.OWNER);
        String file = """
                make,model,year,price,plateNumber,status,color
                Toyota,Avanza,2019,150000000,B1234CSV,available,hitam
                Honda,Brio,tahun lalu,140000000,B5678CSV,available,merah
                """;
        var imported = owner.upload(
                "/app/inventory", "/app/inventory/import", "file", "stok.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body())
                .contains("1 mobil baru")
                .contains("1 baris ditolak")
                .contains("Baris 3: year");
        assertThat(http.get("/api/v1/vehicles", s.apiKey()).json().get("total").asInt())
                .isEqualTo(1);

        var download = owner.get("/app/inventory/export.csv");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("stok.csv");
        assertThat(download.body())
                .isEqualTo(http.get("/api/v1/vehicles/export", s.apiKey()).body());

        var broken =
                owner.upload("/app/inventory", "/app/inventory/import", "file", "x.csv", "bukan,csv\n1,2".getBytes());
        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(broken.body()).contains("csv-error");
    }

    @Test
    void staffNeitherDownloadNorLoadTheSpreadsheet() {
        Showroom s = newShowroom();
        FormSession staff = signedIn(s, DashboardUser.STAFF);
        assertThat(staff.get("/app/inventory").body()).doesNotContain("csv-import");
        assertThat(staff.get("/app/inventory/export.csv").statusCode()).isEqualTo(403);
        assertThat(staff.upload(
                                "/app/inventory",
                                "/app/inventory/import",
                                "file",
                                "stok.csv",
                                "make,model\nToyota,Avanza\n".getBytes())
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/vehicles", s.apiKey()).json().get("total").asInt())
                .isZero();
    }
}
