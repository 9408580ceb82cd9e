package com.showroomassistant.conversation;

import com.showroomassistant.shared.Timestamps;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Queues outbound messages outside a turn (reminders, human replies); the outbox sender delivers them. */
@Component
public class Outbox {

    /**
     * How a send the gateway may or may not have made (its answer timed out) is marked in {@code last_error} while it
     * waits: the gateway's echo of the message settles it as sent (see {@link Inbox}); without an echo it is tried again.
     */
    public static final String UNKNOWN_SEND = "unknown: ";

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues a message in the conversation to its customer; call inside the caller's transaction. */
    public void toCustomer(long conversationId, String senderType, String text) {
        jdbc.sql("""
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content,
                                     message_type, state, recipient, next_attempt_at)
                select tenant_id, account_id, id, 'outbound', ?, ?, 'text', 'pending', customer_identity, ?
                  from conversation where id = ?""")
                .params(senderType, text, Timestamps.db(clock.instant()), conversationId)
                .update();
    }
}
