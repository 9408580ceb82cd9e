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
 * Message texts are kept {@code showroom.retention.message-text-days} (0, the default, keeps them): older texts,
 * payloads and media links are blanked, while the rows, and so every count in analytics, stay. A message still
 * waiting to be sent or answered is never touched.
 */
@Component
public class MessageRetention {

    private static final Logger log = LoggerFactory.getLogger(MessageRetention.class);
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int days;

    MessageRetention(JdbcClient jdbc, Clock clock, @Value("${showroom.retention.message-text-days:0}") int days) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.days = days;
    }

    @Scheduled(
            fixedDelayString = "${showroom.retention.interval:1h}",
            initialDelayString = "${showroom.retention.interval:1h}")
    void blankOldTexts() {
        if (days > 0) {
            int blanked = blankBefore(clock.instant().minus(Duration.ofDays(days)));
            if (blanked > 0) {
                log.info("blanked the text of {} messages older than {} days", blanked, days);
            }
        }
    }

    /** Blanks, in batches, every settled message created before {@code cutoff}; answers how many. */
    public int blankBefore(Instant cutoff) {
        int total = 0;
        int batch;
        do {
            batch = jdbc.sql("""
                    update message set content = null, raw_payload = null, media_url = null, media_meta = null,
                           entities = null
                     where id in (select id from message where created_at < ? and state <> 'pending'
                                    and (content is not null or raw_payload is not null or media_url is not null
                                         or media_meta is not null)
                                  order by id limit ?)""").params(Timestamps.db(cutoff), BATCH).update();
            total += batch;
        } while (batch == BATCH);
        return total;
    }
}
