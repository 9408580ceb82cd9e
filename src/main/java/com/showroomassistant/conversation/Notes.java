package com.showroomassistant.conversation;

import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.RequiredText;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Staff's internal notes on a conversation. They live in their own table, which neither the prompt nor the outbox
 * reads, so a note cannot reach the customer or the model.
 */
@Component
public class Notes {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_AUTHOR = 200;

    private static final RowMapper<Note> NOTE = (rs, n) ->
            new Note(rs.getLong("id"), rs.getString("author"), rs.getString("body"), Timestamps.read(rs, "created_at"));

    private final JdbcClient jdbc;
    private final Clock clock;

    Notes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Oldest first. */
    public List<Note> of(TenantId tenant, long conversationId) {
        requireConversation(tenant, conversationId);
        return jdbc.sql("select * from conversation_note where tenant_id = ? and conversation_id = ? order by id")
                .params(tenant.value(), conversationId)
                .query(NOTE)
                .list();
    }

    /** @param author who wrote it, as the reader should see it (a dashboard e-mail, a staff name and number) */
    public Note add(TenantId tenant, long conversationId, String author, String text) {
        String body = RequiredText.of("text", text, MAX_TEXT);
        String by = RequiredText.of("author", author, MAX_AUTHOR);
        var key = new GeneratedKeyHolder();
        // the conversation must be the tenant's: the insert reads it, so a foreign id inserts nothing
        int added = jdbc.sql("""
                insert into conversation_note (tenant_id, conversation_id, author, body, created_at)
                select tenant_id, id, ?, ?, ? from conversation where tenant_id = ? and id = ?""")
                .params(by, body, Timestamps.db(clock.instant()), tenant.value(), conversationId)
                .update(key, "id");
        if (added == 0) {
            throw new NotFoundException("conversation " + conversationId);
        }
        return jdbc.sql("select * from conversation_note where id = ?")
                .param(key.getKey().longValue())
                .query(NOTE)
                .single();
    }

    public void delete(TenantId tenant, long conversationId, long noteId) {
        int deleted = jdbc.sql("delete from conversation_note where tenant_id = ? and conversation_id = ? and id = ?")
                .params(tenant.value(), conversationId, noteId)
                .update();
        if (deleted == 0) {
            throw new NotFoundException("note " + noteId);
        }
    }

    private void requireConversation(TenantId tenant, long conversationId) {
        if (jdbc.sql("select count(*) from conversation where tenant_id = ? and id = ?")
                        .params(tenant.value(), conversationId)
                        .query(Long.class)
                        .single()
                == 0) {
            throw new NotFoundException("conversation " + conversationId);
        }
    }
}
