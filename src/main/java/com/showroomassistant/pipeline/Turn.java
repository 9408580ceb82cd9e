package com.showroomassistant.pipeline;

import com.showroomassistant.assistant.HistoryTurn;
import com.showroomassistant.shared.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * A claimed conversation with the inbound messages it has pending (handled as one turn) and the messages before
 * them.
 */
record Turn(
        long conversationId,
        TenantId tenant,
        String customer,
        String customerName,
        boolean isStaff,
        String status,
        Instant escalatedAt,
        Instant humanActiveAt,
        boolean optedOut,
        Instant afterHoursSentAt,
        boolean welcomed,
        long inboxSeq,
        String bookingOffer,
        String interestModel,
        String gatewayClientId,
        List<Pending> messages,
        List<HistoryTurn> history) {

    /** @param mediaUrl the gateway's fileUrl of an image (or other media), else null */
    record Pending(long id, String text, String type, String mediaUrl, int attempts) {}

    /** @param before the conversation before this turn, oldest first, as the model should see it */
    Turn with(String gatewayClientId, List<Pending> pending, List<HistoryTurn> before) {
        return new Turn(conversationId, tenant, customer, customerName, isStaff, status, escalatedAt, humanActiveAt,
                optedOut, afterHoursSentAt, welcomed, inboxSeq, bookingOffer, interestModel, gatewayClientId,
                List.copyOf(pending), List.copyOf(before));
    }

    String text() {
        return String.join("\n", messages.stream()
                .map(Pending::text)
                .filter(t -> t != null && !t.isBlank())
                .toList());
    }

    int maxAttempts() {
        return messages.stream().mapToInt(Pending::attempts).max().orElse(0);
    }
}
