package com.showroomassistant.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The dashboard's chart counts days of the showroom's calendar, as the API's analytics do. */
class ShowroomNumbersIT extends IntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShowroomNumbers numbers;

    @Test
    void aJakartaEveningCountsOnItsOwnDayWhateverTheDatabaseZone() {
        Showroom s = newShowroom();
        long account = jdbc.sql("select id from gateway_account where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into conversation (tenant_id, account_id, customer_identity, customer_phone, status, open_key)
                values (?, ?, '628111000001', '628111000001', 'active', '628111000001')""").params(s.tenantId(), account).update(key, "id");
        long conversation = key.getKey().longValue();
        // 16:30Z is 23:30 on 1 March in Jakarta; 17:10Z is 00:10 on 2 March; 16:59Z still 1 March
        for (String at : new String[] {"2026-03-01T16:30:00Z", "2026-03-01T16:59:00Z", "2026-03-01T17:10:00Z"}) {
            jdbc.sql("""
                    insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content, state, created_at)
                    values (?, ?, ?, 'inbound', 'customer', 'pesan', 'done', ?)""")
                    .params(s.tenantId(), account, conversation, OffsetDateTime.parse(at))
                    .update();
        }
        jdbc.sql("""
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content, state, created_at)
                values (?, ?, ?, 'outbound', 'ai', 'balasan', 'sent', ?)""")
                .params(s.tenantId(), account, conversation, OffsetDateTime.parse("2026-03-02T16:59:59Z"))
                .update();

        var days = numbers.messagesPerDay(
                new TenantId(s.tenantId()), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3), JAKARTA);

        assertThat(days)
                .containsExactly(
                        new ShowroomNumbers.Day(LocalDate.of(2026, 3, 1), 2, 0),
                        new ShowroomNumbers.Day(LocalDate.of(2026, 3, 2), 1, 1),
                        new ShowroomNumbers.Day(LocalDate.of(2026, 3, 3), 0, 0));
    }
}
