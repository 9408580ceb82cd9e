package com.showroomassistant.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A conversation as the management API shows it.
 *
 * @param assigneeId the staff member who owns it (a salesperson), or null
 * @param assigneeName that staff member's name (their phone when unnamed), or null
 */
public record ConversationView(
        long id,
        String customerPhone,
        String customerName,
        String status,
        String lastIntent,
        Instant lastMessageAt,
        @JsonProperty("isStaff") boolean isStaff,
        String escalationReason,
        Instant escalatedAt,
        Instant humanActiveAt,
        boolean optedOut,
        Instant createdAt,
        Long assigneeId,
        String assigneeName,
        Instant assignedAt) {}
