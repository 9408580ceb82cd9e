package com.showroomassistant.sales;

import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A tenant's leads; every query carries the tenant id. */
@Component
public class Leads {

    private static final RowMapper<Lead> ROW = (rs, n) -> new Lead(
            rs.getLong("id"),
            rs.getString("customer_phone"),
            rs.getString("name"),
            rs.getString("vehicles_of_interest"),
            (Long) rs.getObject("budget", Long.class),
            rs.getString("preferred_date"),
            rs.getString("source"),
            rs.getString("stage"),
            rs.getString("notes"),
            Timestamps.read(rs, "created_at"),
            Timestamps.read(rs, "updated_at"));

    private static final String FILTER = """
             where tenant_id = :tenant
               and (cast(:stage as varchar) is null or stage = :stage)
               and (cast(:q as varchar) is null or coalesce(customer_phone, '') like :q or lower(coalesce(name, '')) like :q)""";

    private final JdbcClient jdbc;

    Leads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<Lead> list(TenantId tenant, String stage, String q, int page, int size) {
        String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        String stageOrNull = stage == null || stage.isBlank() ? null : stage;
        long total = jdbc.sql("select count(*) from sales_lead " + FILTER)
                .param("tenant", tenant.value())
                .param("stage", stageOrNull)
                .param("q", like)
                .query(Long.class)
                .single();
        List<Lead> items = jdbc.sql("select * from sales_lead " + FILTER + " order by updated_at desc, id desc limit :limit offset :offset")
                .param("tenant", tenant.value())
                .param("stage", stageOrNull)
                .param("q", like)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ROW)
                .list();
        return new Page<>(items, page, size, total);
    }

    public Lead get(TenantId tenant, long id) {
        return jdbc.sql("select * from sales_lead where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query(ROW)
                .optional()
                .orElseThrow(() -> new NotFoundException("lead " + id));
    }

    /** Moves the lead to a stage; notes, when given, replace the old ones. */
    public Lead move(TenantId tenant, long id, String stage, String notes) {
        int changed = jdbc.sql("""
                update sales_lead set stage = ?, notes = coalesce(?, notes), updated_at = current_timestamp
                 where tenant_id = ? and id = ?""")
                .params(stage, notes, tenant.value(), id)
                .update();
        if (changed == 0) {
            throw new NotFoundException("lead " + id);
        }
        return get(tenant, id);
    }
}
