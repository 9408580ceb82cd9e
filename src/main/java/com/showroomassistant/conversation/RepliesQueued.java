package com.showroomassistant.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Published when outbound messages were committed, so the outbox sends them without waiting to poll.
 *
 * @param leased messages stored already leased to this instance for {@link #SEND_LEASE}: sent at once, in order
 * @param others whether other messages were queued too (the outbox's poll sends those, in order after these)
 */
public record RepliesQueued(List<Leased> leased, boolean others) {

    /** How long a send lease keeps other senders off a message; after it a crashed sender's message is retried. */
    public static final Duration SEND_LEASE = Duration.ofSeconds(30);

    public RepliesQueued() {
        this(List.of(), true);
    }

    public RepliesQueued {
        leased = List.copyOf(leased);
    }

    /**
     * An outbound message as stored: type "text" or "images" (then mediaMeta holds the photos as JSON).
     *
     * @param purpose what it is for, as stored ({@code tenant.MessageTemplate#PURPOSES}), else null
     * @param recipientWroteAt when the recipient last wrote to the account, as the turn knew it (a reply to the
     *     customer who just wrote); null when unknown
     */
    public record Leased(
            long id,
            String clientId,
            String recipient,
            String type,
            String content,
            String mediaMeta,
            String purpose,
            Instant recipientWroteAt) {}
}
