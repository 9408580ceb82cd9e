package com.showroomassistant.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The platform operator's key: ADMIN_API_KEY, or one generated at start and printed once. */
@Component
public class AdminKey {

    private static final Logger log = LoggerFactory.getLogger(AdminKey.class);
    private final String key;
    private final boolean generated;

    AdminKey(@Value("${showroom.admin-api-key:}") String configured) {
        this.generated = configured == null || configured.isBlank();
        if (generated) {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            this.key = "admin_" + HexFormat.of().formatHex(bytes);
        } else {
            this.key = configured;
        }
    }

    public boolean matches(String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8));
    }

    /** Printed once at start when generated, so the operator can use it; a configured key is never printed. */
    public String generatedKeyOrNull() {
        return generated ? key : null;
    }

    void announce() {
        if (generated) {
            log.warn("ADMIN_API_KEY is not set; generated operator key for this run: {}", key);
        }
    }
}
