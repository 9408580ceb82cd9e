package com.showroomassistant.webhook;

import com.showroomassistant.conversation.Inbound;
import com.showroomassistant.gateway.Gateways;
import com.showroomassistant.shared.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a WhatsApp Cloud API webhook ({@code {"object":"whatsapp_business_account","entry":[{"changes":[{"field":
 * "messages","value":{"metadata":{"phone_number_id"},"contacts","messages","statuses"}}]}]}}): every message and
 * status of every entry and change, each tagged with the phone-number id it came to. Messages come out in the shape
 * Aimeow's do (CONTRACT 3.2), so the same inbox stores them: text, image (media kept as {@code cloud-media:{id}}),
 * location, interactive and button replies as text; audio, video, documents, stickers and the rest as {@code other}.
 * The whole body is read before anything is stored, so a malformed one changes nothing.
 */
@Component
class CloudWebhookParser {

    private static final Set<String> STATUSES = Set.of("sent", "delivered", "read", "failed");
    private static final Set<String> OTHER_MEDIA = Set.of("audio", "video", "document", "sticker");
    private final JsonMapper json;

    CloudWebhookParser(JsonMapper json) {
        this.json = json;
    }

    /** What one POST carried, in order. */
    record Batch(List<CloudEvent> events) {

        Set<String> phoneNumberIds() {
            Set<String> ids = new java.util.LinkedHashSet<>();
            events.forEach(e -> ids.add(e.phoneNumberId()));
            return ids;
        }
    }

    sealed interface CloudEvent {
        String phoneNumberId();

        record Message(String phoneNumberId, Inbound inbound) implements CloudEvent {}

        /**
         * @param failureReason for a failed status, what its {@code errors[0]} says, worded by the gateway module
         * @param ourMessageId our message id from {@code biz_opaque_callback_data}, when we sent it with one
         */
        record Status(String phoneNumberId, String messageId, String status, String failureReason, Long ourMessageId)
                implements CloudEvent {}
    }

