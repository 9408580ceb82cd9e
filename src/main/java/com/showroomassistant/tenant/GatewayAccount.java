package com.showroomassistant.tenant;

import com.showroomassistant.shared.TenantId;

/**
 * A tenant's WhatsApp number as connected through one gateway, with the inbox's debounce window (read together,
 * since the webhook needs both on every message).
 *
 * @param clientId the gateway's id of the number: the Aimeow client id, or the Cloud API phone-number id
 * @param kind which gateway reaches it
 */
public record GatewayAccount(
        long id,
        TenantId tenantId,
        String clientId,
        String connectionState,
        String phoneNumber,
        int debounceSeconds,
        GatewayKind kind) {

    public boolean isOwnNumber(String digits) {
        return phoneNumber != null && digits != null && !digits.isEmpty() && phoneNumber.equals(digits);
    }
}
