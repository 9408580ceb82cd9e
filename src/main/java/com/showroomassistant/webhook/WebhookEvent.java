package com.showroomassistant.webhook;

import com.showroomassistant.shared.PhoneNumber;

/** A parsed webhook body, in either gateway format. */
sealed interface WebhookEvent {

    String clientId();

    record Message(
            String clientId,
            String messageId,
            PhoneNumber chat,
            PhoneNumber sender,
            PhoneNumber author,
            String pushName,
            String type,
            String text,
            String mediaUrl,
            String mediaMeta,
            String ignoreReason)
            implements WebhookEvent {}

    record Status(String clientId, String messageId, String status) implements WebhookEvent {}

    record Connection(String clientId, String state, String qrCode, PhoneNumber phone) implements WebhookEvent {}

    record Empty(String clientId, String reason) implements WebhookEvent {}
}
