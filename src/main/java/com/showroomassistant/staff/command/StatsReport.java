package com.showroomassistant.staff.command;

import com.showroomassistant.management.ShowroomFigures;
import com.showroomassistant.shared.TenantId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
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

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("id-ID"));
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ShowroomFigures figures;

    StatsReport(JdbcClient jdbc, Clock clock, ShowroomFigures figures) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.figures = figures;
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
        var f = figures.since(t, since);
        Map<String, Long> vehicles = jdbc
                .sql("select status, count(*) from vehicle where tenant_id = ? group by status")
                .param(t.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String period = switch (c.period()) {
            case TODAY -> "hari ini (" + DAY.format(today) + ")";
            case WEEK -> "minggu ini (sejak " + DAY.format(first) + ")";
            case MONTH -> "bulan ini (sejak " + DAY.format(first) + ")";
        };
        return "📊 Statistik " + period + "\n"
                + "Percakapan: " + f.conversations() + " (baru " + f.newConversations() + ", ditutup "
                + f.closedConversations() + ")\n"
                + "Pesan pelanggan: " + f.customerMessages() + "\n"
                + "Balasan AI: " + f.aiReplies() + "\n"
                + "Eskalasi: " + f.escalations() + " (menunggu staff sekarang: " + f.waitingNow() + ")\n"
                + "Leads baru: " + f.newLeads() + " · won: " + f.wonLeads() + "\n"
                + "Mobil: " + vehicles.getOrDefault("available", 0L) + " tersedia · "
                + vehicles.getOrDefault("booked", 0L)
                + " booked · " + vehicles.getOrDefault("sold", 0L) + " terjual"
                + perSalesperson(t, since);
    }

    /** In a team, each salesperson's line: leads, replies, test drives, won. A lone staff member reads as before. */
    private String perSalesperson(TenantId t, Instant since) {
        var people = figures.bySalesperson(t, since);
        if (people.size() < 2) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\n👥 Per sales (leads · balasan · test drive · won)");
        for (var p : people) {
            text.append("\n")
                    .append(p.label())
                    .append(": ")
                    .append(p.leads())
                    .append(" · ")
                    .append(p.replies())
                    .append(" · ")
                    .append(p.testDrives())
                    .append(" · ")
                    .append(p.wonLeads());
        }
        return text.toString();
    }
}
