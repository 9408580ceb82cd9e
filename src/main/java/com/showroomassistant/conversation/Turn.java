package com.showroomassistant.conversation;

import com.showroomassistant.shared.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A claimed conversation with the inbound messages it has pending (handled as one turn) and the messages before
 * them.
 *
 * @param customerWroteAt when the customer last sent a message (as the gateway dates it), which opens the WhatsApp
 *     Cloud API's 24-hour window for the turn's replies; null when unknown
 */
public record Turn(
        long conversationId,
        TenantId tenant,
        String customer,
        String customerName,
        boolean isStaff,
        ConversationStatus status,
        Instant escalatedAt,
        Instant humanActiveAt,
        boolean optedOut,
        Instant afterHoursSentAt,
        boolean welcomed,
        long inboxSeq,
        String bookingOffer,
        String interestModel,
        Instant customerWroteAt,
        String gatewayClientId,
        List<Pending> messages,
        List<Earlier> history) {

    /** @param mediaUrl the gateway's fileUrl of an image (or other media), else null */
    public record Pending(long id, String text, String type, String mediaUrl, int attempts) {}

    /** One message before the turn, as the assistant should see it. */
    public record Earlier(boolean fromCustomer, String text) {}

    /** @param before the conversation before this turn, oldest first */
    Turn with(String gatewayClientId, List<Pending> pending, List<Earlier> before) {
        return new Turn(
                conversationId,
                tenant,
                customer,
                customerName,
                isStaff,
                status,
                escalatedAt,
                humanActiveAt,
                optedOut,
                afterHoursSentAt,
                welcomed,
                inboxSeq,
                bookingOffer,
                interestModel,
                customerWroteAt,
                gatewayClientId,
                List.copyOf(pending),
                List.copyOf(before));
    }

    /**
     * The turn as far as it is read: each message's text (pending or history) cut at {@code messageChars}, and the
     * pending ones together at {@code turnChars}, the earliest kept; a cut text ends with an ellipsis.
     */
    public Turn capped(int messageChars, int turnChars) {
        int budget = turnChars;
        List<Pending> cappedPending = new ArrayList<>(messages.size());
        for (Pending p : messages) {
            String text = cut(p.text(), Math.min(messageChars, Math.max(budget, 0)));
            budget -= text == null ? 0 : text.length() + 1;
            cappedPending.add(new Pending(p.id(), text, p.type(), p.mediaUrl(), p.attempts()));
        }
        List<Earlier> cappedHistory = history.stream()
                .map(h -> new Earlier(h.fromCustomer(), cut(h.text(), messageChars)))
                .toList();
        return with(gatewayClientId, cappedPending, cappedHistory);
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        if (max <= 1) {
            return "";
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half an emoji
        }
        return text.substring(0, end) + "…";
    }

    /** The pending messages' texts, one a line. */
    public String text() {
        return String.join(
                "\n",
                messages.stream()
                        .map(Pending::text)
                        .filter(t -> t != null && !t.isBlank())
                        .toList());
    }

    int maxAttempts() {
        return messages.stream().mapToInt(Pending::attempts).max().orElse(0);
    }
}
