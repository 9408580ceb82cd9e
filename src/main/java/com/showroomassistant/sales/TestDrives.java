package com.showroomassistant.sales;

import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A tenant's test drives, soonest first; every query carries the tenant id. */
@Component
public class TestDrives {

    private static final RowMapper<TestDrive> ROW = (rs, n) -> new TestDrive(
            rs.getLong("id"),
            (Long) rs.getObject("lead_id", Long.class),
            (Long) rs.getObject("vehicle_id", Long.class),
            title(rs.getString("make"), rs.getString("model"), (Integer) rs.getObject("model_year", Integer.class)),
            rs.getString("customer_phone"),
            rs.getString("customer_name"),
            Timestamps.read(rs, "scheduled_at"),
            rs.getString("status"),
            rs.getString("notes"),
            Timestamps.read(rs, "created_at"));

    private static final String FROM = """
             from test_drive t left join vehicle v on v.id = t.vehicle_id and v.tenant_id = t.tenant_id
            where t.tenant_id = :tenant and (cast(:status as varchar) is null or t.status = :status)""";

    private final JdbcClient jdbc;

    TestDrives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<TestDrive> list(TenantId tenant, String status, int page, int size) {
        String statusOrNull = status == null || status.isBlank() ? null : status;
        long total = jdbc.sql("select count(*) " + FROM)
                .param("tenant", tenant.value())
                .param("status", statusOrNull)
                .query(Long.class)
                .single();
        List<TestDrive> items = jdbc.sql("select t.*, v.make, v.model, v.model_year " + FROM
                        + " order by t.scheduled_at, t.id limit :limit offset :offset")
                .param("tenant", tenant.value())
                .param("status", statusOrNull)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ROW)
                .list();
        return new Page<>(items, page, size, total);
    }

    /** The coming test drives that still hold their slot, soonest first. */
    public List<TestDrive> upcoming(TenantId tenant, java.time.Instant now, int limit) {
        return jdbc.sql("select t.*, v.make, v.model, v.model_year " + FROM
                        + " and t.status in ('requested', 'confirmed') and t.scheduled_at > :now order by t.scheduled_at, t.id"
                        + " limit :limit")
                .param("tenant", tenant.value())
                .param("status", (String) null)
                .param("now", Timestamps.db(now))
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    public TestDrive get(TenantId tenant, long id) {
        return jdbc.sql("select t.*, v.make, v.model, v.model_year " + FROM + " and t.id = :id")
                .param("tenant", tenant.value())
                .param("status", (String) null)
                .param("id", id)
                .query(ROW)
                .optional()
                .orElseThrow(() -> new com.showroomassistant.shared.NotFoundException("test drive " + id));
    }

    private static String title(String make, String model, Integer year) {
        return make == null ? null : make + " " + model + (year == null ? "" : " " + year);
    }
}
