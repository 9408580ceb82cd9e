package com.showroomassistant.dashboard;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.tenant.GatewayConnection;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The WhatsApp connection: state, number, and the QR to scan while the gateway waits for one. */
@Controller
class ConnectionController {

    private final GatewayAccounts accounts;

    ConnectionController(GatewayAccounts accounts) {
        this.accounts = accounts;
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
        GatewayConnection c = accounts.connection(tenant);
        return new Connection(
                c.clientId(),
                c.state(),
                c.phoneNumber(),
                c.qrCode(),
                c.connectedAt(),
                c.updatedAt(),
                c.kind().value(),
                c.connectionError());
    }
}
