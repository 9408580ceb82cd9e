package com.showroomassistant.gateway;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A queued send goes out only once its sender holds the lease: a message another instance has claimed (and may be
 * sending right now) is left alone until that lease runs out, and then sent once.
 */
class OutboxLeaseIT extends IntegrationTest {

    private static final String CUSTOMER = "6281234500711";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMessageAnotherSenderHoldsIsNotSentUntilItsLeaseRunsOut() {
        Showroom s = newShowroom();
        llmAnswers(LLM, s.name(), "Halo kak, ada yang bisa kami bantu?");
        http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "LEASE-1", CUSTOMER, "halo"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);

        long conversation = jdbc.sql("select id from conversation where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        Instant leasedUntil = Instant.now().plusSeconds(4);
        jdbc.sql("""
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content, message_type,
                                     state, recipient, next_attempt_at, lease_until)
                select tenant_id, account_id, id, 'outbound', 'staff', 'Unitnya masih ada kak', 'text', 'pending',
                       customer_identity, ?, ? from conversation where id = ?""")
                .params(Timestamps.db(Instant.now()), Timestamps.db(leasedUntil), conversation)
                .update();

        // the outbox polls every second: while the lease holds, nothing of this message reaches the gateway
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(4))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 2);
        assertThat(sendsTo(GATEWAY, s.clientId(), CUSTOMER)
                        .getLast()
                        .get("message")
                        .asString())
                .isEqualTo("Unitnya masih ada kak");
        assertThat(jdbc.sql("select state from message where content = 'Unitnya masih ada kak' and conversation_id = ?")
                        .param(conversation)
                        .query(String.class)
                        .single())
                .isEqualTo("sent");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(3))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 2);
    }
}
