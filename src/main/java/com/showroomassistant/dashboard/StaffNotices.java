package com.showroomassistant.dashboard;

import com.showroomassistant.shared.TenantId;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Escalation notices are stored in the customer's conversation but went to staff; the view labels them so. */
@Component
class StaffNotices {

    private final JdbcClient jdbc;

    StaffNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> in(TenantId tenant, long conversationId) {
        return new HashSet<>(jdbc.sql("""
                select m.id from message m join conversation c on c.id = m.conversation_id
                 where m.tenant_id = ? and m.conversation_id = ? and m.direction = 'outbound'
                   and m.recipient <> c.customer_identity""")
                .params(tenant.value(), conversationId)
                .query(Long.class)
                .list());
    }
}
