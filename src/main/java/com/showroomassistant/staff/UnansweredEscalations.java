package com.showroomassistant.staff;

import com.showroomassistant.conversation.Assignment;
import com.showroomassistant.conversation.Outbox;
import com.showroomassistant.conversation.RepliesQueued;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An escalation its owner leaves unanswered (no reply, no /ambil) for {@code showroom.assignment.unanswered-after}
 * is told to the other active staff, once: the telling is claimed by a conditional update and queued in the same
 * transaction, so a second instance on the same database cannot tell them twice. A lone staff member has no others.
 */
@Component
class UnansweredEscalations {

    private static final Logger log = LoggerFactory.getLogger(UnansweredEscalations.class);
    private final Assignment assignment;
    private final StaffPhones staff;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration after;

    UnansweredEscalations(
            Assignment assignment,
            StaffPhones staff,
            Outbox outbox,
            TransactionTemplate tx,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${showroom.assignment.unanswered-after:10m}") Duration after) {
        this.assignment = assignment;
        this.staff = staff;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.events = events;
        this.after = after;
    }

    @Scheduled(
            fixedDelayString = "${showroom.assignment.check-interval:30s}",
            initialDelayString = "${showroom.assignment.check-interval:30s}")
    void tellOthers() {
        try {
            int told = 0;
            for (Assignment.Unanswered u : assignment.unanswered(clock.instant().minus(after), 100)) {
                List<StaffMember> others = staff.active(u.tenant()).stream()
                        .filter(m -> m.id() != u.ownerId() && !m.phoneNumber().equals(u.customer()))
                        .toList();
                String owner = staff.list(u.tenant()).stream()
                        .filter(m -> m.id() == u.ownerId())
                        .map(StaffMember::label)
                        .findFirst()
                        .orElse("staff");
                Boolean claimed = tx.execute(status -> {
                    if (!assignment.markOthersTold(u.conversationId())) {
                        return false;
                    }
                    for (StaffMember m : others) {
                        outbox.toStaff(u.conversationId(), m.phoneNumber(), text(u, owner));
                    }
                    return true;
                });
                if (Boolean.TRUE.equals(claimed) && !others.isEmpty()) {
                    told++;
                }
            }
            if (told > 0) {
                events.publishEvent(new RepliesQueued());
            }
        } catch (RuntimeException e) {
            log.warn("unanswered escalations check failed: {}", e.toString());
        }
    }

    private String text(Assignment.Unanswered u, String owner) {
        return "⏰ Belum dibalas " + after.toMinutes() + " menit\nPelanggan: "
                + Assignees.Notices.who(u.name(), u.customer()) + "\nPemilik: " + owner
                + "\nAmbil alih: /ambil " + u.customer();
    }
}
