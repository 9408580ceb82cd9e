package com.showroomassistant.staff.command;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** /stats [today|week|month]: the showroom's numbers since the start of the period, in its own timezone. */
@Component
class StatsReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("id-ID"));
    private final JdbcClient jdbc;
    private final Clock clock;

    StatsReport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String run(Sender s, Command.Stats c) {
        ZoneId zone = ZoneId.of(s.config().timezone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = switch (c.period()) {
            case TODAY -> today;
            case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> today.withDayOfMonth(1);
        };
        Instant since = first.atStartOfDay(zone).toInstant();
        TenantId t = s.tenant();
        OffsetDateTime from = Timestamps.db(since);
        long conversations = count("""
                select count(distinct m.conversation_id) from message m join conversation c on c.id = m.conversation_id
                 where m.tenant_id = ? and c.tenant_id = ? and not c.is_staff and m.direction = 'inbound'
                   and m.state <> 'ignored' and m.created_at >= ?""", t.value(), t.value(), from);
        long newConversations = count(
                "select count(*) from conversation where tenant_id = ? and not is_staff and created_at >= ?", t.value(), from);
        long messages = count("""
                select count(*) from message m join conversation c on c.id = m.conversation_id
                 where m.tenant_id = ? and c.tenant_id = ? and not c.is_staff and m.direction = 'inbound'
                   and m.state <> 'ignored' and m.created_at >= ?""", t.value(), t.value(), from);
        long aiReplies = count("""
                select count(*) from message where tenant_id = ? and direction = 'outbound' and sender_type = 'ai'
                   and content is not null and created_at >= ?""", t.value(), from);
        // an escalation notifies every active staff phone once, all notices replying to the same customer message
        long escalations = count("""
                select count(distinct reply_to_id) from message where tenant_id = ? and direction = 'outbound'
                   and sender_type = 'system' and conversation_id is null and created_at >= ?""", t.value(), from);
        long waiting = count("select count(*) from conversation where tenant_id = ? and status = 'escalated'", t.value());
        long leads = count("select count(*) from sales_lead where tenant_id = ? and created_at >= ?", t.value(), from);
        long won = count("select count(*) from sales_lead where tenant_id = ? and stage = 'won' and updated_at >= ?",
                t.value(), from);
        Map<String, Long> vehicles = jdbc.sql("select status, count(*) from vehicle where tenant_id = ? group by status")
                .param(t.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String period = switch (c.period()) {
            case TODAY -> "hari ini (" + DAY.format(today) + ")";
            case WEEK -> "minggu ini (sejak " + DAY.format(first) + ")";
            case MONTH -> "bulan ini (sejak " + DAY.format(first) + ")";
        };
        return "📊 Statistik " + period + "\n"
                + "Percakapan: " + conversations + " (baru " + newConversations + ")\n"
                + "Pesan pelanggan: " + messages + "\n"
                + "Balasan AI: " + aiReplies + "\n"
                + "Eskalasi: " + escalations + " (menunggu staff sekarang: " + waiting + ")\n"
                + "Leads baru: " + leads + " · won: " + won + "\n"
                + "Mobil: " + vehicles.getOrDefault("available", 0L) + " tersedia · " + vehicles.getOrDefault("booked", 0L)
                + " booked · " + vehicles.getOrDefault("sold", 0L) + " terjual";
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
