package com.showroomassistant.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import com.showroomassistant.conversation.DeliveryStatuses;
import com.showroomassistant.conversation.Inbox;
import com.showroomassistant.conversation.InboxOutcome;
import com.showroomassistant.tenant.GatewayAccount;
import com.showroomassistant.tenant.GatewayAccounts;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CONTRACT 3: size limit, then authentication on the raw bytes, then parsing; a 200 only once the
 * message is durably stored. Nothing here waits for the LLM or the gateway.
 */
@RestController
class WebhookController {

    private final WebhookProperties properties;
    private final WebhookAuthenticator authenticator;
    private final WebhookParser parser;
    private final GatewayAccounts accounts;
    private final Inbox inbox;
    private final DeliveryStatuses statuses;
    private final MeterRegistry meters;

    WebhookController(
            WebhookProperties properties,
            WebhookAuthenticator authenticator,
            WebhookParser parser,
            GatewayAccounts accounts,
            Inbox inbox,
            DeliveryStatuses statuses,
            MeterRegistry meters) {
        this.properties = properties;
        this.authenticator = authenticator;
        this.parser = parser;
        this.accounts = accounts;
        this.inbox = inbox;
        this.statuses = statuses;
        this.meters = meters;
    }

    @PostMapping({"/api/v1/webhooks/aimeow", "/api/v1/aimeow/webhook"})
    @Tag(name = "Webhooks", description = "Called by the WhatsApp gateway")
    @SecurityRequirements
    @Operation(summary = "Gateway events", description = "Aimeow's message callback or the documented envelope (CONTRACT 3);"
            + " authenticated by the token query parameter or the x-aimeow-signature header when a secret is set.")
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        int limit = properties.maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "body exceeds " + limit + " bytes", "too_large");
        }
        byte[] body = readUpTo(request.getInputStream(), limit + 1);
        if (body.length > limit) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "body exceeds " + limit + " bytes", "too_large");
        }
        if (!authenticator.accepts(
                request.getParameter("token"),
                request.getHeader("x-aimeow-signature"),
                request.getHeader("User-Agent"),
                body)) {
            return problem(HttpStatus.UNAUTHORIZED, "webhook authentication failed", "unauthorized");
        }
        WebhookEvent event;
        try {
            event = parser.parse(body);
        } catch (WebhookParser.BadWebhook e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage(), "bad_request");
        }
        var account = accounts.byClientId(event.clientId());
        if (account.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "unknown clientId", "unknown_client");
        }
        return handle(account.get(), event);
    }

    private ResponseEntity<?> handle(GatewayAccount account, WebhookEvent event) {
        return switch (event) {
            case WebhookEvent.Message m -> {
                InboxOutcome outcome = inbox.receive(account, m.inbound());
                yield ok(outcome.status(), outcome.reason());
            }
            case WebhookEvent.Status s -> statuses.apply(account.id(), s.messageId(), s.status())
                    ? ok("accepted", null)
                    : ok("ignored", "no_matching_outbound_message");
            case WebhookEvent.Connection c -> {
                accounts.applyConnection(account.id(), c.state(), c.qrCode(), c.phone() == null ? null : c.phone().value());
                yield ok("accepted", null);
            }
            case WebhookEvent.Empty e -> ok("ignored", e.reason());
        };
    }

    private ResponseEntity<Map<String, String>> ok(String status, String reason) {
        meters.counter("webhook.requests", "outcome", status).increment();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        return ResponseEntity.ok(body);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String outcome) {
        meters.counter("webhook.requests", "outcome", outcome).increment();
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static byte[] readUpTo(InputStream in, int max) throws IOException {
        return in.readNBytes(max);
    }
}
