package com.showroomassistant.conversation;

import com.showroomassistant.shared.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes conversations nobody wrote in for {@code showroom.conversation.idle-close} (default 7 days): the status
 * and {@code closed_at} are written, and the customer's next message opens a new conversation (the lead, the
 * opt-out and the welcome stay with the customer). A conversation with work pending or held by a worker is left.
 */
@Component
public class IdleConversations {

    private static final Logger log = LoggerFactory.getLogger(IdleConversations.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration idle;

    IdleConversations(JdbcClient jdbc, Clock clock, @Value("${showroom.conversation.idle-close:7d}") Duration idle) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.idle = idle;
    }

    @Scheduled(fixedDelayString = "${showroom.conversation.close-check-interval:10m}", initialDelayString = "1m")
    void closeIdle() {
        int closed = closeIdleAt(clock.instant());
        if (closed > 0) {
            log.info("closed {} idle conversation(s)", closed);
        }
    }

    /** Closes what was idle at {@code now}; answers how many conversations were closed. */
    public int closeIdleAt(Instant now) {
        var at = Timestamps.db(now);
        return jdbc.sql("""
                update conversation set status = ?, open_key = null, closed_at = ?
                 where status in (?, ?) and open_key is not null and last_message_at < ?
                   and work_due_at is null and (lease_until is null or lease_until < ?)""")
                .params(
                        ConversationStatus.CLOSED.value(),
                        at,
                        ConversationStatus.ACTIVE.value(),
                        ConversationStatus.ESCALATED.value(),
                        Timestamps.db(now.minus(idle)),
                        at)
                .update();
    }
}
