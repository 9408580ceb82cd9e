package com.showroomassistant.tenant;

import com.showroomassistant.shared.TenantId;

/**
 * A tenant's WhatsApp number as connected through one Aimeow client, with the inbox's debounce window
 * (read together, since the webhook needs both on every message).
 */
public record GatewayAccount(
        long id, TenantId tenantId, String clientId, String connectionState, String phoneNumber, int debounceSeconds) {

    public boolean isOwnNumber(String digits) {
        return phoneNumber != null && digits != null && !digits.isEmpty() && phoneNumber.equals(digits);
    }
}
