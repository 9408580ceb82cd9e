package com.showroomassistant.dashboard;

import com.showroomassistant.management.ShowroomFigures;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The analytics page's figures, read straight from conversations, messages and leads. Small read-only
 * queries of the dashboard's own, so the page does not wait for the management API's stats.
 */
@Component
class ShowroomNumbers {

    static final List<String> FUNNEL = List.of("new", "qualified", "test_drive", "negotiation", "won", "lost");
    private final JdbcClient jdbc;

    private final ShowroomFigures figures;

    ShowroomNumbers(JdbcClient jdbc, ShowroomFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    record Day(LocalDate day, long inbound, long outbound) {}

    record Count(String label, long count) {}

    record Escalation(long conversations, long escalated) {
        public double rate() {
            return conversations == 0 ? 0 : (double) escalated / conversations;
        }
    }

    /**
     * Messages per day of the showroom's calendar. SQL returns hours, not dates: a cast to date happens in the
     * database session's time zone, which put a Jakarta evening's messages on the next day. Exact for zones
     * whole hours from UTC (all of Indonesia's).
     */
    List<Day> messagesPerDay(TenantId tenant, LocalDate from, LocalDate to, ZoneId zone) {
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        jdbc.sql("""
                select date_trunc('hour', created_at) as h, direction, count(*) as n from message
                 where tenant_id = ? and conversation_id is not null and created_at >= ? and created_at < ?
                 group by date_trunc('hour', created_at), direction""")
                .params(
                        tenant.value(),
                        Timestamps.db(from.atStartOfDay(zone).toInstant()),
                        Timestamps.db(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    long[] counts = days.get(LocalDate.ofInstant(Timestamps.read(rs, "h"), zone));
                    if (counts != null) {
                        counts["inbound".equals(rs.getString("direction")) ? 0 : 1] += rs.getLong("n");
                    }
                });
        List<Day> result = new ArrayList<>();
        days.forEach((d, c) -> result.add(new Day(d, c[0], c[1])));
        return result;
    }

    List<Count> intents(TenantId tenant, Instant since) {
        return jdbc.sql("""
                select intent, count(*) from message
                 where tenant_id = ? and direction = 'inbound' and intent is not null and created_at >= ?
                 group by intent order by count(*) desc, intent""")
                .params(tenant.value(), Timestamps.db(since))
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** Customer conversations of the period, and how many needed a person: the shared definition (ShowroomFigures). */
    Escalation escalation(TenantId tenant, Instant since) {
        var f = figures.since(tenant, since);
        return new Escalation(f.conversations(), f.escalatedConversations());
    }

    /** Median time from a conversation's first customer message to the first message back to that customer. */
    Duration medianFirstResponse(TenantId tenant, Instant since) {
        List<Duration> waits = new ArrayList<>();
        jdbc.sql("""
                select (select min(m.created_at) from message m where m.conversation_id = c.id
                          and m.direction = 'inbound') as asked,
                       (select min(m.created_at) from message m where m.conversation_id = c.id
                          and m.direction = 'outbound' and m.recipient = c.customer_identity
                          and m.sender_type <> 'followup') as answered
                  from conversation c where c.tenant_id = ? and not c.is_staff and c.created_at >= ?""").params(tenant.value(), Timestamps.db(since)).query(rs -> {
            Instant asked = Timestamps.read(rs, "asked");
            Instant answered = Timestamps.read(rs, "answered");
            if (asked != null && answered != null && !answered.isBefore(asked)) {
                waits.add(Duration.between(asked, answered));
            }
        });
        if (waits.isEmpty()) {
            return null;
        }
        waits.sort(null);
        return waits.get(waits.size() / 2);
    }

    List<Count> funnel(TenantId tenant) {
        Map<String, Long> byStage = new LinkedHashMap<>();
        FUNNEL.forEach(s -> byStage.put(s, 0L));
        jdbc.sql("select stage, count(*) from sales_lead where tenant_id = ? group by stage")
                .param(tenant.value())
                .query(rs -> {
                    byStage.put(rs.getString(1), rs.getLong(2));
                });
        return byStage.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
    }
}
