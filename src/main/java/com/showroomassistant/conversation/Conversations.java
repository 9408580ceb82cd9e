package com.showroomassistant.conversation;

import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tenant-scoped reads of conversations and their messages. */
@Component
public class Conversations {

    static final RowMapper<ConversationView> CONVERSATION = (rs, n) -> new ConversationView(
            rs.getLong("id"),
            rs.getString("customer_phone") != null ? rs.getString("customer_phone") : rs.getString("customer_identity"),
            rs.getString("customer_name"),
            rs.getString("status"),
            rs.getString("last_intent"),
            Timestamps.read(rs, "last_message_at"),
            rs.getBoolean("is_staff"),
            rs.getString("escalation_reason"),
            Timestamps.read(rs, "escalated_at"),
            Timestamps.read(rs, "human_active_at"),
            rs.getBoolean("opted_out"),
            Timestamps.read(rs, "created_at"));

    private final JdbcClient jdbc;
    private final RowMapper<MessageView> message;

    Conversations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.message = (rs, n) -> new MessageView(
                rs.getLong("id"),
                rs.getString("direction"),
                rs.getString("sender_type"),
                rs.getString("content"),
                rs.getString("message_type"),
                rs.getString("media_url"),
                rs.getString("intent"),
                (Double) rs.getObject("confidence", Double.class),
                rs.getString("entities") == null
                        ? null
                        : json.readValue(rs.getString("entities"), new TypeReference<Map<String, Object>>() {}),
                (Integer) rs.getObject("processing_ms", Integer.class),
                rs.getString("state"),
                rs.getString("aimeow_message_id"),
                rs.getString("aimeow_status"),
                Timestamps.read(rs, "delivered_at"),
                Timestamps.read(rs, "read_at"),
                Timestamps.read(rs, "created_at"),
                "failed".equals(rs.getString("state")) || "failed".equals(rs.getString("aimeow_status"))
                        ? rs.getString("last_error")
                        : null);
    }

    /** Remembers the viewing slots offered in a conversation (JSON), or forgets them with null. */
    public void saveBookingOffer(long conversationId, String offerJson) {
        jdbc.sql("update conversation set booking_offer = ? where id = ?")
                .params(offerJson, conversationId)
                .update();
    }

    /** Marks each conversation of the tenant as a staff phone's or a customer's, from the active staff list. */
    public void markStaffConversations(TenantId tenant) {
        jdbc.sql("""
                update conversation c set is_staff = (select count(*) > 0 from staff_phone s
                    where s.tenant_id = c.tenant_id and s.phone_number = c.customer_identity and s.is_active)
                 where c.tenant_id = ?""").param(tenant.value()).update();
    }

    /** Points a received message at this service's own copy of its media (the gateway's copy does not last). */
    public void keepMedia(TenantId tenant, long messageId, String url) {
        jdbc.sql("update message set media_url = ? where tenant_id = ? and id = ?")
                .params(url, tenant.value(), messageId)
                .update();
    }

    public Page<ConversationView> list(TenantId tenant, String status, String q, int page, int size) {
        List<String> where = new ArrayList<>(List.of("tenant_id = :tenant"));
        if (status != null && !status.isBlank()) {
            where.add("status = :status");
        }
        String like = null;
        if (q != null && !q.isBlank()) {
            String digits = q.replaceAll("\\D", "");
            like = "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
            where.add(
                    digits.isEmpty()
                            ? "lower(coalesce(customer_name, '')) like :q"
                            : "(customer_identity like :digits or lower(coalesce(customer_name, '')) like :q)");
            if (!digits.isEmpty()) {
                digits = "%" + (digits.startsWith("0") ? digits.substring(1) : digits) + "%";
            }
            String condition = String.join(" and ", where);
            return page(tenant, condition, status, like, digits, page, size);
        }
        return page(tenant, String.join(" and ", where), status, like, null, page, size);
    }

    private Page<ConversationView> page(
            TenantId tenant, String condition, String status, String like, String digits, int page, int size) {
        long total = jdbc.sql("select count(*) from conversation where " + condition)
                .param("tenant", tenant.value())
                .param("status", status)
                .param("q", like)
                .param("digits", digits)
                .query(Long.class)
                .single();
        List<ConversationView> items = jdbc.sql("select * from conversation where " + condition
                        + " order by case when status = 'escalated' then 0 else 1 end, last_message_at desc, id desc"
                        + " limit :limit offset :offset")
                .param("tenant", tenant.value())
                .param("status", status)
                .param("q", like)
                .param("digits", digits)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(CONVERSATION)
                .list();
        return new Page<>(items, page, size, total);
    }

    /** The customer's open conversation with this tenant, if they ever wrote. */
    public Optional<Long> openId(TenantId tenant, PhoneNumber customer) {
        return jdbc.sql("select id from conversation where tenant_id = ? and open_key = ?")
                .params(tenant.value(), customer.value())
                .query(Long.class)
                .optional();
    }

    public ConversationView get(TenantId tenant, long id) {
        return jdbc.sql("select * from conversation where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query(CONVERSATION)
                .optional()
                .orElseThrow(() -> new NotFoundException("conversation " + id));
    }

    public Page<MessageView> messages(TenantId tenant, long conversationId, int page, int size) {
        get(tenant, conversationId);
        long total = jdbc.sql("select count(*) from message where tenant_id = ? and conversation_id = ?")
                .params(tenant.value(), conversationId)
                .query(Long.class)
                .single();
        List<MessageView> items = jdbc.sql("select * from message where tenant_id = ? and conversation_id = ?"
                        + " order by id limit ? offset ?")
                .params(tenant.value(), conversationId, size, (long) page * size)
                .query(message)
                .list();
        return new Page<>(items, page, size, total);
    }
}
