package com.showroomassistant.management;

import com.showroomassistant.tenant.GatewayConnection;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Schema(description = "The showroom's WhatsApp connection through the gateway")
record ConnectionStatus(
        @Schema(description = "aimeow | cloud (WhatsApp Cloud API)")
        String kind,

        @Schema(description = "gateway client id; null until initialize")
        String clientId,

        @Schema(description = "disconnected | qr_ready (scan the QR code) | connected")
        String state,

        boolean connected,

        @Schema(description = "the connected WhatsApp number, E.164 digits")
        String phoneNumber,

        @Schema(description = "QR code payload to scan; null while the gateway has none (\"not_available\")")
        String qrCode,

        @Schema(description = "the gateway's pairing page for this client")
        String qrUrl,

        Instant connectedAt,
        Instant updatedAt,

        @Schema(description = "whether the gateway answered this request; null when it was not asked")
        Boolean gatewayReachable,

        @Schema(
                description =
                        "why the gateway refused the account's credentials (an expired Cloud API token); null when it did not")
        String connectionError) {

    static ConnectionStatus of(GatewayConnection c, Boolean gatewayReachable) {
        return new ConnectionStatus(
                c.kind().value(),
                c.clientId(),
                c.state(),
                "connected".equals(c.state()),
                c.phoneNumber(),
                c.qrCode(),
                c.qrUrl(),
                c.connectedAt(),
                c.updatedAt(),
                gatewayReachable,
                c.connectionError());
    }
}
