package com.showroomassistant.tenant;

import com.showroomassistant.shared.TenantId;

/** A tenant's WhatsApp number as connected through one Aimeow client. */
public record GatewayAccount(long id, TenantId tenantId, String clientId, String connectionState, String phoneNumber) {

    public boolean isOwnNumber(String digits) {
        return phoneNumber != null && digits != null && !digits.isEmpty() && phoneNumber.equals(digits);
    }
}
