package com.showroomassistant.dashboard;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only lists of leads and test drives for the dashboard. The management API's own endpoints are built
 * elsewhere; these few queries keep the page independent of them.
 */
@Component
class SalesReads {

    private final JdbcClient jdbc;

    SalesReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Lead(
            long id,
            String customerPhone,
            String name,
            String vehiclesOfInterest,
            Long budget,
            String preferredDate,
            String stage,
            String source,
            Instant updatedAt) {}

    List<Lead> leads(TenantId tenant) {
        return jdbc.sql("""
                select id, coalesce(customer_phone, customer_identity) as phone, name, vehicles_of_interest, budget,
                       preferred_date, stage, source, updated_at
                  from sales_lead where tenant_id = ? order by updated_at desc, id desc limit 200""")
                .param(tenant.value())
                .query((rs, n) -> new Lead(
                        rs.getLong("id"),
                        rs.getString("phone"),
                        rs.getString("name"),
                        rs.getString("vehicles_of_interest"),
                        (Long) rs.getObject("budget", Long.class),
                        rs.getString("preferred_date"),
                        rs.getString("stage"),
                        rs.getString("source"),
                        Timestamps.read(rs, "updated_at")))
                .list();
    }

    /** A follow-up as the Leads page shows it: to whom, when it goes or went out, why, what it said, and how it went. */
    record FollowUp(
            long id,
            String customer,
            String name,
            Instant sendAt,
            String reason,
            String vehicle,
            Instant quietSince,
            String message,
            String state) {}

    /** The latest follow-ups (CONTRACT 9.3), newest first. */
    List<FollowUp> followUps(TenantId tenant) {
        return jdbc.sql("""
                select f.id, coalesce(l.customer_phone, l.customer_identity) as phone, l.name, f.send_at, f.reason,
                       f.vehicle_title, f.quiet_since, m.content, m.state
                  from follow_up f join sales_lead l on l.id = f.lead_id join message m on m.id = f.message_id
                 where f.tenant_id = ? order by f.id desc limit 100""")
                .param(tenant.value())
                .query((rs, n) -> new FollowUp(
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
