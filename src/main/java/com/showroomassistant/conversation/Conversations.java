package com.showroomassistant.conversation;

import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
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
            Timestamps.read(rs, "created_at"),
            (Long) rs.getObject("assignee_staff_id", Long.class),
            rs.getString("assignee_name"),
            Timestamps.read(rs, "assigned_at"));

    /** The conversation's columns and its owner's name; conditions may name the conversation's columns unqualified. */
    private static final String SELECT = "select c.*, (select " + Assignment.STAFF_LABEL.formatted("s")
            + " from staff_phone s where s.id = c.assignee_staff_id) as assignee_name from conversation c";

    private final JdbcClient jdbc;
    private final RowMapper<MessageView> message;
    private final Clock clock;

    Conversations(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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

    /**
     * Which conversations by owner and wait: all, one staff member's, or customers' with no owner; and only escalations
     * waiting for staff (no human reply since) longer than {@code waitingMinutes}, when given.
     *
     * @param assignee a staff id, or null
     */
    public record Ownership(Long assignee, boolean unassigned, Integer waitingMinutes) {

        public static final Ownership ANY = new Ownership(null, false, null);

        /** The longest wait a filter may ask for: a year. */
        public static final int MAX_WAITING_MINUTES = 525_600;

        public Ownership {
            if (waitingMinutes != null && (waitingMinutes < 0 || waitingMinutes > MAX_WAITING_MINUTES)) {
                throw new InvalidFieldException("waitingMinutes", "must be between 0 and " + MAX_WAITING_MINUTES);
            }
        }
    }

    /** @param label only conversations carrying the label of this name (any case); null or blank: all */
    public Page<ConversationView> list(
            TenantId tenant, String status, String q, String label, Ownership ownership, int page, int size) {
        List<String> where = new ArrayList<>(List.of("tenant_id = :tenant"));
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant.value());
        if (ownership.assignee() != null) {
            where.add("assignee_staff_id = :assignee");
            params.put("assignee", ownership.assignee());
        }
        if (ownership.unassigned()) {
            where.add("assignee_staff_id is null and not is_staff"); // a staff phone's own chat is nobody's lead
        }
        if (ownership.waitingMinutes() != null) {
            where.add(WaitingForStaff.WAITING + " and escalated_at <= :waitingSince");
            params.put("waitingSince", Timestamps.db(clock.instant().minusSeconds(60L * ownership.waitingMinutes())));
        }
        if (label != null && !label.isBlank()) {
            where.add("exists (select 1 from conversation_label cl join label l on l.id = cl.label_id"
                    + " where cl.conversation_id = c.id and l.tenant_id = :tenant"
                    + " and l.name_key = lower(:label))");
            params.put("label", label.strip());
        }
        if (status != null && !status.isBlank()) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (q != null && !q.isBlank()) {
            String digits = q.replaceAll("\\D", "");
            params.put("q", "%" + q.strip().toLowerCase(Locale.ROOT) + "%");
            where.add(
                    digits.isEmpty()
                            ? "lower(coalesce(customer_name, '')) like :q"
                            : "(customer_identity like :digits or lower(coalesce(customer_name, '')) like :q)");
            if (!digits.isEmpty()) {
                params.put("digits", "%" + (digits.startsWith("0") ? digits.substring(1) : digits) + "%");
            }
        }
        String condition = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from conversation c where " + condition)
                .params(params)
                .query(Long.class)
                .single();
        List<ConversationView> items = jdbc.sql(SELECT + " where " + condition
                        + " order by case when status = 'escalated' then 0 else 1 end, last_message_at desc, id desc"
                        + " limit :limit offset :offset")
                .params(params)
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
        return jdbc.sql(SELECT + " where tenant_id = ? and id = ?")
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
