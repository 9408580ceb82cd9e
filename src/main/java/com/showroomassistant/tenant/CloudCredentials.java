package com.showroomassistant.tenant;

import com.showroomassistant.shared.TenantId;
import java.util.Map;
import java.util.Optional;

/**
 * What the WhatsApp Cloud API needs to act for one gateway account, decrypted. Never logged: {@link #toString()}
 * leaves the secrets out.
 *
 * @param templates the approved template to use per purpose ({@link MessageTemplate#PURPOSES})
 */
public record CloudCredentials(
        long accountId,
        TenantId tenantId,
        String phoneNumberId,
        String businessAccountId,
        String accessToken,
        String appSecret,
        Map<String, MessageTemplate> templates) {

    public CloudCredentials {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    public Optional<MessageTemplate> template(String purpose) {
        return purpose == null ? Optional.empty() : Optional.ofNullable(templates.get(purpose));
    }

    @Override
    public String toString() {
        return "CloudCredentials[account=" + accountId + ", phoneNumberId=" + phoneNumberId + "]";
    }
}
