package com.showroomassistant.conversation;

import com.showroomassistant.tenant.GatewayAccount;
import java.time.Instant;

/**
 * Stores inbound gateway messages durably, in their conversation, atomically. Duplicates are absorbed by the unique
 * key (account, gateway message id) with insert-on-conflict, never by a prior lookup; a stored customer message is
 * "pending" until a worker answers it. {@link ConversationStorage} picks the implementation for the database at start.
 */
public interface Inbox {

    /** Published after a customer message was stored, so a local worker can look sooner than its poll. */
    record MessageStored(long conversationId, Instant dueAt) {}

    /** Stores one inbound message, or absorbs it as a duplicate, or stores it as ignored. */
    InboxOutcome receive(GatewayAccount account, Inbound in);
}
