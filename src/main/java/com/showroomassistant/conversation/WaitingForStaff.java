package com.showroomassistant.conversation;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customers waiting for staff: conversations handed to a person (escalated) that no person has answered since. A staff
 * reply marks the conversation human-active; resolving hands it back and ends the wait.
 */
@Component
public class WaitingForStaff {

    /**
     * The one definition of a conversation waiting for staff, as SQL over an unqualified {@code conversation} row: a
     * customer's (a staff phone's own chat waits for nobody), escalated, and no person answered since.
     */
    public static final String WAITING = "status = 'escalated' and not is_staff"
            + " and (human_active_at is null or human_active_at < escalated_at)";

    private final JdbcClient jdbc;

    WaitingForStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One waiting customer: who, since when, and why the conversation was handed over. */
    public record Waiting(long conversationId, String customer, String name, Instant since, String reason) {}

    /** The tenant's customers waiting since before {@code escalatedBefore}, longest first. */
    public List<Waiting> since(TenantId tenant, Instant escalatedBefore, int limit) {
        return jdbc.sql("""
                select id, customer_identity, customer_name, escalated_at, escalation_reason from conversation
                 where tenant_id = ? and escalated_at < ? and %s
                 order by escalated_at, id limit ?""".formatted(WAITING))
                .params(tenant.value(), Timestamps.db(escalatedBefore), limit)
                .query((rs, n) -> new Waiting(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Timestamps.read(rs, "escalated_at"),
                        rs.getString(5)))
                .list();
    }
}
