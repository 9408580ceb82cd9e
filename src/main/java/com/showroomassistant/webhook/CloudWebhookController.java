package com.showroomassistant.webhook;

import com.showroomassistant.gateway.CloudApiProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meta's WhatsApp Cloud API calls this: the verification handshake (GET) and its events (POST). */
@RestController
@Tag(name = "Webhooks", description = "Called by the WhatsApp gateway")
class CloudWebhookController {

    static final String PATH = "/api/v1/webhooks/whatsapp-cloud";

    private final CloudWebhookReceiver receiver;
    private final CloudApiProperties properties;

    CloudWebhookController(CloudWebhookReceiver receiver, CloudApiProperties properties) {
        this.receiver = receiver;
        this.properties = properties;
    }

    @GetMapping(PATH)
    @SecurityRequirements
    @Operation(
            summary = "Cloud API verification",
            description = "Answers hub.challenge when hub.mode is subscribe and hub.verify_token is"
                    + " WHATSAPP_CLOUD_VERIFY_TOKEN; 403 otherwise (and always while no verify token is set).")
    ResponseEntity<String> verify(
            @RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        String expected = properties.verifyToken();
        boolean verified = "subscribe".equals(mode)
                && token != null
                && challenge != null
                && !expected.isEmpty()
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
        if (!verified) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("verification failed");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping(PATH)
    @SecurityRequirements
    @Operation(
            summary = "Cloud API events",
            description = "Messages and statuses of WhatsApp Cloud API numbers (docs/whatsapp-cloud-api.md),"
                    + " signed with the app secret in X-Hub-Signature-256.")
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
