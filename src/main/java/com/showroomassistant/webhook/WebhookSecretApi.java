package com.showroomassistant.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets the operator read a generated webhook secret, the one place it is shown (never in a log). */
@RestController
class WebhookSecretApi {

    private final WebhookSecret secret;

    WebhookSecretApi(WebhookSecret secret) {
        this.secret = secret;
    }

    @GetMapping(WebhookSecret.ADMIN_PATH)
    @Tag(name = "Operator")
    @SecurityRequirement(name = "operatorKey")
    @Operation(
            summary = "The webhook secret",
            description = "source: configured (AIMEOW_WEBHOOK_SECRET; not repeated"
                    + " here), generated (stored in the database because a gateway is configured without AIMEOW_WEBHOOK_SECRET;"
                    + " returned as secret) or none (no gateway: webhooks are unauthenticated). The gateway presents it as the"
                    + " token query parameter of the callback URL that initialize registers.")
    Map<String, Object> get() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", secret.source().name().toLowerCase(java.util.Locale.ROOT));
        if (secret.source() == WebhookSecret.Source.GENERATED) {
            body.put("secret", secret.value().orElseThrow());
        }
        return body;
    }
}
