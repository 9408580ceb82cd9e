package com.showroomassistant.conversation;

import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's conversations and messages, for their data request under Indonesia's personal data protection law
 * (UU PDP): exported as stored, or forgotten. Forgetting keeps every row, so analytics still count the conversations
 * and messages, but blanks what identifies or was said: texts, payloads, media, names and numbers. The customer's
 * identity becomes a pseudonym, so a later message starts afresh.
 */
@Component
public class CustomerRecords {

    private final JdbcClient jdbc;
    private final Notes notes;
    private final Labels labels;

    CustomerRecords(JdbcClient jdbc, Notes notes, Labels labels) {
        this.jdbc = jdbc;
        this.notes = notes;
        this.labels = labels;
    }

    public record Conversation(
            long id,
            String status,
            String customerName,
            Instant startedAt,
            Instant lastMessageAt,
            List<Message> messages,
            List<String> labels,
            List<Note> notes) {}

    public record Message(
            String direction, String senderType, String type, String content, String mediaUrl, Instant at) {}

    public List<Conversation> export(TenantId tenant, String identity) {
        record Row(long id, String status, String name, Instant started, Instant last) {}
        List<Row> rows = jdbc.sql("""
                select id, status, customer_name, created_at, last_message_at from conversation
                 where tenant_id = ? and customer_identity = ? order by id""")
                .params(tenant.value(), identity)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Timestamps.read(rs, "created_at"),
                        Timestamps.read(rs, "last_message_at")))
                .list();
        List<Conversation> out = new ArrayList<>();
        for (Row r : rows) {
            List<Message> messages = jdbc.sql("""
                    select direction, sender_type, message_type, content, media_url, created_at from message
                     where conversation_id = ? order by id""")
                    .param(r.id())
                    .query((rs, n) -> new Message(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            Timestamps.read(rs, "created_at")))
                    .list();
            List<String> labelNames =
                    labels.on(tenant, r.id()).stream().map(Label::name).toList();
            out.add(new Conversation(
                    r.id(),
                    r.status(),
                    r.name(),
                    r.started(),
                    r.last(),
                    messages,
                    labelNames,
                    notes.of(tenant, r.id())));
        }
        return out;
    }

    /**
     * What forgetting changed, and the media fields the customer's messages held (URLs and metadata, as stored): the
     * media module knows which of them are its own files.
     *
     * @param staffNotices staff's messages that named the customer: notices to them, and their own chats with the
     *     assistant (commands such as /catatan and its answers)
     */
    public record Forgotten(int conversations, int messages, int staffNotices, int notes, List<String> mediaFields) {}

    /** Call inside the caller's transaction, with the same pseudonym for every module. */
    public Forgotten forget(TenantId tenant, String identity, String pseudonym) {
        List<String> media = jdbc.sql("""
                select m.media_url, m.media_meta from message m join conversation c on c.id = m.conversation_id
                 where c.tenant_id = ? and c.customer_identity = ? and (m.media_url is not null or m.media_meta is not null)""")
                .params(tenant.value(), identity)
                .query((rs, n) -> (rs.getString(1) == null ? "" : rs.getString(1)) + " "
                        + (rs.getString(2) == null ? "" : rs.getString(2)))
                .list();
        int messages = jdbc.sql("""
                update message set content = null, raw_payload = null, media_url = null, media_meta = null,
                       entities = null, sender = null,
                       recipient = case when recipient is null then null else ? end
                 where conversation_id in (select id from conversation where tenant_id = ? and customer_identity = ?)""").params(pseudonym, tenant.value(), identity).update();
        // staff were told about this customer outside the conversation ("Pelanggan: Budi (6281...)"), and wrote about
        // them in their own chats with the assistant ("/catatan 0812-... sudah DP", "/reply 0812... ", its answers)
        int notices = jdbc.sql("""
                update message set content = null, raw_payload = null, media_meta = null
                 where tenant_id = ?
                   and (conversation_id is null
                        or conversation_id in (select id from conversation where tenant_id = ? and is_staff))
                   and %s like ?""".formatted(PhoneNumber.withoutSeparatorsSql("content")))
                .params(tenant.value(), tenant.value(), "%" + PhoneNumber.writtenDigitsOf(identity) + "%")
                .update();
        // staff's notes are about the customer: deleted, not kept (no figure counts them)
        int deletedNotes = jdbc.sql("""
                delete from conversation_note
                 where conversation_id in (select id from conversation where tenant_id = ? and customer_identity = ?)""").params(tenant.value(), identity).update();
        int conversations = jdbc.sql("""
                update conversation set customer_identity = ?, customer_phone = null, customer_name = null,
                       open_key = case when open_key is null then null else ? end
                 where tenant_id = ? and customer_identity = ?""")
                .params(pseudonym, pseudonym, tenant.value(), identity)
                .update();
        return new Forgotten(conversations, messages, notices, deletedNotes, media);
    }
}
