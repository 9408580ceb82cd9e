package com.showroomassistant.alerts;

import com.showroomassistant.management.ShowroomFigures;
import com.showroomassistant.sales.TestDrive;
import com.showroomassistant.sales.TestDrives;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.AiConfigs;
import com.showroomassistant.tenant.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The opt-in daily summary: from the owner's hour on, in the showroom's time zone, yesterday's conversations, new
 * leads and escalations, the customers still waiting for staff and today's test drives, by WhatsApp and e-mail. Once a
 * day per showroom on every instance: the key of {@code owner_daily_summary} (tenant, day) is the claim. A showroom
 * whose hour passed while no instance ran gets it when one starts, the same day.
 */
@Component
class DailySummaries {

    private static final Logger log = LoggerFactory.getLogger(DailySummaries.class);
    private static final int LISTED_TEST_DRIVES = 10;

    private final Tenants tenants;
    private final AiConfigs configs;
    private final ShowroomFigures figures;
    private final TestDrives testDrives;
    private final Owner owner;
    private final OwnerChannels channels;
    private final JdbcClient jdbc;
    private final Clock clock;

    DailySummaries(
            Tenants tenants,
            AiConfigs configs,
            ShowroomFigures figures,
            TestDrives testDrives,
            Owner owner,
            OwnerChannels channels,
            JdbcClient jdbc,
            Clock clock) {
        this.tenants = tenants;
        this.configs = configs;
        this.figures = figures;
        this.testDrives = testDrives;
        this.owner = owner;
        this.channels = channels;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${showroom.alerts.summary-interval:60s}",
            initialDelayString = "${showroom.alerts.summary-interval:60s}")
    void scheduled() {
        sendDue(clock.instant());
    }

    /** Sends the summaries due at {@code now}; how many this instance sent. */
    int sendDue(Instant now) {
        int sent = 0;
        for (var t : tenants.list()) {
            TenantId tenant = new TenantId(t.id());
            try {
                sent += send(tenant, t.name(), now) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("daily summary of tenant {} failed: {}", tenant.value(), e.toString());
            }
        }
        return sent;
    }

    private boolean send(TenantId tenant, String showroom, Instant now) {
        AiConfig config = configs.of(tenant);
        Integer hour = config.ownerAlertsOrDefaults().dailySummaryHour();
        ZoneId zone = config.zone();
        ZonedDateTime local = now.atZone(zone);
        if (hour == null || local.getHour() < hour) {
            return false;
        }
        LocalDate yesterday = local.toLocalDate().minusDays(1);
        if (sent(tenant, yesterday)) {
            return false;
        }
        var message = text(tenant, AlertTexts.in(zone, showroom), yesterday, now);
        return channels.tellIf(
                tenant,
                owner.of(tenant, config.ownerAlertsOrDefaults()),
                () -> claim(tenant, yesterday, now) ? Optional.of(message) : Optional.empty());
    }

    private OwnerChannels.Message text(TenantId tenant, AlertTexts.ZoneAware texts, LocalDate day, Instant now) {
        ZoneId zone = texts.zone();
        var f = figures.of(
                tenant,
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        LocalDate today = day.plusDays(1);
        List<TestDrive> drives =
                testDrives
                        .upcoming(tenant, today.atStartOfDay(zone).toInstant().minusSeconds(1), LISTED_TEST_DRIVES * 5)
                        .stream()
                        .filter(d -> LocalDate.ofInstant(d.scheduledAt(), zone).equals(today))
                        .toList();
        var text = new StringBuilder("📊 Ringkasan harian " + texts.showroom() + "\n" + texts.day(day) + "\n")
                .append("\nPercakapan: ")
                .append(f.conversations())
                .append(" (baru ")
                .append(f.newConversations())
                .append(")")
                .append("\nLead baru: ")
                .append(f.newLeads())
                .append("\nEskalasi ke staff: ")
                .append(f.escalations())
                .append("\nMasih menunggu staff sekarang: ")
                .append(f.waitingNow())
                .append("\nTest drive hari ini: ")
                .append(drives.size());
        drives.stream()
                .limit(LISTED_TEST_DRIVES)
                .forEach(d -> text.append("\n• ")
                        .append(texts.time(d.scheduledAt()))
                        .append(d.vehicle() == null ? "" : " " + d.vehicle())
                        .append(d.customerName() == null ? "" : " — " + d.customerName()));
        return new OwnerChannels.Message(
                text.toString(), "📊 Ringkasan harian " + texts.showroom() + ", " + texts.day(day), text.toString());
    }

    private boolean sent(TenantId tenant, LocalDate day) {
        return jdbc.sql("select count(*) from owner_daily_summary where tenant_id = ? and summary_day = ?")
                        .params(tenant.value(), day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean claim(TenantId tenant, LocalDate day, Instant now) {
        try {
            return jdbc.sql("""
                            insert into owner_daily_summary (tenant_id, summary_day, sent_at) values (?, ?, ?)
                            on conflict do nothing""").params(tenant.value(), day, Timestamps.db(now)).update() == 1;
        } catch (DuplicateKeyException raced) {
            return false; // H2 reports a concurrent insert; PostgreSQL does nothing
        }
    }
}
