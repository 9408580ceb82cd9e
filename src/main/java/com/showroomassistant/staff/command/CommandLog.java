package com.showroomassistant.staff.command;

import com.showroomassistant.management.CustomerForgetting;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail of staff commands; also what makes a redone turn answer without running a command twice. */
@Component
class CommandLog {

    record Entry(String sender, String rawText, String command, String parsed, String outcome, String reply) {}

    private final JdbcClient jdbc;

    CommandLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> replyTo(TenantId tenant, long messageId) {
        return jdbc.sql("select reply from staff_command where tenant_id = ? and message_id = ?")
                .params(tenant.value(), messageId)
                .query(String.class)
                .optional();
    }

    void record(TenantId tenant, long messageId, Entry e) {
        jdbc.sql("""
                insert into staff_command (tenant_id, message_id, sender, raw_text, command, parsed, outcome, reply)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenant.value(),
                        messageId,
                        e.sender(),
                        cap(e.rawText(), 4000),
                        e.command(),
                        cap(e.parsed(), 2000),
                        e.outcome(),
                        cap(e.reply(), 4000))
                .update();
    }

    /**
     * UU PDP: the commands that named a forgotten customer (/catatan 0812..., /reply, /done, their answers) keep
     * their row, for the figures, but lose what was typed and answered. Runs in the forgetting's transaction.
     */
    @EventListener
    void forget(CustomerForgetting forgetting) {
        String written = "%" + PhoneNumber.writtenDigitsOf(forgetting.identity()) + "%";
        jdbc.sql("""
                update staff_command set raw_text = null, parsed = null, reply = null
                 where tenant_id = ? and (%s like ? or %s like ? or %s like ?)""".formatted(
                                PhoneNumber.withoutSeparatorsSql("raw_text"),
                                PhoneNumber.withoutSeparatorsSql("parsed"),
                                PhoneNumber.withoutSeparatorsSql("reply")))
                .params(forgetting.tenant().value(), written, written, written)
                .update();
    }

    private static String cap(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
