package com.showroomassistant.pipeline;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.llmRequests;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A conversation gets at most max-turns assistant turns a window; the messages past it are answered together. */
@DirtiesContext // settings of its own: no other class shares this context, so it is closed after it
@TestPropertySource(properties = {"showroom.pipeline.max-turns=2", "showroom.pipeline.turn-window=6s"})
class TurnLimitIT extends IntegrationTest {

    static final String CUSTOMER = "6281234500601";

    @Test
    void messagesPastTheTurnLimitAreStoredAndAnsweredTogetherInTheNextWindow() {
        Showroom s = newShowroom();
        configure(s, c -> c.put("debounceSeconds", 0));
        llmAnswers(LLM, s.name(), "Baik kak.");

        send(s, "T-1", "pesan pertama");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> llmRequests(LLM, s.name()).size() == 1);
        send(s, "T-2", "pesan kedua");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> llmRequests(LLM, s.name()).size() == 2);
        for (String[] m : new String[][] {
            {"T-3", "ketiga avanza ada"}, {"T-4", "keempat yang matic"}, {"T-5", "kelima warna hitam"}
        }) {
            assertThat(send(s, m[0], m[1]).json().get("status").asString())
                    .as("stored at once")
                    .isEqualTo("accepted");
        }

        await().during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(3))
                .until(() -> llmRequests(LLM, s.name()).size() == 2);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> llmRequests(LLM, s.name()).size() == 3);
        JsonNode messages = llmRequests(LLM, s.name()).get(2).get("messages");
        assertThat(messages.get(messages.size() - 1).get("content").asString())
                .contains("ketiga avanza ada")
                .contains("keempat yang matic")
                .contains("kelima warna hitam");
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> llmRequests(LLM, s.name()).size() == 3);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() == 3);
    }

    private com.showroomassistant.support.Http.Response send(Showroom s, String id, String text) {
        return http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), id, CUSTOMER, text));
    }
}
