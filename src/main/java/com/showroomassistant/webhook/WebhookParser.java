package com.showroomassistant.webhook;

import com.showroomassistant.conversation.Inbound;
import com.showroomassistant.shared.PhoneNumber;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads format A (what Aimeow really sends) and format B (the documented envelope), CONTRACT 3.2/3.3. */
@Component
class WebhookParser {

    private static final Set<String> STATUSES = Set.of("sent", "delivered", "read", "failed");
    private final JsonMapper json;

    WebhookParser(JsonMapper json) {
        this.json = json;
    }

    static final class BadWebhook extends RuntimeException {
        BadWebhook(String message) {
            super(message);
        }
    }

    WebhookEvent parse(byte[] body) {
        String raw = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new BadWebhook("body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new BadWebhook("body must be a JSON object");
        }
        try {
            return event(root, raw);
        } catch (JacksonException e) {
            // a field of an unexpected shape: bad input, never a server error
            throw new BadWebhook("malformed field: " + e.getOriginalMessage());
        }
    }

    private WebhookEvent event(JsonNode root, String raw) {
        String clientId = string(root, "clientId");
        if (clientId == null || clientId.isBlank() || clientId.length() > 100) {
            throw new BadWebhook("clientId is required");
        }
        if (root.has("event")) {
            return envelope(clientId, root, raw);
        }
        JsonNode message = root.get("message");
        if (message == null || message.isNull()) {
            return new WebhookEvent.Empty(clientId, "no_message");
        }
        if (!message.isObject()) {
            throw new BadWebhook("message must be an object");
        }
        return aimeow(clientId, message, raw);
    }

    private WebhookEvent aimeow(String clientId, JsonNode m, String raw) {
        String id = requireId(string(m, "id"));
        String rawChat = string(m, "rawChat");
        String rawSender = string(m, "rawSender");
        String ignore = null;
        if (endsWith(rawChat, "@g.us") || endsWith(rawSender, "@g.us")) {
            ignore = "group";
        } else if (endsWith(rawChat, "@broadcast") || endsWith(rawSender, "@broadcast")) {
            ignore = "broadcast";
        }
        PhoneNumber sender =
                identify(string(m, "from"), bool(m, "isLID"), string(m, "rawSenderAlt"), rawSender, rawChat);
        PhoneNumber chat = PhoneNumber.parse(rawChat).orElse(sender);
        PhoneNumber author = PhoneNumber.parse(rawSender).orElse(sender);
        String type = lower(string(m, "type"), "text");
        String text = switch (type) {
            case "text" -> string(m, "text");
            case "image" -> string(m, "caption");
            case "location" -> joined(string(m, "name"), string(m, "address"));
            default -> string(m, "text");
        };
        String mediaMeta = "image".equals(type) ? lower(string(m, "mimeType"), null) : null;
        return new WebhookEvent.Message(new Inbound(
                clientId,
                id,
                chat,
                sender,
                author,
                string(m, "pushName"),
                type,
                text,
                string(m, "fileUrl"),
                mediaMeta,
                raw,
                ignore,
                null));
    }

    /** CONTRACT 3.2: `from`, else for an unresolved LID `rawSenderAlt`, else `rawSender`/`rawChat`. */
    private static PhoneNumber identify(String from, boolean isLid, String alt, String rawSender, String rawChat) {
        if (from != null && !from.isBlank()) {
            var parsed = PhoneNumber.parse(from);
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        if (isLid && alt != null && !alt.isBlank()) {
            var parsed = PhoneNumber.parse(alt);
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        return PhoneNumber.parse(rawSender).or(() -> PhoneNumber.parse(rawChat)).orElse(null);
    }

    private WebhookEvent envelope(String clientId, JsonNode root, String raw) {
        String event = lower(string(root, "event"), "");
        JsonNode data = root.get("data");
        if (data != null && !data.isNull() && !data.isObject()) {
            throw new BadWebhook("data must be an object");
        }
        if (data == null || data.isNull()) {
            if (event.equals("message") || event.equals("status")) {
                throw new BadWebhook("data is required for a " + event + " event");
            }
            data = json.createObjectNode();
        }
        return switch (event) {
            case "message" -> {
                String id = requireId(string(data, "messageId"));
                PhoneNumber from = PhoneNumber.parse(string(data, "from")).orElse(null);
                String text = string(data, "message");
                if (text == null) {
                    text = string(data, "text");
                }
                String mediaType = lower(string(data, "mediaType"), null);
                yield new WebhookEvent.Message(new Inbound(
                        clientId,
                        id,
                        from,
                        from,
                        from,
                        null,
                        mediaType == null ? "text" : mediaType,
                        text,
                        string(data, "mediaUrl"),
                        null,
                        raw,
                        null,
                        null));
            }
            case "status" -> {
                String id = string(data, "messageId");
                String status = lower(string(data, "status"), "");
                if (id == null || id.isBlank()) {
                    throw new BadWebhook("status event needs data.messageId");
                }
                if (!STATUSES.contains(status)) {
                    throw new BadWebhook("status must be one of sent, delivered, read, failed");
                }
                yield new WebhookEvent.Status(clientId, id, status);
            }
            case "qr" -> new WebhookEvent.Connection(clientId, "qr_ready", string(data, "qrCode"), null);
            case "connected" ->
                new WebhookEvent.Connection(
                        clientId,
                        "connected",
                        null,
                        PhoneNumber.parse(string(data, "phoneNumber")).orElse(null));
            case "disconnected" -> new WebhookEvent.Connection(clientId, "disconnected", null, null);
            default -> new WebhookEvent.Empty(clientId, "unsupported_event");
        };
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new BadWebhook("a message event needs a message id");
        }
        if (id.length() > 128) {
            throw new BadWebhook("message id is too long");
        }
        return id;
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asString();
        }
        throw new BadWebhook(field + " must be a string");
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString()) {
            return "true".equalsIgnoreCase(value.stringValue());
        }
        throw new BadWebhook(field + " must be a boolean");
    }

    private static boolean endsWith(String value, String suffix) {
        return value != null && value.endsWith(suffix);
    }

    private static String lower(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String joined(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ", " + b;
    }
}
