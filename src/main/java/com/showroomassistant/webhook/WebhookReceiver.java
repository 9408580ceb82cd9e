package com.showroomassistant.webhook;

import com.showroomassistant.conversation.DeliveryStatuses;
import com.showroomassistant.conversation.Inbox;
import com.showroomassistant.conversation.InboxOutcome;
import com.showroomassistant.tenant.GatewayAccount;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.tenant.GatewayKind;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * CONTRACT 3: size limit, then authentication on the raw bytes, then parsing; a 200 only once the
 * message is durably stored: in the database, or in the local journal while the database cannot be reached.
 * Nothing here waits for the LLM or the gateway.
 */
@Component
class WebhookReceiver {

    private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

    private final WebhookProperties properties;
    private final WebhookAuthenticator authenticator;
    private final WebhookParser parser;
    private final GatewayAccounts accounts;
    private final Inbox inbox;
    private final DeliveryStatuses statuses;
    private final MeterRegistry meters;
    private final WebhookJournal journal;

    WebhookReceiver(
            WebhookProperties properties,
            WebhookAuthenticator authenticator,
            WebhookParser parser,
            GatewayAccounts accounts,
            Inbox inbox,
            DeliveryStatuses statuses,
            MeterRegistry meters,
            WebhookJournal journal) {
        this.journal = journal;
        this.properties = properties;
        this.authenticator = authenticator;
        this.parser = parser;
        this.accounts = accounts;
        this.inbox = inbox;
        this.statuses = statuses;
        this.meters = meters;
    }

    /**
     * The answer to the gateway: {@code body} is the JSON object to send; a problem (RFC 9457) when
     * {@code problem}.
     */
    record Reply(HttpStatus status, Map<String, Object> body, boolean problem) {}

    Reply receive(HttpServletRequest request) throws IOException {
        // the body first: reading a parameter before it could consume a form-encoded body
        byte[] body = boundedBody(request);
        if (body == null) {
            return tooLarge();
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
        if (journal.pending()) {
            return journaled(body); // behind the bodies already waiting, so each conversation keeps its order
        }
        try {
            // a Cloud API number is reached only through its own, signed webhook
            var account = accounts.byClientId(event.clientId()).filter(a -> a.kind() == GatewayKind.AIMEOW);
            if (account.isEmpty()) {
                return problem(HttpStatus.NOT_FOUND, "unknown clientId", "unknown_client");
            }
            return handle(account.get(), event);
        } catch (RuntimeException e) {
            if (!DatabaseFailure.unreachable(e)) {
                throw e;
            }
            log.warn("database unreachable, webhook journaled: {}", e.toString());
            return journaled(body);
        }
    }

    /** The gateway never retries: with the database away, the body is kept on disk and acknowledged. */
    private Reply journaled(byte[] body) {
        if (!journal.append(body)) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "message store unavailable", "journal_full");
        }
        meters.counter("webhook.journaled").increment();
        return ok("accepted", null);
    }

    /**
     * Hands journaled bodies to the database in arrival order; stops at the first one the database cannot take yet
     * and is called again later. A body replayed twice (a crash between store and bookkeeping) is a duplicate.
     *
     * @return how many were handed on
     */
    int replayJournal() {
        int done = 0;
        while (journal.pending()) {
            List<byte[]> batch = journal.next(100);
            if (batch.isEmpty()) {
                return done;
            }
            for (byte[] body : batch) {
                try {
                    WebhookEvent event = parser.parse(body);
                    var account = accounts.byClientId(event.clientId()).filter(a -> a.kind() == GatewayKind.AIMEOW);
                    if (account.isPresent()) {
                        handle(account.get(), event);
                    } else {
                        log.warn("journaled webhook for unknown clientId dropped");
                    }
                } catch (WebhookParser.BadWebhook e) {
                    log.warn("journaled webhook unreadable, dropped: {}", e.getMessage());
                } catch (RuntimeException e) {
                    if (DatabaseFailure.unreachable(e)) {
                        return done; // still away: the rest waits for the next try
                    }
                    log.error("journaled webhook failed, dropped: {}", e.toString());
                }
                journal.handedOn(1);
                done++;
            }
        }
        return done;
    }

    private Reply handle(GatewayAccount account, WebhookEvent event) {
        return switch (event) {
            case WebhookEvent.Message m -> {
                InboxOutcome outcome = inbox.receive(account, m.inbound());
                yield ok(outcome.status(), outcome.reason());
            }
            case WebhookEvent.Status s ->
                statuses.apply(account.id(), s.messageId(), s.status())
                        ? ok("accepted", null)
                        : ok("ignored", "no_matching_outbound_message");
            case WebhookEvent.Connection c -> {
                accounts.applyConnection(
                        account.id(),
                        c.state(),
                        c.qrCode(),
                        c.phone() == null ? null : c.phone().value());
                yield ok("accepted", null);
            }
            case WebhookEvent.Empty e -> ok("ignored", e.reason());
        };
    }

    /** The raw body, read whole; null when it is (or says it is) past the webhooks' size limit. */
    byte[] boundedBody(HttpServletRequest request) throws IOException {
        int limit = properties.maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }

    Reply tooLarge() {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE, "body exceeds " + properties.maxBodyBytes() + " bytes", "too_large");
    }

    private Reply ok(String status, String reason) {
        meters.counter("webhook.requests", "outcome", status).increment();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        return new Reply(HttpStatus.OK, body, false);
    }

    Reply problem(HttpStatus status, String detail, String outcome) {
        meters.counter("webhook.requests", "outcome", outcome).increment();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        return new Reply(status, body, true);
    }
}
