package com.showroomassistant.sales;

import com.showroomassistant.conversation.Outbox;
import com.showroomassistant.conversation.RepliesQueued;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.AiConfigs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff manage a test drive after it was booked (CONTRACT 9.6): confirm, complete, mark a no-show, cancel or move it,
 * from the API, the dashboard or WhatsApp. A move claims a lane of the new slot under the same unique keys as a
 * booking (capacity, one booking per car and slot); the customer is told of a move, a cancellation or a confirmation.
 */
@Component
public class TestDriveChanges {

    static final Set<String> STATUSES = Set.of("confirmed", "completed", "no_show", "cancelled");
    private static final Set<String> OPEN = Set.of("requested", "confirmed");
    private static final Set<String> HAPPENED = Set.of("completed", "no_show");

    private final JdbcClient jdbc;
    private final AiConfigs configs;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final TestDrives testDrives;
    private final Clock clock;

    TestDriveChanges(
            JdbcClient jdbc,
            AiConfigs configs,
            Outbox outbox,
            ApplicationEventPublisher events,
            TestDrives testDrives,
            Clock clock) {
        this.jdbc = jdbc;
        this.configs = configs;
        this.outbox = outbox;
        this.events = events;
        this.testDrives = testDrives;
        this.clock = clock;
    }

    private record Current(
            long id, String status, Instant scheduledAt, Long vehicleId, Long conversationId, String vehicle) {}

    /**
     * Applies a new status and/or time. A finished test drive (completed, no-show, cancelled) does not move; completed
     * and no-show may still be swapped to correct a mistake.
     */
    @Transactional
    public TestDrive change(TenantId tenant, long id, String status, Instant scheduledAt) {
        if (status == null && scheduledAt == null) {
            throw new InvalidFieldException("status", "give a status, a scheduledAt, or both");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidFieldException("status", "must be confirmed, completed, no_show or cancelled");
        }
        Current now = current(tenant, id);
        boolean correction = status != null && HAPPENED.contains(now.status()) && HAPPENED.contains(status);
        if (!OPEN.contains(now.status()) && !correction && !now.status().equals(status)) {
            throw new ConflictException("test drive " + id + " is already " + now.status());
        }
        AiConfig config = configs.of(tenant);
        if (scheduledAt != null) {
            if (status != null && !status.equals("confirmed")) {
                throw new InvalidFieldException(
                        "scheduledAt", "a new time is only given with status confirmed, or alone");
            }
            if (!scheduledAt.isAfter(clock.instant())) {
                throw new InvalidFieldException("scheduledAt", "must be in the future");
            }
            move(tenant, now, scheduledAt, config);
            tell(
                    now,
                    "Kak, jadwal " + what(now) + " kami pindahkan ke "
                            + Bookings.describe(scheduledAt.atZone(config.zone()))
                            + ". Kami kirim pengingat sehari sebelumnya. Balas BATAL jika berhalangan.");
        } else if (!status.equals(now.status())) {
            setStatus(now, status);
            String when = now.scheduledAt() == null
                    ? ""
                    : " pada " + Bookings.describe(now.scheduledAt().atZone(config.zone()));
            if (status.equals("cancelled")) {
                tell(
                        now,
                        "Mohon maaf kak, jadwal " + what(now) + when + " dibatalkan oleh showroom. Balas pesan ini bila"
                                + " ingin mengatur jadwal baru.");
            } else if (status.equals("confirmed")) {
                tell(now, "Kak, jadwal " + what(now) + when + " sudah kami konfirmasi. ✅ Sampai jumpa di showroom.");
            }
        }
        return testDrives.get(tenant, id);
    }

    private Current current(TenantId tenant, long id) {
        String vehicle = testDrives.get(tenant, id).vehicle(); // not found: 404
        return jdbc.sql("""
                select id, status, scheduled_at, vehicle_id, conversation_id from test_drive
                 where tenant_id = ? and id = ? for update""")
                .params(tenant.value(), id)
                .query((rs, n) -> new Current(
                        rs.getLong("id"),
                        rs.getString("status"),
                        Timestamps.read(rs, "scheduled_at"),
                        (Long) rs.getObject("vehicle_id", Long.class),
                        (Long) rs.getObject("conversation_id", Long.class),
                        vehicle))
                .single();
    }

    /** Claims the first free lane of the new slot; the car may not be booked twice in it. */
    private void move(TenantId tenant, Current td, Instant starts, AiConfig config) {
        ZonedDateTime at = starts.atZone(config.zone());
        Instant reminder = TestDriveSlot.reminderDue(starts, clock.instant());
        boolean moved = TestDriveSlot.claimFirstFreeLane(
                config.capacity(),
                lane -> jdbc.sql("""
                    update test_drive set scheduled_at = ?, ends_at = ?, lane = ?, vehicle_lock = ?, status = 'confirmed',
                           reminder_due_at = ?, reminder_sent_at = null, updated_at = current_timestamp
                     where id = ?
                       and not exists (select 1 from test_drive o where o.tenant_id = ? and o.scheduled_at = ?
                                          and o.lane = ? and o.id <> ?)
                       and (vehicle_id is null or not exists (select 1 from test_drive c where c.vehicle_id = ?
                                          and c.scheduled_at = ? and c.vehicle_lock is not null and c.id <> ?))""")
                                .params(
                                        Timestamps.db(starts),
                                        Timestamps.db(at.plusMinutes(config.slotMinutes())
                                                .toInstant()),
                                        lane,
                                        td.vehicleId() == null ? null : 1,
                                        Timestamps.db(reminder),
                                        td.id(),
                                        tenant.value(),
                                        Timestamps.db(starts),
                                        lane,
                                        td.id(),
                                        td.vehicleId(),
                                        Timestamps.db(starts),
                                        td.id())
                                .update()
                        == 1);
        if (!moved) {
            throw new ConflictException("no free test-drive slot at " + Bookings.describe(at)
                    + (td.vehicleId() == null ? "" : " (or the car is already booked then)"));
        }
    }

    private void setStatus(Current td, String status) {
        boolean frees = !status.equals("confirmed"); // a finished or cancelled test drive no longer holds its slot
        jdbc.sql("""
                update test_drive set status = ?, updated_at = current_timestamp,
                       lane = case when ? then null else lane end,
                       vehicle_lock = case when ? then null else vehicle_lock end,
                       reminder_due_at = case when ? = 'cancelled' then null else reminder_due_at end
                 where id = ?""").params(status, frees, frees, status, td.id()).update();
    }

    private void tell(Current td, String text) {
        if (td.conversationId() != null) {
            outbox.toCustomer(td.conversationId(), "human", text);
            events.publishEvent(new RepliesQueued());
        }
    }

    private static String what(Current td) {
        return td.vehicle() == null ? "kunjungan ke showroom" : "test drive " + td.vehicle();
    }
}
