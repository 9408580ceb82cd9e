package com.showroomassistant.management;

import com.showroomassistant.shared.TenantId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** All-time totals, straight from the tables the other modules write; every query filtered by tenant. */
@Component
class Statistics {

    static final List<String> LEAD_STAGES = List.of("new", "qualified", "test_drive", "negotiation", "won", "lost");
    private final JdbcClient jdbc;
    private final ShowroomFigures figures;

    Statistics(JdbcClient jdbc, ShowroomFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    Stats of(TenantId tenant) {
        Map<String, Long> conversations =
                countBy("select status, count(*) from conversation where tenant_id = ? group by status", tenant);
        Map<String, Long> messages = countBy("""
                select direction, count(*) from message
                 where tenant_id = ? and conversation_id is not null
                   and (direction = 'inbound' and state <> 'ignored' or direction = 'outbound' and state in ('sent', 'recorded'))
                 group by direction""", tenant);
        // AI replies and escalations as every other surface counts them (ShowroomFigures), over all time
        var allTime = figures.since(tenant, java.time.Instant.EPOCH);
        Map<String, Long> events =
                countBy("select kind, count(*) from conversation_event where tenant_id = ? group by kind", tenant);
        Map<String, Long> leads = zeroFilled(
                LEAD_STAGES,
                countBy("select stage, count(*) from sales_lead where tenant_id = ? group by stage", tenant));
        Map<String, Long> vehicles =
                countBy("select status, count(*) from vehicle where tenant_id = ? group by status", tenant);
        return new Stats(
                new Stats.ConversationCounts(
                        sum(conversations),
                        get(conversations, "active"),
                        get(conversations, "escalated"),
                        get(conversations, "closed")),
                new Stats.MessageCounts(get(messages, "inbound"), get(messages, "outbound")),
                allTime.aiReplies(),
                allTime.escalations(),
                get(events, "resolved"),
                new Stats.LeadCounts(sum(leads), leads),
                new Stats.VehicleCounts(
                        sum(vehicles), get(vehicles, "available"), get(vehicles, "booked"), get(vehicles, "sold")));
    }

    static Map<String, Long> zeroFilled(List<String> keys, Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        keys.forEach(k -> all.put(k, get(counts, k)));
        return all;
    }

    private Map<String, Long> countBy(String sql, TenantId tenant) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).param(tenant.value()).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private static long get(Map<String, Long> counts, String key) {
        return counts.getOrDefault(key, 0L);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
