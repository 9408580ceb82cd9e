package com.showroomassistant.conversation;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of escalations and resolutions that analytics count; the conversation row keeps only the present. */
@Component
public class ConversationEvents {

    private final JdbcClient jdbc;

    ConversationEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void escalated(long conversationId, String reason, OffsetDateTime at) {
        record(conversationId, "escalated", reason, at);
    }

    void resolved(long conversationId, String by, OffsetDateTime at) {
        record(conversationId, "resolved", by, at);
    }

    private void record(long conversationId, String kind, String reason, OffsetDateTime at) {
        jdbc.sql("""
                insert into conversation_event (tenant_id, conversation_id, kind, reason, created_at)
                select tenant_id, id, ?, ?, ? from conversation where id = ?""").params(kind, reason, at, conversationId).update();
    }
}
