package com.showroomassistant.conversation;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A conversation idle for a week is closed; the customer's next message opens a new one and keeps the lead. */
class IdleConversationsIT extends IntegrationTest {

    static final String CUSTOMER = "6281300000201";
    static final String QUIET = "6281300000202";

    @Autowired
    IdleConversations idle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIdleConversationIsClosedAndTheNextMessageOpensANewOneWithTheLeadAndOptOutKept() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        Showroom s = newShowroom();
        configure(s, c -> {
            c.put("debounceSeconds", 0);
            c.put("welcomeMessage", "Selamat datang!");
        });
        http.post(
                "/api/v1/vehicles",
                s.apiKey(),
                "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"year\":2019,\"price\":150000000}");
        llmAnswers(LLM, s.name(), "Ada kak, Toyota Avanza 2019.");
        say(s, CUSTOMER, "c1", "avanza 2019 masih ada?", 1);
        say(s, QUIET, "q1", "stop", 1);
        long first = conversationOf(s, CUSTOMER);
        long lead = jdbc.sql("select id from sales_lead where tenant_id = ? and customer_identity = ?")
                .params(s.tenantId(), CUSTOMER)
                .query(Long.class)
                .single();

        // a week and a day later
        assertThat(idle.closeIdleAt(Instant.now().plus(Duration.ofDays(8)))).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select status from conversation where id = ?")
                        .param(first)
                        .query(String.class)
                        .single())
                .isEqualTo("closed");
        assertThat(jdbc.sql("select count(*) from conversation where id = ? and closed_at is not null")
                        .param(first)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations?status=closed", s.apiKey())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);

        // a closed conversation does not come back: resolving it is refused, and it stays closed
        var resolve = http.post("/api/v1/whatsapp-ai/conversations/" + first + "/resolve", s.apiKey(), null);
        assertThat(resolve.status()).isEqualTo(409);
        assertThat(resolve.body()).contains("closed");
        assertThat(jdbc.sql("select status from conversation where id = ?")
                        .param(first)
                        .query(String.class)
                        .single())
                .isEqualTo("closed");

        String reply = say(s, CUSTOMER, "c2", "kak avanza nya masih?", 2);
        assertThat(reply).doesNotContain("Selamat datang"); // welcomed before: not again
        long second = conversationOf(s, CUSTOMER);
        assertThat(second).isNotEqualTo(first);
        assertThat(jdbc.sql("select id from sales_lead where tenant_id = ? and customer_identity = ?")
                        .params(s.tenantId(), CUSTOMER)
                        .query(Long.class)
                        .single())
                .isEqualTo(lead);

        // the customer who sent STOP stays opted out in the new conversation
        http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "q2", QUIET, "avanza ada?"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql(
                                        "select count(*) from message where tenant_id = ? and aimeow_message_id = 'q2' and state = 'done'")
                                .param(s.tenantId())
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(sendsTo(GATEWAY, s.clientId(), QUIET)).hasSize(1);
    }

    private long conversationOf(Showroom s, String phone) {
        return jdbc.sql(
                        "select id from conversation where tenant_id = ? and customer_identity = ? and open_key is not null")
                .params(s.tenantId(), phone)
                .query(Long.class)
                .single();
    }

    private String say(Showroom s, String phone, String id, String text, int expected) {
        http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), id, phone, text));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> sendsTo(GATEWAY, s.clientId(), phone).size() >= expected);
        return sendsTo(GATEWAY, s.clientId(), phone).getLast().get("message").asString();
    }
}
