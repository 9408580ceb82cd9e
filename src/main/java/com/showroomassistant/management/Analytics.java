package com.showroomassistant.management;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.AiConfigs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers over a date range in the tenant's timezone. Days are bucketed in Java rather than SQL because
 * H2 and PostgreSQL disagree on time zone functions; the rows are narrow and the range is bounded.
 */
@Component
class Analytics {

    /** A reply to a customer may come after the range ends; this long is looked past its end for it. */
    private static final Duration REPLY_HORIZON = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final AiConfigs configs;
    private final ShowroomFigures figures;

    Analytics(JdbcClient jdbc, AiConfigs configs, ShowroomFigures figures) {
        this.jdbc = jdbc;
        this.configs = configs;
        this.figures = figures;
    }

    record Row(
            long conversationId, String direction, String senderType, boolean toCustomer, String intent, Instant at) {}

    AnalyticsReport report(TenantId tenant, LocalDate from, LocalDate to) {
        ZoneId zone = configs.of(tenant).zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();

        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        Map<String, Long> intents = new HashMap<>();
        long outbound = 0;
        List<Long> waits = new ArrayList<>();
        Map<Long, Instant> waitingSince = new HashMap<>();
        for (Row m : messages(tenant, start, end.plus(REPLY_HORIZON))) {
            boolean inRange = m.at().isBefore(end);
            if ("inbound".equals(m.direction())) {
                if (inRange) {
                    days.get(LocalDate.ofInstant(m.at(), zone))[0]++;
                    if (m.intent() != null) {
                        intents.merge(m.intent(), 1L, Long::sum);
                    }
                    waitingSince.putIfAbsent(m.conversationId(), m.at());
                }
                continue;
            }
            if (inRange) {
                outbound++;
                days.get(LocalDate.ofInstant(m.at(), zone))[1]++;
            }
            Instant waiting = m.toCustomer() ? waitingSince.remove(m.conversationId()) : null;
            if (waiting != null) {
                waits.add(Duration.between(waiting, m.at()).toMillis());
            }
        }
        // the counts every surface shows come from the one read model; this report adds days, intents and waits
        ShowroomFigures.Figures f = figures.of(tenant, start, end);
        Map<String, Long> leads = Statistics.zeroFilled(Statistics.LEAD_STAGES, leadsByStage(tenant, start, end));
        var totals = new AnalyticsReport.Totals(
                f.newConversations(),
                f.conversations(),
                f.customerMessages(),
                outbound,
                f.aiReplies(),
                f.replies(),
                f.escalations(),
                f.resolvedEscalations(),
                waits.size(),
                leads.values().stream().mapToLong(Long::longValue).sum(),
                f.closedConversations());
        return new AnalyticsReport(
                from,
                to,
                zone.getId(),
                totals,
                days.entrySet().stream()
                        .map(e -> new AnalyticsReport.Day(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList(),
                byFrequency(intents),
                rate(f.aiReplies(), f.replies()),
                rate(f.escalatedConversations(), f.conversations()),
                rate(f.resolvedEscalations(), f.escalations()),
                medianSeconds(waits),
                leads);
    }

    private List<Row> messages(TenantId tenant, Instant start, Instant end) {
        return jdbc.sql("""
                select m.conversation_id, m.direction, m.sender_type, m.intent, m.created_at,
                       case when m.recipient = c.customer_identity and m.sender_type <> 'followup' then true
                            else false end as to_customer
                  from message m join conversation c on c.id = m.conversation_id and c.tenant_id = m.tenant_id
                 where m.tenant_id = ? and m.created_at >= ? and m.created_at < ?
                   and (m.direction = 'inbound' and m.sender_type = 'customer' and m.state <> 'ignored'
                        or m.direction = 'outbound' and m.state in ('sent', 'recorded'))
                 order by m.created_at, m.id""")
                .params(tenant.value(), Timestamps.db(start), Timestamps.db(end))
                .query((rs, n) -> new Row(
                        rs.getLong("conversation_id"),
                        rs.getString("direction"),
                        rs.getString("sender_type"),
                        rs.getBoolean("to_customer"),
                        rs.getString("intent"),
                        Timestamps.read(rs, "created_at")))
                .list();
    }

    private Map<String, Long> leadsByStage(TenantId tenant, Instant start, Instant end) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(
                        "select stage, count(*) from sales_lead where tenant_id = ? and created_at >= ? and created_at < ? group by stage")
                .params(tenant.value(), Timestamps.db(start), Timestamps.db(end))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static Map<String, Long> byFrequency(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        new TreeMap<>(counts)
                .entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static Double rate(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part)
                        .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                        .doubleValue();
    }

    static Double medianSeconds(List<Long> millis) {
        if (millis.isEmpty()) {
            return null;
        }
        List<Long> sorted = millis.stream().sorted().toList();
        int mid = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
        return median / 1000.0;
    }
}
