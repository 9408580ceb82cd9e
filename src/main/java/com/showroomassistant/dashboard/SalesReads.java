package com.showroomassistant.dashboard;

import com.showroomassistant.conversation.Assignment;
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
            Instant updatedAt,
            String ownerName) {}

    List<Lead> leads(TenantId tenant) {
        return jdbc.sql("""
                select id, coalesce(customer_phone, customer_identity) as phone, name, vehicles_of_interest, budget,
                       preferred_date, stage, source, updated_at, %s as owner_name
                  from sales_lead l where tenant_id = ? order by updated_at desc, id desc limit 200""".formatted(Assignment.CUSTOMER_OWNER_NAME.formatted("l")))
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
                        Timestamps.read(rs, "updated_at"),
                        rs.getString("owner_name")))
                .list();
    }
}
