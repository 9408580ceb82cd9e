package com.showroomassistant.conversation;

import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Human takeover: a staff reply pauses the assistant; resolving hands the conversation back. */
@Component
public class Handoff {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final ConversationEvents events;
    private final Outbox outbox;
    private final Assignment assignment;

    Handoff(
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher publisher,
            ConversationEvents events,
            Outbox outbox,
            Assignment assignment) {
        this.jdbc = jdbc;
        this.assignment = assignment;
        this.outbox = outbox;
        this.clock = clock;
        this.publisher = publisher;
        this.events = events;
    }

    /** Queues a human reply to the customer and pauses the assistant in that conversation. */
    public long reply(TenantId tenant, long conversationId, String text) {
        return reply(tenant, conversationId, text, null);
    }

    /**
     * Queues a human reply to the customer and pauses the assistant in that conversation.
     *
     * @param staffId the staff member who wrote it (counted as theirs; a conversation with no owner becomes theirs),
     *     or null when unknown (an API caller, a dashboard login linked to no staff phone)
     */
    @Transactional
    public long reply(TenantId tenant, long conversationId, String text, Long staffId) {
        var now = Timestamps.db(clock.instant());
        int paused = jdbc.sql(
                        "update conversation set human_active_at = ?, last_message_at = ? where tenant_id = ? and id = ?")
                .params(now, now, tenant.value(), conversationId)
                .update();
        if (paused == 0) {
            throw new NotFoundException("conversation " + conversationId);
        }
        outbox.toCustomer(conversationId, "human", text);
        publisher.publishEvent(new RepliesQueued());
        long id = jdbc.sql("select max(id) from message where conversation_id = ? and sender_type = 'human'")
                .param(conversationId)
                .query(Long.class)
                .single();
        if (staffId != null) {
            jdbc.sql("update message set staff_id = ? where id = ?")
                    .params(staffId, id)
                    .update();
            assignment.setIfNone(tenant, conversationId, staffId);
        }
        return id;
    }

    /** Hands the conversation back to the assistant (API, dashboard). */
    public void resolve(TenantId tenant, long conversationId) {
        resolve(tenant, conversationId, "api");
    }

    /**
     * Hands the conversation back to the assistant; when a person had it (escalated or replying), that counts as a
     * resolution by {@code by} (api, staff, ...).
     */
    @Transactional
    public void resolve(TenantId tenant, long conversationId, String by) {
        record State(ConversationStatus status, boolean humanActive) {}
        State state = jdbc.sql(
                        "select status, human_active_at is not null from conversation where tenant_id = ? and id = ?")
                .params(tenant.value(), conversationId)
                .query((rs, n) -> new State(ConversationStatus.of(rs.getString(1)), rs.getBoolean(2)))
                .optional()
                .orElseThrow(() -> new NotFoundException("conversation " + conversationId));
        if (state.status() == ConversationStatus.CLOSED) {
            throw new ConflictException(
                    "conversation " + conversationId + " is closed; the customer's next message opens a new one");
        }
        boolean handedOff = state.status() == ConversationStatus.ESCALATED || state.humanActive();
        jdbc.sql("""
                update conversation set status = ?, escalated_at = null, escalation_reason = null,
                       human_active_at = null, staff_notified_at = null
                 where tenant_id = ? and id = ?""")
                .params(ConversationStatus.ACTIVE.value(), tenant.value(), conversationId)
                .update();
        if (handedOff) {
            events.resolved(conversationId, by, Timestamps.db(clock.instant()));
        }
    }
}
