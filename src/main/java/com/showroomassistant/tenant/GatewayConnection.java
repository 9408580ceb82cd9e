package com.showroomassistant.tenant;

import java.time.Instant;

/** The stored connection state of a tenant's WhatsApp account: disconnected, qr_ready or connected. */
public record GatewayConnection(
        String clientId,
        String state,
        String phoneNumber,
        String qrCode,
        String qrUrl,
        Instant connectedAt,
        Instant updatedAt) {}