    Batch parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new WebhookParser.BadWebhook("body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new WebhookParser.BadWebhook("body must be a JSON object");
        }
        JsonNode entries = root.get("entry");
        if (entries == null || !entries.isArray()) {
            throw new WebhookParser.BadWebhook("entry must be an array");
        }
        List<CloudEvent> events = new ArrayList<>();
        for (JsonNode entry : entries) {
            JsonNode changes = object(entry, "entry").get("changes");
            if (changes == null || changes.isNull()) {
                continue;
            }
            if (!changes.isArray()) {
                throw new WebhookParser.BadWebhook("entry.changes must be an array");
            }
            for (JsonNode change : changes) {
                object(change, "change");
                if (!"messages".equals(string(change, "field"))) {
                    continue; // account, template and quality updates: nothing for the inbox
                }
                change(object(change.get("value"), "change.value"), events);
            }
        }
        return new Batch(events);
    }

    private void change(JsonNode value, List<CloudEvent> events) {
        String phoneNumberId = string(object(value.get("metadata"), "value.metadata"), "phone_number_id");
        if (phoneNumberId == null || phoneNumberId.isBlank() || phoneNumberId.length() > 100) {
            throw new WebhookParser.BadWebhook("value.metadata.phone_number_id is required");
        }
        for (JsonNode m : array(value, "messages")) {
            events.add(new CloudEvent.Message(phoneNumberId, message(phoneNumberId, object(m, "message"), value)));
        }
        for (JsonNode s : array(value, "statuses")) {
            object(s, "status");
            String id = requireId(string(s, "id"));
            String status = lower(string(s, "status"));
            if (STATUSES.contains(status)) {
                String reason = "failed".equals(status) ? failure(s) : null;
                var callback = Gateways.cloudCallbackMessageId(string(s, "biz_opaque_callback_data"));
                Long ours = callback.isPresent() ? callback.getAsLong() : null;
                events.add(new CloudEvent.Status(phoneNumberId, id, status, reason, ours));
            }
        }
    }

    /**
     * Why Meta could not send or deliver a message it had accepted: {@code errors[0]}'s code and its details (else
     * its message or title), e.g. 131047 when the customer last wrote more than 24 hours ago.
     */
    private static String failure(JsonNode status) {
        Iterator<JsonNode> errors = array(status, "errors").iterator();
        if (!errors.hasNext()) {
            return Gateways.cloudDeliveryFailure(null, null);
        }
        JsonNode error = object(errors.next(), "status.errors[0]");
        JsonNode code = error.get("code");
        JsonNode data = error.get("error_data");
        String detail = data != null && data.isObject() ? string(data, "details") : null;
        for (String field : List.of("message", "title")) {
            if (detail == null || detail.isBlank()) {
                detail = string(error, field);
            }
        }
        return Gateways.cloudDeliveryFailure(code != null && code.canConvertToInt() ? code.intValue() : null, detail);
    }

    private Inbound message(String phoneNumberId, JsonNode m, JsonNode value) {
        String id = requireId(string(m, "id"));
        String from = string(m, "from");
        PhoneNumber sender = from == null ? null : PhoneNumber.parse(from).orElse(null);
        if (sender == null) {
            throw new WebhookParser.BadWebhook("message.from must be the sender's number");
        }
        String type = lower(string(m, "type"));
        String storedType;
        String text = null;
        String mediaUrl = null;
        String mediaMeta = null;
        switch (type) {
            case "text" -> {
                storedType = "text";
                text = string(object(m.get("text"), "message.text"), "body");
            }
            case "image" -> {
                JsonNode image = object(m.get("image"), "message.image");
                storedType = "image";
                text = string(image, "caption");
                mediaUrl = media(image);
                mediaMeta = lowerOrNull(string(image, "mime_type"));
            }
            case "location" -> {
                JsonNode location = object(m.get("location"), "message.location");
                storedType = "location";
                text = joined(string(location, "name"), string(location, "address"));
                if (text == null && location.has("latitude")) {
                    text = string(location, "latitude") + ", " + string(location, "longitude");
                }
            }
            case "interactive" -> {
                JsonNode interactive = object(m.get("interactive"), "message.interactive");
                JsonNode reply = interactive.has("button_reply")
                        ? object(interactive.get("button_reply"), "interactive.button_reply")
                        : interactive.has("list_reply")
                                ? object(interactive.get("list_reply"), "interactive.list_reply")
                                : json.createObjectNode();
                storedType = "text";
                text = joined(string(reply, "title"), string(reply, "description"));
            }
            case "button" -> {
                storedType = "text";
                text = string(object(m.get("button"), "message.button"), "text");
            }
            default -> {
                // audio, video, documents, stickers, reactions, unsupported: kept as Aimeow keeps them, not read
                storedType = "other";
                if (OTHER_MEDIA.contains(type)) {
                    JsonNode media = object(m.get(type), "message." + type);
                    mediaUrl = media(media);
                    text = string(media, "caption");
                    mediaMeta = lowerOrNull(string(media, "mime_type"));
                }
            }
        }
        return new Inbound(
                phoneNumberId,
                id,
                sender,
                sender,
                sender,
                name(value, from),
                storedType,
                text,
                mediaUrl,
                mediaMeta,
                new String(json.writeValueAsBytes(m), StandardCharsets.UTF_8),
                null,
                sentAt(string(m, "timestamp")));
    }

    /** When the sender sent it: {@code timestamp}, Unix seconds as a string; null when absent or not a number. */
    private static Instant sentAt(String timestamp) {
        if (timestamp == null || !timestamp.strip().matches("[0-9]{1,12}")) {
            return null;
        }
        return Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
    }

    /** The sender's WhatsApp profile name, from the change's contacts. */
    private static String name(JsonNode value, String waId) {
        for (JsonNode contact : array(value, "contacts")) {
            if (contact.isObject() && waId.equals(string(contact, "wa_id"))) {
                JsonNode profile = contact.get("profile");
                return profile != null && profile.isObject() ? string(profile, "name") : null;
            }
        }
        return null;
    }

    private static String media(JsonNode media) {
        String id = string(media, "id");
        if (id == null || !id.matches("[0-9A-Za-z_.-]{1,128}")) {
            return null;
        }
        return Gateways.CLOUD_MEDIA_PREFIX + id;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new WebhookParser.BadWebhook(field + " must be an array");
        }
        return value;
    }

    private static JsonNode object(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new WebhookParser.BadWebhook(what + " must be an object");
        }
        return node;
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new WebhookParser.BadWebhook("a message or status needs an id");
        }
        if (id.length() > 128) {
            throw new WebhookParser.BadWebhook("message id is too long");
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
        throw new WebhookParser.BadWebhook(field + " must be a string");
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String lowerOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String joined(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + ", " + b;
    }
}
