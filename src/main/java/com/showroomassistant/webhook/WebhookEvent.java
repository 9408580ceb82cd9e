package com.showroomassistant.webhook;

import com.showroomassistant.conversation.Inbound;
import com.showroomassistant.shared.PhoneNumber;

/** A parsed webhook body, in either gateway format. */
sealed interface WebhookEvent {

    String clientId();

    /** A chat message, already in the shape the inbox stores. */
    record Message(Inbound inbound) implements WebhookEvent {

        @Override
        public String clientId() {
            return inbound.clientId();
        }
    }

    record Status(String clientId, String messageId, String status) implements WebhookEvent {}

    record Connection(String clientId, String state, String qrCode, PhoneNumber phone) implements WebhookEvent {}

    record Empty(String clientId, String reason) implements WebhookEvent {}
}
