package com.showroomassistant.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook as Spring MVC sees it: documents the endpoint and serves it when the fast path
 * ({@link WebhookFastPath}, on by default) is switched off.
 */
@RestController
class WebhookController {

    private final WebhookReceiver receiver;

    WebhookController(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @PostMapping({WebhookFastPath.PATH, WebhookFastPath.LEGACY_PATH})
    @Tag(name = "Webhooks", description = "Called by the WhatsApp gateway")
    @SecurityRequirements
    @Operation(
            summary = "Gateway events",
            description =
                    "Aimeow's message callback or the documented envelope (CONTRACT 3);"
                            + " authenticated by the token query parameter or the x-aimeow-signature header when a secret is set.")
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        var reply = receiver.receive(request);
        if (reply.problem()) {
            reply.body().put("instance", request.getRequestURI());
        }
        return ResponseEntity.status(reply.status())
                .contentType(reply.problem() ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON)
                .body(reply.body());
    }
}
