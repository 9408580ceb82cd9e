package com.showroomassistant.webhook;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secret the webhook requires (CONTRACT 3.1): {@code AIMEOW_WEBHOOK_SECRET} when set; else, beside a real
 * gateway, one generated once and stored in the database, so that every instance requires the same one and the
 * callback URL that initialize registers carries it. Only without a gateway (demo, emulator) is there none.
 */
@Component
public class WebhookSecret {

    /** Where the operator reads a generated secret (operator key required). */
    public static final String ADMIN_PATH = "/api/v1/admin/webhook-secret";

    private static final Logger log = LoggerFactory.getLogger(WebhookSecret.class);
    private static final String NAME = "webhook";

    public enum Source {
        CONFIGURED,
        GENERATED,
        NONE
    }

    private final String secret;
    private final Source source;

    WebhookSecret(WebhookProperties properties, JdbcClient jdbc, @Value("${aimeow.base-url:}") String gatewayBaseUrl) {
        if (properties.authenticated()) {
            this.secret = properties.secret();
            this.source = Source.CONFIGURED;
        } else if (gatewayBaseUrl != null && !gatewayBaseUrl.isBlank()) {
            this.secret = stored(jdbc);
            this.source = Source.GENERATED;
            log.warn(
                    "AIMEOW_WEBHOOK_SECRET is not set while a gateway is configured: webhooks require the secret this"
                            + " service generated and stored in its database (shared by every instance). POST"
                            + " /api/v1/whatsapp-ai/initialize registers it with the gateway in the callback URL; the operator"
                            + " reads it with GET {} (operator key). Set AIMEOW_WEBHOOK_SECRET to choose your own.",
                    ADMIN_PATH);
        } else {
            this.secret = null;
            this.source = Source.NONE;
            log.warn("AIMEOW_WEBHOOK_SECRET is not set and no gateway is configured: webhooks are accepted without"
                    + " authentication (demo and emulator only)");
        }
    }

    /** Insert-if-absent, then read back: concurrent first starts settle on the one row the primary key allows. */
    private static String stored(JdbcClient jdbc) {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        jdbc.sql("insert into platform_secret (name, secret) values (?, ?) on conflict do nothing")
                .params(NAME, "whs_" + HexFormat.of().formatHex(bytes))
                .update();
        return jdbc.sql("select secret from platform_secret where name = ?")
                .param(NAME)
                .query(String.class)
                .single();
    }

    /** The secret webhooks must present, empty when they are not authenticated. */
    public Optional<String> value() {
        return Optional.ofNullable(secret);
    }

    public Source source() {
        return source;
    }

    @Override
    public String toString() {
        return "WebhookSecret[" + source + "]";
    }
}
