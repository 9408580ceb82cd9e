package com.showroomassistant.dashboard;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The WhatsApp connection: state, number, and the QR to scan while the gateway waits for one. */
@Controller
class ConnectionController {

    private final JdbcClient jdbc;

    ConnectionController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param kind aimeow or cloud (WhatsApp Cloud API)
     * @param error why the gateway refused the account's credentials, shown so the owner renews them
     */
    record Connection(
            String clientId,
            String state,
            String phoneNumber,
            String qrCode,
            Instant connectedAt,
            Instant updatedAt,
            String kind,
            String error) {

        /** A QR the gateway gave as an image (data URL or link) can be shown as one; other text is shown as text. */
        public boolean qrIsImage() {
            return qrCode != null
                    && (qrCode.startsWith("data:image/")
                            || qrCode.startsWith("https://")
                            || qrCode.startsWith("http://"));
        }

        public boolean hasQr() {
            return qrCode != null && !qrCode.isBlank() && !"not_available".equals(qrCode);
        }
    }

    @GetMapping("/app/connection")
    String connection(DashboardUser user, Model model) {
        model.addAttribute("connection", of(user.tenant()));
        return "dashboard/connection";
    }

    private Connection of(TenantId tenant) {
        return jdbc.sql("""
                select client_id, connection_state, phone_number, qr_code, connected_at, updated_at, kind,
                       connection_error
                  from gateway_account where tenant_id = ?""")
                .param(tenant.value())
                .query((rs, n) -> new Connection(
                        rs.getString("client_id"),
                        rs.getString("connection_state"),
                        rs.getString("phone_number"),
                        rs.getString("qr_code"),
                        Timestamps.read(rs, "connected_at"),
                        Timestamps.read(rs, "updated_at"),
                        rs.getString("kind"),
                        rs.getString("connection_error")))
                .single();
    }
}
