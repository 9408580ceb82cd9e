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
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** Past its daily token budget a showroom is answered by the offline assistant, and staff are told once. */
@TestPropertySource(properties = "showroom.llm.daily-token-budget=200")
@DirtiesContext
class TokenBudgetIT extends IntegrationTest {

    static final String STAFF = "6281200000001";
    static final String CUSTOMER = "6281300000301";

    @Test
    void pastTheBudgetTheOfflineAssistantAnswersAndStaffAreToldOnce() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        Showroom s = newShowroom();
        configure(s, c -> {
            c.put("debounceSeconds", 0);
            c.put("welcomeMessage", "");
        });
        http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"" + STAFF + "\",\"name\":\"Budi\"}");
        http.post(
                "/api/v1/vehicles",
                s.apiKey(),
                "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"year\":2019,\"price\":150000000}");
        llmAnswers(LLM, s.name(), "Ada kak, Toyota Avanza 2019.");

        // the first answer's prompt (the system prompt alone is far over 200 tokens) spends the day's budget
        assertThat(sayAs(s, "b1", "avanza 2019 masih ada?", 1)).isEqualTo("Ada kak, Toyota Avanza 2019.");
        String offline = sayAs(s, "b2", "avanza 2019 harganya berapa?", 2);
        assertThat(offline).contains("Rp 150.000.000");
        assertThat(llmRequests(LLM, s.name())).hasSize(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), STAFF).size() == 1);
        assertThat(sendsTo(GATEWAY, s.clientId(), STAFF)
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("Kuota AI harian");

        sayAs(s, "b3", "avanza nya warna apa?", 3);
        assertThat(llmRequests(LLM, s.name())).hasSize(1);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> sendsTo(GATEWAY, s.clientId(), STAFF).size() == 1);
    }

    /** The customer's text under a chosen message id. */
    private String sayAs(Showroom s, String id, String text, int expected) {
        http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), id, CUSTOMER, text));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> sendsTo(GATEWAY, s.clientId(), CUSTOMER).size() >= expected);
        return sendsTo(GATEWAY, s.clientId(), CUSTOMER).getLast().get("message").asString();
    }
}
