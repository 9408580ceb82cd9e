package com.showroomassistant.conversation;

import com.showroomassistant.shared.Timestamps;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sending governor (CONTRACT 9.3): a gateway account's paced messages (follow-ups) go out at most
 * {@code showroom.outbox.max-per-minute}, each at least 60 s / max after the one before, plus up to half that again
 * at random, so a wave of them never reads as a burst to WhatsApp. The account's next free slot is a row taken under
 * its lock: instances sharing the account share its pace, and each message's slot is its recorded send time. Replies
 * to customers are never paced.
 */
@Component
class SendingGovernor {

    private final JdbcClient jdbc;
    private final long gapMillis;

    SendingGovernor(JdbcClient jdbc, @Value("${showroom.outbox.max-per-minute:20}") int maxPerMinute) {
        if (maxPerMinute < 1 || maxPerMinute > 60_000) {
            throw new IllegalArgumentException(
                    "showroom.outbox.max-per-minute must be 1 to 60000, not " + maxPerMinute);
        }
        this.jdbc = jdbc;
        this.gapMillis = 60_000L / maxPerMinute;
    }

    /**
     * Takes the account's next slot, not before {@code now}; empty, taking nothing, when that slot is after
     * {@code horizon}. Runs in the caller's transaction, which holds the account's pace until it ends.
     */
    Optional<Instant> take(long accountId, Instant now, Instant horizon) {
        // whole milliseconds: both databases store them exactly, so the recorded spacing is the spacing taken
        Instant earliest = now.truncatedTo(ChronoUnit.MILLIS);
        try {
            jdbc.sql("insert into outbox_pace (account_id, next_slot) values (?, ?) on conflict do nothing")
                    .params(accountId, Timestamps.db(earliest))
                    .update();
        } catch (DuplicateKeyException raced) {
            // H2 reports a concurrent first insert instead of waiting for it; the row exists either way
        }
        Instant next = jdbc.sql("select next_slot from outbox_pace where account_id = ? for update")
                .param(accountId)
                .query((rs, n) -> Timestamps.read(rs, "next_slot"))
                .single();
        Instant slot = next.isAfter(earliest) ? next : earliest;
        if (slot.isAfter(horizon)) {
            return Optional.empty();
        }
        long gap = gapMillis + ThreadLocalRandom.current().nextLong(gapMillis / 2 + 1);
        jdbc.sql("update outbox_pace set next_slot = ? where account_id = ?")
                .params(Timestamps.db(slot.plusMillis(gap)), accountId)
                .update();
        return Optional.of(slot);
    }
}
