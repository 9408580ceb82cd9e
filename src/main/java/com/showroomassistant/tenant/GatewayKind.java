package com.showroomassistant.tenant;

import java.util.Locale;

/** How a gateway account reaches WhatsApp: an Aimeow device session, or Meta's official WhatsApp Cloud API. */
public enum GatewayKind {
    AIMEOW,
    CLOUD;

    /** The stored and API name: {@code aimeow} or {@code cloud}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GatewayKind of(String value) {
        if (value == null) {
            return AIMEOW;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "aimeow" -> AIMEOW;
            case "cloud" -> CLOUD;
            default -> throw new IllegalArgumentException("unknown gateway kind " + value);
        };
    }
}
