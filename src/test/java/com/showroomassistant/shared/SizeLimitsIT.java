package com.showroomassistant.shared;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static com.showroomassistant.support.StandIns.llmRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One abuser's oversized input is bounded before it costs everyone: prompt text, API bodies, productKnowledge. */
class SizeLimitsIT extends IntegrationTest {

    @Test
    void aSixtyThousandCharacterMessageIsStoredWholeButReachesTheModelCut() {
        Showroom s = newShowroom();
        llmAnswers(LLM, s.name(), "Baik kak, ada yang bisa dibantu?");
        String huge = "avanza matic ada? ".repeat(3_334).substring(0, 60_000);

        var r = http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "HUGE-1", "6281234509999", huge));

        assertThat(r.json().get("status").asString()).isEqualTo("accepted");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !llmRequests(LLM, s.name()).isEmpty());
        JsonNode request = llmRequests(LLM, s.name()).getFirst();
        JsonNode messages = request.get("messages");
        String asked = messages.get(messages.size() - 1).get("content").asString();
        assertThat(asked)
                .hasSizeLessThanOrEqualTo(2_000)
                .startsWith("avanza matic ada?")
                .endsWith("…");
        assertThat(request.toString().length()).as("the whole prompt").isLessThan(20_000);
        long conversation = http.get("/api/v1/whatsapp-ai/conversations", s.apiKey())
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        assertThat(http.get("/api/v1/whatsapp-ai/conversations/" + conversation + "/messages", s.apiKey())
                        .json()
                        .get("items")
                        .get(0)
                        .get("content")
                        .asString())
                .hasSize(60_000);
    }

    @Test
    void productKnowledgeAndManagementApiBodiesAreBounded() throws Exception {
        Showroom s = newShowroom();
        var config =
                (ObjectNode) http.get("/api/v1/whatsapp-ai/config", s.apiKey()).json();
        config.putObject("productKnowledge").put("garansi", "x".repeat(20_001));
        var tooMuchKnowledge = http.put("/api/v1/whatsapp-ai/config", s.apiKey(), config.toString());
        assertThat(tooMuchKnowledge.status()).isEqualTo(400);
        assertThat(tooMuchKnowledge.json().get("errors").get("productKnowledge").asString())
                .contains("20000");
        config.putObject("productKnowledge").put("garansi", "Garansi mesin 3 bulan.");
        assertThat(http.put("/api/v1/whatsapp-ai/config", s.apiKey(), config.toString())
                        .status())
                .isEqualTo(200);

        String hugeVehicle =
                "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"description\":\"" + "x".repeat(600_000) + "\"}";
        for (String key : new String[] {s.apiKey(), null}) {
            var declared = http.post("/api/v1/vehicles", key, hugeVehicle);
            assertThat(declared.status()).isEqualTo(413);
            assertThat(declared.contentType()).startsWith("application/problem+json");
        }
        var chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/vehicles"))
                                .header("Authorization", "Bearer " + s.apiKey())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream(hugeVehicle.getBytes())))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode())
                .as("a body without a length, cut at the limit")
                .isEqualTo(400);
        assertThat(http.get("/api/v1/vehicles", s.apiKey()).json().get("total").asInt())
                .isZero();
    }
}
