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

    /**
     * A status the gateway reported for our message {@code messageId} (it echoed our id): if the message still waits
     * because its send's answer never came ({@link Outbox#UNKNOWN_SEND}), or is still being sent, it did go out, so it
     * is marked sent with the gateway's id and not sent again.
     *
     * @return whether it was waiting and is now sent
     */
    public boolean settleSend(long accountId, long messageId, String gatewayMessageId) {
        return jdbc.sql("""
                        update message set state = 'sent', aimeow_status = coalesce(aimeow_status, 'sent'),
                               lease_until = null, last_error = null,
                               aimeow_message_id = case when exists (select 1 from message x
                                                                      where x.account_id = :account
                                                                        and x.aimeow_message_id = :gatewayId)
                                                        then aimeow_message_id else :gatewayId end
                         where id = :id and account_id = :account and direction = 'outbound' and state = 'pending'""")
                        .param("account", accountId)
                        .param("gatewayId", gatewayMessageId)
                        .param("id", messageId)
                        .update()
                > 0;
    }

    /** @return whether a stored outbound message changed */
    public boolean apply(long accountId, String gatewayMessageId, String status) {
        return apply(accountId, gatewayMessageId, status, null);
    }

    /**
     * @param failureReason for a failed status, why the gateway says it failed (shown as the message's failureReason);
     *     null: "gateway reported failure"
     * @return whether a stored outbound message changed
     */
    public boolean apply(long accountId, String gatewayMessageId, String status, String failureReason) {
        var now = Timestamps.db(clock.instant());
        if ("failed".equals(status)) {
            String reason =
                    failureReason == null || failureReason.isBlank() ? "gateway reported failure" : failureReason;
            return jdbc.sql("""
                    update message set aimeow_status = 'failed', last_error = ?
                     where account_id = ? and aimeow_message_id = ? and direction = 'outbound'
                       and coalesce(aimeow_status, '') not in ('delivered', 'read')""")
                            .params(
                                    reason.length() > 480 ? reason.substring(0, 480) : reason,
                                    accountId,
                                    gatewayMessageId)
                            .update()
                    > 0;
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
