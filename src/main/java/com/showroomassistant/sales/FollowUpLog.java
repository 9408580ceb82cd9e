package com.showroomassistant.sales;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The follow-ups sent to leads (CONTRACT 9.3), with why: the one reader of the follow_up table outside its writer. */
@Component
public class FollowUpLog {

    private final JdbcClient jdbc;

    FollowUpLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Schema(description = "A follow-up sent to a lead, and why")
    public record SentFollowUp(
            long id,

            @Schema(description = "phone, or the WhatsApp LID of a customer known only by one")
            String customer,

            String name,
            Instant sendAt,
            @Schema(description = "new_stock | quiet_lead") String reason,

            @Schema(description = "the car that arrived, for new_stock")
            String vehicle,

            @Schema(description = "since when the lead was quiet, for quiet_lead")
            Instant quietSince,

            String message,

            @Schema(description = "the message's delivery state: pending | sent | failed | recorded")
            String state) {}

    /** The latest follow-ups, newest first. */
    public List<SentFollowUp> recent(TenantId tenant, int limit) {
        return jdbc.sql("""
                select f.id, coalesce(l.customer_phone, l.customer_identity) as phone, l.name, f.send_at, f.reason,
                       f.vehicle_title, f.quiet_since, m.content, m.state
                  from follow_up f join sales_lead l on l.id = f.lead_id join message m on m.id = f.message_id
                 where f.tenant_id = ? order by f.id desc limit ?""")
                .params(tenant.value(), limit)
                .query((rs, n) -> new SentFollowUp(
                        rs.getLong("id"),
                        rs.getString("phone"),
                        rs.getString("name"),
                        Timestamps.read(rs, "send_at"),
                        rs.getString("reason"),
                        rs.getString("vehicle_title"),
                        Timestamps.read(rs, "quiet_since"),
                        rs.getString("content"),
                        rs.getString("state")))
                .list();
    }
}
