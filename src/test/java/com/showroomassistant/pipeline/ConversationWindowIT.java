package com.showroomassistant.pipeline;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.llmRequests;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A turn reads the conversation's newest messages once; bursts and histories larger than that read still give
 * the whole turn and the last ten turns of history.
 */
class ConversationWindowIT extends IntegrationTest {

    static final String CUSTOMER = "6281234567301";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void standIns() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
    }

    void send(Showroom s, String id, String text) {
        var r = http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), id, CUSTOMER, text));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void aBurstLongerThanTheReadWindowIsStillOneTurnWithEveryMessage() {
        Showroom s = newShowroom();
        configure(s, c -> c.put("debounceSeconds", 3));
        llmAnswers(LLM, s.name(), "Baik kak, kami cek dulu.");
        List<String> texts =
                IntStream.rangeClosed(1, 35).mapToObj(i -> "pesan ke-" + i).toList();
        for (int i = 0; i < texts.size(); i++) {
            send(s, "W" + i, texts.get(i));
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        var prompts = llmRequests(LLM, s.name());
        assertThat(prompts).hasSize(1);
        JsonNode messages = prompts.getFirst().get("messages");
        assertThat(messages.get(messages.size() - 1).get("content").asString()).isEqualTo(String.join("\n", texts));
        assertThat(jdbc.sql(
                                "select count(*) from message where tenant_id = ? and direction = 'inbound' and state = 'done'")
                        .param(s.tenantId())
                        .query(Long.class)
                        .single())
                .isEqualTo(35L);
    }

    @Test
    void historyReachesPastManySystemNoticesToTheLastTenTurns() {
        Showroom s = newShowroom();
        configure(s, c -> c.put("debounceSeconds", 0));
        llmAnswers(LLM, s.name(), "Halo kak.");
        send(s, "H0", "halo");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 1);
        long conversation = jdbc.sql("select id from conversation where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        // twelve earlier exchanges, then more system notices than one read holds: none of those belong in a prompt
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            insert(s, conversation, "inbound", "customer", "tanya " + i);
            insert(s, conversation, "outbound", "ai", "jawab " + i);
            expected.add("tanya " + i);
            expected.add("jawab " + i);
        }
        for (int i = 0; i < 40; i++) {
            insert(s, conversation, "outbound", "system", "pemberitahuan " + i);
        }

        send(s, "H1", "avanza ada?");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> llmRequests(LLM, s.name()).size() == 2);
        JsonNode messages = llmRequests(LLM, s.name()).get(1).get("messages");
        List<String> history = new ArrayList<>();
        for (int i = 1; i < messages.size() - 1; i++) {
            history.add(messages.get(i).get("content").asString());
        }
        assertThat(history).containsExactlyElementsOf(expected.subList(expected.size() - 10, expected.size()));
        assertThat(messages.get(1).get("role").asString()).isEqualTo("user");
        assertThat(messages.get(2).get("role").asString()).isEqualTo("assistant");
        assertThat(messages.get(messages.size() - 1).get("content").asString()).isEqualTo("avanza ada?");
    }

    private void insert(Showroom s, long conversation, String direction, String senderType, String text) {
        jdbc.sql("""
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content, state)
                select tenant_id, account_id, id, ?, ?, ?, ? from conversation where id = ?""")
                .params(direction, senderType, text, "inbound".equals(direction) ? "done" : "sent", conversation)
                .update();
    }
}
