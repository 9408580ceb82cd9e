package com.showroomassistant.pipeline;

import com.showroomassistant.shared.TenantId;
import java.time.Instant;
import java.util.List;

/** A claimed conversation with the inbound messages it has pending: handled as one turn. */
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
        List<Pending> messages) {

    /** @param mediaUrl the gateway's fileUrl of an image (or other media), else null */
    record Pending(long id, String text, String type, String mediaUrl, int attempts) {}

    Turn withMessages(List<Pending> pending) {
        return new Turn(conversationId, tenant, customer, customerName, isStaff, status, escalatedAt, humanActiveAt,
                optedOut, afterHoursSentAt, welcomed, inboxSeq, bookingOffer, interestModel, List.copyOf(pending));
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
