package com.showroomassistant.conversation;

import com.showroomassistant.shared.Timestamps;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Applies gateway delivery reports to our outbound messages; a status only ever moves forward. */
@Component
public class DeliveryStatuses {

    private static final String RANK =
            "case %s when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 else 0 end";
    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryStatuses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return whether a stored outbound message changed */
    public boolean apply(long accountId, String gatewayMessageId, String status) {
        var now = Timestamps.db(clock.instant());
        if ("failed".equals(status)) {
            return jdbc.sql("""
                    update message set aimeow_status = 'failed', last_error = 'gateway reported failure'
                     where account_id = ? and aimeow_message_id = ? and direction = 'outbound'
                       and coalesce(aimeow_status, '') not in ('delivered', 'read')""").params(accountId, gatewayMessageId).update() > 0;
        }
        String sql = "update message set aimeow_status = :status,"
                + " delivered_at = case when :status in ('delivered', 'read') then coalesce(delivered_at, :now) else delivered_at end,"
                + " read_at = case when :status = 'read' then coalesce(read_at, :now) else read_at end"
                + " where account_id = :account and aimeow_message_id = :id and direction = 'outbound'"
                + " and " + RANK.formatted("coalesce(aimeow_status, '')") + " < " + RANK.formatted(":status");
        return jdbc.sql(sql)
                        .param("status", status)
                        .param("now", now)
                        .param("account", accountId)
                        .param("id", gatewayMessageId)
                        .update()
                > 0;
    }
}
