package com.showroomassistant.webhook;

import com.showroomassistant.conversation.DeliveryStatuses;
import com.showroomassistant.conversation.Inbox;
import com.showroomassistant.conversation.InboxOutcome;
import com.showroomassistant.tenant.CloudCredentials;
import com.showroomassistant.tenant.GatewayAccount;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.tenant.GatewayKind;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The WhatsApp Cloud API webhook: size limit; a signature header or 401; the body read whole (400 when malformed);
 * each named phone-number id's account found (cached, as Aimeow's by client id) and the signature checked with its
 * app secret ({@code X-Hub-Signature-256: sha256=} HMAC-SHA256 of the raw body, constant time, else 401); then every
 * message stored through the same inbox as Aimeow's (deduplicated by wamid) and every status applied forward only.
 * Answers 200 only once all is stored, so Meta's retry of a failed POST redelivers only what deduplication drops. A
 * body naming only phone-number ids of no cloud account answers 200 "ignored" and stores nothing.
 */
@Component
class CloudWebhookReceiver {

    static final String SIGNATURE = "X-Hub-Signature-256";

    private final CloudWebhookParser parser;
    private final GatewayAccounts accounts;
    private final Inbox inbox;
    private final DeliveryStatuses statuses;
    private final WebhookReceiver replies;
    private final MeterRegistry meters;

    CloudWebhookReceiver(
            CloudWebhookParser parser,
            GatewayAccounts accounts,
            Inbox inbox,
            DeliveryStatuses statuses,
            WebhookReceiver replies,
            MeterRegistry meters) {
        this.parser = parser;
        this.accounts = accounts;
        this.inbox = inbox;
        this.statuses = statuses;
        this.replies = replies;
        this.meters = meters;
    }

    WebhookReceiver.Reply receive(HttpServletRequest request) throws IOException {
        byte[] body = replies.boundedBody(request);
        if (body == null) {
            return replies.tooLarge();
        }
        String signature = request.getHeader(SIGNATURE);
        if (signature == null || !signature.toLowerCase(Locale.ROOT).startsWith("sha256=")) {
            return replies.problem(HttpStatus.UNAUTHORIZED, "missing " + SIGNATURE, "unauthorized");
        }
        CloudWebhookParser.Batch batch;
        try {
            batch = parser.parse(body);
        } catch (WebhookParser.BadWebhook e) {
            return replies.problem(HttpStatus.BAD_REQUEST, e.getMessage(), "bad_request");
        }
        Map<String, GatewayAccount> known = new HashMap<>();
        for (String phoneNumberId : batch.phoneNumberIds()) {
            accounts.byClientId(phoneNumberId)
                    .filter(a -> a.kind() == GatewayKind.CLOUD)
                    .ifPresent(a -> known.put(phoneNumberId, a));
        }
        if (known.isEmpty() && !batch.events().isEmpty()) {
            // not ours (a number moved elsewhere, or a probe): nothing can check its signature and nothing is stored;
            // a 4xx would only make Meta retry it for days
            meters.counter("webhook.requests", "outcome", "cloud_unknown_phone_number_id")
                    .increment();
            Map<String, Object> ignored = new LinkedHashMap<>();
            ignored.put("status", "ignored");
            ignored.put(
                    "events", Map.of("unknown_phone_number_id", batch.events().size()));
            return new WebhookReceiver.Reply(HttpStatus.OK, ignored, false);
        }
        String presented = signature.substring("sha256=".length()).toLowerCase(Locale.ROOT);
        for (GatewayAccount account : known.values()) {
            CloudCredentials credentials =
                    accounts.cloudCredentials(account.id()).orElse(null);
            if (credentials == null || !signedBy(credentials.appSecret(), presented, body)) {
                return replies.problem(HttpStatus.UNAUTHORIZED, "bad " + SIGNATURE, "unauthorized");
            }
        }
        return apply(batch, known);
    }

    private WebhookReceiver.Reply apply(CloudWebhookParser.Batch batch, Map<String, GatewayAccount> known) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CloudWebhookParser.CloudEvent event : batch.events()) {
            GatewayAccount account = known.get(event.phoneNumberId());
            String outcome;
            if (account == null) {
                outcome = "unknown_phone_number_id";
            } else {
                outcome = switch (event) {
                    case CloudWebhookParser.CloudEvent.Message m -> {
                        InboxOutcome stored = inbox.receive(account, m.inbound());
                        yield stored.status();
                    }
                    case CloudWebhookParser.CloudEvent.Status s -> {
                        boolean settled = s.ourMessageId() != null
                                && statuses.settleSend(account.id(), s.ourMessageId(), s.messageId());
                        yield statuses.apply(account.id(), s.messageId(), s.status(), s.failureReason()) || settled
                                ? "status_applied"
                                : "status_ignored";
                    }
                };
            }
            counts.merge(outcome, 1, Integer::sum);
        }
        meters.counter("webhook.requests", "outcome", "cloud").increment();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", batch.events().isEmpty() ? "ignored" : "accepted");
        body.put("events", counts);
        return new WebhookReceiver.Reply(HttpStatus.OK, body, false);
    }

    static boolean signedBy(String appSecret, String presentedHex, byte[] body) {
        if (appSecret == null || appSecret.isEmpty()) {
            return false;
        }
        String expected = WebhookAuthenticator.hmacHex(appSecret, body);
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), presentedHex.getBytes(StandardCharsets.US_ASCII));
    }
}
