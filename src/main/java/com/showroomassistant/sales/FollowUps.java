package com.showroomassistant.sales;

import com.showroomassistant.assistant.BusinessHours;
import com.showroomassistant.conversation.FollowUpOutcome;
import com.showroomassistant.conversation.Outbox;
import com.showroomassistant.conversation.RepliesQueued;
import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.Vehicles;
import com.showroomassistant.sales.FollowUpCandidates.Candidate;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.AiConfig;
import com.showroomassistant.tenant.AiConfigs;
import com.showroomassistant.tenant.Tenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-ups (CONTRACT 9.3): each pass, in every showroom that chose them and is open, the leads due one get it
 * through the outbox, paced by the account's sending governor. A pass queues only what the governor lets out before
 * the next pass (and before closing), so a wave is queued as it goes out: a customer who writes, opts out or is
 * escalated meanwhile is checked again before their turn. Each follow-up is claimed in the database (the lead's
 * seven days, and one per lead and subject), so no instance sends one twice.
 */
@Component
class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

    private final JdbcClient jdbc;
    private final AiConfigs configs;
    private final Tenants tenants;
    private final Vehicles vehicles;
    private final FollowUpCandidates candidates;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration interval;
    private final TaskScheduler scheduler;

    FollowUps(
            JdbcClient jdbc,
            AiConfigs configs,
            Tenants tenants,
            Vehicles vehicles,
            FollowUpCandidates candidates,
            Outbox outbox,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock,
            TaskScheduler scheduler,
            @Value("${showroom.follow-ups.interval:10s}") Duration interval) {
        this.jdbc = jdbc;
        this.configs = configs;
        this.tenants = tenants;
        this.vehicles = vehicles;
        this.candidates = candidates;
        this.outbox = outbox;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.interval = interval;
        this.scheduler = scheduler;
    }

    @Scheduled(
            fixedDelayString = "${showroom.follow-ups.interval:10s}",
            initialDelayString = "${showroom.follow-ups.initial-delay:10s}")
    void pass() {
        try {
            sendDue(clock.instant());
        } catch (RuntimeException e) {
            log.warn("follow-up pass failed: {}", e.toString());
        }
    }

    /** Queues the follow-ups due at {@code now}; answers how many. */
    int sendDue(Instant now) {
        jdbc.sql("delete from stock_arrival where arrived_at < ?")
                .param(Timestamps.db(now.minus(FollowUpCandidates.NEW_STOCK_WINDOW)))
                .update();
        int queued = 0;
        for (TenantId tenant : configs.withFollowUps()) {
            try {
                queued += sendDue(tenant, now);
            } catch (RuntimeException e) {
                log.warn("follow-ups of tenant {} failed: {}", tenant.value(), e.toString());
            }
        }
        if (queued > 0) {
            events.publishEvent(new RepliesQueued());
        }
        return queued;
    }

    private int sendDue(TenantId tenant, Instant now) {
        AiConfig config = configs.of(tenant);
        AiConfig.FollowUps choice = config.followUpsOrNone();
        Optional<Instant> closes = BusinessHours.of(config).openUntil(now);
        if (!choice.any() || closes.isEmpty()) {
            return 0;
        }
        Instant next = now.plus(interval);
        Instant horizon = closes.get().isBefore(next) ? closes.get() : next;
        Instant humanQuietSince = now.minus(Duration.ofMinutes(config.handoffTimeoutMinutes()));
        String showroom = tenants.get(tenant).name();
        int queued = 0;
        for (Candidate c : candidates.due(tenant, choice.onNewStock(), choice.quietLeadDays(), now, humanQuietSince)) {
            Optional<Vehicle> car = c.vehicleId() == null ? Optional.empty() : vehicles.find(tenant, c.vehicleId());
            if (c.vehicleId() != null && car.isEmpty()) {
                continue; // deleted since the candidates were read
            }
            String text = car.map(v -> FollowUpTexts.newStock(showroom, c.name(), v))
                    .orElseGet(() -> FollowUpTexts.quietLead(showroom, c.name(), c.interest()));
            var followUp = new Outbox.FollowUp(
                    tenant, c.customer(), text, car.map(Vehicle::model).orElse(null));
            FollowUpOutcome outcome = claim(tenant, c, car, followUp, now, humanQuietSince, horizon);
            if (outcome instanceof FollowUpOutcome.NoSlot) {
                break;
            }
            if (outcome instanceof FollowUpOutcome.Queued q) {
                queued++;
                if (q.sendAt().isAfter(now)) {
                    // the outbox polls each second; woken at the slot, it keeps the spacing the slots record
                    scheduler.schedule(() -> events.publishEvent(new RepliesQueued()), q.sendAt());
                }
            }
        }
        return queued;
    }

    /**
     * One follow-up in one transaction: the message queued at its slot (the conversation locked first, as a turn
     * locks it before the lead), the lead's seven days claimed by a conditional update, the record written under its
     * unique key. Anything short of all three leaves nothing behind.
     */
    private FollowUpOutcome claim(
            TenantId tenant,
            Candidate c,
            Optional<Vehicle> car,
            Outbox.FollowUp followUp,
            Instant now,
            Instant humanQuietSince,
            Instant horizon) {
        try {
            return tx.execute(status -> {
                FollowUpOutcome outcome = outbox.followUp(followUp, now, humanQuietSince, horizon);
                if (outcome instanceof FollowUpOutcome.Queued queued
                        && leadClaimed(tenant, c, now)
                        && recorded(tenant, c, car, queued, now)) {
                    return outcome;
                }
                status.setRollbackOnly();
                return outcome instanceof FollowUpOutcome.Queued ? new FollowUpOutcome.Unreachable() : outcome;
            });
        } catch (DataAccessException e) {
            // another instance's claim of the same follow-up won (H2 reports it as an error): nothing was written
            log.debug("follow-up of lead {} not claimed: {}", c.leadId(), e.toString());
            return new FollowUpOutcome.Unreachable();
        }
    }

    /** The lead's week, whichever instance comes first. */
    private boolean leadClaimed(TenantId tenant, Candidate c, Instant now) {
        return jdbc.sql("""
                update sales_lead set followed_up_at = ?
                 where tenant_id = ? and id = ? and (followed_up_at is null or followed_up_at <= ?)""")
                        .params(
                                Timestamps.db(now),
                                tenant.value(),
                                c.leadId(),
                                Timestamps.db(now.minus(FollowUpCandidates.MIN_GAP)))
                        .update()
                == 1;
    }

    private boolean recorded(
            TenantId tenant, Candidate c, Optional<Vehicle> car, FollowUpOutcome.Queued queued, Instant now) {
        return jdbc.sql("""
                insert into follow_up (tenant_id, lead_id, conversation_id, message_id, reason, subject, vehicle_id,
                                       vehicle_title, quiet_since, send_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                tenant.value(),
                                c.leadId(),
                                queued.conversationId(),
                                queued.messageId(),
                                c.reason(),
                                c.subject(),
                                c.vehicleId(),
                                car.map(Vehicle::title).orElse(null),
                                Timestamps.db(c.quietSince()),
                                Timestamps.db(queued.sendAt()),
                                Timestamps.db(now))
                        .update()
                == 1;
    }
}
