package com.showroomassistant.conversation;

import java.time.Instant;

/** An internal note staff wrote on a conversation: never sent to the customer, never shown to the assistant. */
public record Note(long id, String author, String text, Instant createdAt) {}
