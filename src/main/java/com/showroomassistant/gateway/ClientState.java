package com.showroomassistant.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A WhatsApp device session on the gateway. {@code connectedAt} is kept as the gateway wrote it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientState(
        String id,
        String phone,
        @JsonProperty("isConnected") boolean connected,
        String qrCode,
        String connectedAt,
        long messageCount) {

    private static final String NO_QR_CODE = "not_available";

    /** The gateway writes "not_available" instead of leaving the QR code out. */
    public boolean hasQrCode() {
        return qrCode != null && !qrCode.isBlank() && !NO_QR_CODE.equals(qrCode);
    }
}
