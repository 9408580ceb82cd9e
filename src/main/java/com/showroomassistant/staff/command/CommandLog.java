package com.showroomassistant.staff.command;

import com.showroomassistant.shared.TenantId;
import java.util.Optional;
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

    private static String cap(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
