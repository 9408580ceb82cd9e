package com.showroomassistant.tenant;

import java.time.Instant;

/**
 * The stored connection state of a tenant's WhatsApp account: disconnected, qr_ready or connected; with the
 * gateway's refusal of the account's credentials, when it refused them.
 */
public record GatewayConnection(
        GatewayKind kind,
        String clientId,
        String state,
        String phoneNumber,
        String qrCode,
        String qrUrl,
        Instant connectedAt,
        Instant updatedAt,
        String connectionError) {}
