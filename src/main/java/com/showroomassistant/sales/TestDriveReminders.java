package com.showroomassistant.sales;

import com.showroomassistant.conversation.Outbox;
import com.showroomassistant.conversation.RepliesQueued;
import com.showroomassistant.shared.Timestamps;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each booking's reminder the day before, exactly once: the reminder is claimed by a conditional
 * update and queued in the same transaction, so a restart or a second instance cannot send it twice.
 */
@Component
class TestDriveReminders {

    private static final Logger log = LoggerFactory.getLogger(TestDriveReminders.class);
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TestDriveReminders(
            JdbcClient jdbc, Outbox outbox, TransactionTemplate tx, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.events = events;
    }

    record Due(
            long id,
            long conversationId,
            java.time.Instant startsAt,
            String timezone,
            String vehicle,
            String showroom) {}

    @Scheduled(
            fixedDelayString = "${showroom.reminders.interval:30s}",
            initialDelayString = "${showroom.reminders.initial-delay:5s}")
    void sendDue() {
        try {
            var now = Timestamps.db(clock.instant());
            List<Due> due = jdbc.sql("""
                    select d.id, d.conversation_id, d.scheduled_at, c.timezone,
                           v.make || ' ' || v.model as vehicle, t.name as showroom
                      from test_drive d join ai_config c on c.tenant_id = d.tenant_id join tenant t on t.id = d.tenant_id
                      join conversation cv on cv.id = d.conversation_id
                      left join vehicle v on v.id = d.vehicle_id
                     where d.status = 'confirmed' and d.reminder_sent_at is null and d.reminder_due_at <= ?
                       and d.scheduled_at > ? and not cv.opted_out
                     order by d.reminder_due_at limit 100""")
                    .params(now, now)
                    .query((rs, n) -> new Due(
                            rs.getLong(1),
                            rs.getLong(2),
                            Timestamps.read(rs, "scheduled_at"),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)))
                    .list();
            int sent = 0;
            for (Due d : due) {
                Boolean claimed = tx.execute(status -> {
                    int won = jdbc.sql(
                                    "update test_drive set reminder_sent_at = ? where id = ? and reminder_sent_at is null")
                            .params(now, d.id())
                            .update();
                    if (won == 1) {
                        outbox.reminder(d.conversationId(), text(d));
                    }
                    return won == 1;
                });
                sent += Boolean.TRUE.equals(claimed) ? 1 : 0;
            }
            if (sent > 0) {
                events.publishEvent(new RepliesQueued());
            }
        } catch (RuntimeException e) {
            log.warn("reminder pass failed: {}", e.toString());
        }
    }

    private static String text(Due d) {
        var at = d.startsAt().atZone(ZoneId.of(d.timezone()));
        return "⏰ Pengingat: besok " + Bookings.describe(at) + " jadwal "
                + (d.vehicle() == null ? "kunjungan" : "lihat / test drive " + d.vehicle()) + " di " + d.showroom()
                + ". Sampai jumpa, kak! Balas BATAL jika berhalangan.";
    }
}
