package com.showroomassistant.assistant.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmClientTest {

    private static final String KEY = "sk-test-secret";
    private static final String PATH = "/api/coding/paas/v4/chat/completions";
    private static final String REPLY = """
            {"id":"x","model":"glm-4.6","choices":[{"index":0,"finish_reason":"stop",
              "message":{"role":"assistant","content":"Masih ready kak","reasoning_content":"thinking..."}}],
             "usage":{"prompt_tokens":120,"completion_tokens":8,"total_tokens":128}}""";
    private static final List<ChatMessage> HELLO = List.of(ChatMessage.system("s"), ChatMessage.user("Avanza ready?"));

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private LlmProperties properties(String baseUrl, long timeoutMs, int maxAttempts) {
        return new LlmProperties(
                KEY,
                baseUrl,
                "glm-4.6",
                "glm-4.5v",
                timeoutMs,
                maxAttempts,
                Duration.ofMillis(10),
                Duration.ofSeconds(10));
    }

    private LlmClient client(long timeoutMs, int maxAttempts) {
        return new LlmClient(properties(server.baseUrl() + "/api/coding/paas/v4", timeoutMs, maxAttempts));
    }

    @Test
    void postsTheConversationAndReturnsOnlyTheContent() {
        server.stubFor(post(PATH).willReturn(okJson(REPLY)));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        LlmClient client = new LlmClient(properties(server.baseUrl() + "/api/coding/paas/v4", 2_000, 3), meters);

        Completion completion = client.complete(
                List.of(
                        ChatMessage.system("Kamu asisten showroom."),
                        ChatMessage.user("Ada Avanza?"),
                        ChatMessage.assistant("Ada kak, 2021."),
                        ChatMessage.user("Masih ready?")),
                0.3,
                512);

        assertThat(completion.content()).isEqualTo("Masih ready kak");
        assertThat(completion.model()).isEqualTo("glm-4.6");
        assertThat(completion.promptTokens()).isEqualTo(120);
        assertThat(completion.completionTokens()).isEqualTo(8);
        server.verify(
                1,
                postRequestedFor(urlEqualTo(PATH))
                        .withHeader("Authorization", equalTo("Bearer " + KEY))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(equalToJson("""
                        {"model":"glm-4.6","temperature":0.3,"max_tokens":512,"messages":[
                          {"role":"system","content":"Kamu asisten showroom."},
                          {"role":"user","content":"Ada Avanza?"},
                          {"role":"assistant","content":"Ada kak, 2021."},
                          {"role":"user","content":"Masih ready?"}]}""")));
        assertThat(meters.get("llm.requests").tag("outcome", "success").timer().count())
                .isEqualTo(1);
    }

    @Test
    void usesTheGivenModel() {
        server.stubFor(post(PATH).willReturn(okJson("{\"choices\":[{\"message\":{\"content\":\"ok\"}}]}")));

        Completion completion = client(2_000, 3).complete("glm-4.5v", HELLO, 0.0, 64);

        assertThat(completion.model()).isEqualTo("glm-4.5v");
        assertThat(completion.promptTokens()).isNull();
        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(equalToJson("{\"model\":\"glm-4.5v\"}", true, true)));
    }

    @Test
    void appendsChatCompletionsToTheBaseUrlAsGiven() {
        server.stubFor(post(anyUrl()).willReturn(okJson(REPLY)));

        new LlmClient(properties(server.baseUrl() + "/v4/", 2_000, 1)).complete(HELLO, 0.2, 10);
        new LlmClient(properties(server.baseUrl() + "/v4", 2_000, 1)).complete(HELLO, 0.2, 10);
        new LlmClient(properties(server.baseUrl(), 2_000, 1)).complete(HELLO, 0.2, 10);
        new LlmClient(properties(server.baseUrl() + "/api/coding/paas/v4", 2_000, 1)).complete(HELLO, 0.2, 10);

        server.verify(2, postRequestedFor(urlEqualTo("/v4/chat/completions")));
        server.verify(1, postRequestedFor(urlEqualTo("/chat/completions")));
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void retriesAServerErrorThenSucceeds() {
        server.stubFor(post(PATH)
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("recovered"));
        server.stubFor(
                post(PATH).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(okJson(REPLY)));

        assertThat(client(2_000, 3).complete(HELLO, 0.3, 100).content()).isEqualTo("Masih ready kak");
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void givesUpAfterMaxAttemptsOfTooManyRequests() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

        assertThatThrownBy(() -> client(2_000, 3).complete(HELLO, 0.3, 100))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("429")
                .hasMessageNotContaining(KEY)
                .hasMessageNotContaining("Avanza");
        server.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void honoursRetryAfterUpToFiveSeconds() {
        server.stubFor(post(PATH)
                .inScenario("busy")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("free"));
        server.stubFor(post(PATH).inScenario("busy").whenScenarioStateIs("free").willReturn(okJson(REPLY)));

        long started = System.nanoTime();
        client(2_000, 3).complete(HELLO, 0.3, 100);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void doesNotRetryABadRequest() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"code\":\"1301\"}}")));

        assertThatThrownBy(() -> client(2_000, 3).complete(HELLO, 0.3, 100))
                .isInstanceOf(LlmUnavailableException.class);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aReplyWithoutContentIsAFailure() {
        server.stubFor(post(PATH)
                .willReturn(okJson(
                        "{\"choices\":[{\"message\":{\"content\":\"\",\"reasoning_content\":\"long thoughts\"}}]}")));

        assertThatThrownBy(() -> client(2_000, 3).complete(HELLO, 0.3, 100))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("no content");
    }

    @Test
    void aSlowReplyTimesOut() {
        server.stubFor(post(PATH).willReturn(okJson(REPLY).withFixedDelay(1_000)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> client(200, 2).complete(HELLO, 0.3, 100))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(900));
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aReplyWhoseBodyTricklesInTimesOut() {
        // the headers come at once and each piece of the body within the socket timeout; only the deadline ends it
        server.stubFor(post(PATH).willReturn(okJson(REPLY).withChunkedDribbleDelay(20, 3_000)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> client(400, 1).complete(HELLO, 0.3, 100))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
    }

    @Test
    void startsNoAttemptOnceTheTimeBudgetIsSpent() {
        server.stubFor(post(PATH).willReturn(okJson(REPLY).withFixedDelay(1_000)));
        LlmClient client = new LlmClient(new LlmProperties(
                KEY,
                server.baseUrl() + "/api/coding/paas/v4",
                null,
                null,
                300,
                5,
                Duration.ofMillis(10),
                Duration.ofMillis(500)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.complete(HELLO, 0.3, 100)).isInstanceOf(LlmUnavailableException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(900));
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndThenFailsFast() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(503)));
        LlmClient client = client(2_000, 1);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> client.complete(HELLO, 0.3, 100)).isInstanceOf(LlmUnavailableException.class);
        }
        assertThat(client.isAvailable()).isFalse();
        assertThatThrownBy(() -> client.complete(HELLO, 0.3, 100))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("circuit breaker");
        server.verify(5, anyRequestedFor(anyUrl()));
    }

    @Test
    void oneTenantsFailuresOpenOnlyThatTenantsBreaker() {
        server.stubFor(post(PATH)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("tenant A"))
                .willReturn(aResponse().withStatus(429)));
        server.stubFor(post(PATH)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("tenant B"))
                .willReturn(okJson(REPLY)));
        LlmClient client = client(2_000, 1);
        var a = new com.showroomassistant.shared.TenantId(1);
        var b = new com.showroomassistant.shared.TenantId(2);
        var askA = java.util.List.of(ChatMessage.user("tenant A"));
        var askB = java.util.List.of(ChatMessage.user("tenant B"));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> client.complete(a, askA, 0.3, 100, java.util.List.of()))
                    .isInstanceOf(LlmUnavailableException.class);
        }
        assertThat(client.isAvailable(a)).isFalse();
        assertThat(client.isAvailable(b)).isTrue();
        assertThat(client.complete(b, askB, 0.3, 100, java.util.List.of()).content())
                .isNotBlank();
    }

    @Test
    void requestSpecificRejectionsDoNotOpenTheBreaker() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(400)));
        LlmClient client = client(2_000, 1);

        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> client.complete(HELLO, 0.3, 100)).isInstanceOf(LlmUnavailableException.class);
        }
        assertThat(client.isAvailable()).isTrue();
        server.verify(6, anyRequestedFor(anyUrl()));
    }

    @Test
    void withoutConfigurationItIsUnavailableAndSendsNothing() {
        LlmClient client = new LlmClient(new LlmProperties(null, null, null, null, 0, 0, null, null));

        assertThat(client.isAvailable()).isFalse();
        assertThatThrownBy(() -> client.complete(HELLO, 0.3, 100)).isInstanceOf(LlmUnavailableException.class);
    }

    @Test
    void propertiesHaveDefaultsAndHideTheKey() {
        LlmProperties defaults =
                new LlmProperties(KEY, "https://api.z.ai/api/coding/paas/v4/", null, null, 0, 0, null, null);

        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.chatCompletionsUrl()).isEqualTo("https://api.z.ai/api/coding/paas/v4/chat/completions");
        assertThat(defaults.timeoutMs()).isEqualTo(30_000);
        assertThat(defaults.maxAttempts()).isEqualTo(3);
        assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.totalBudget()).isEqualTo(Duration.ofSeconds(45));
        assertThat(defaults.toString()).doesNotContain(KEY);
        assertThat(new LlmProperties(KEY, "", null, null, 0, 0, null, null).enabled())
                .isFalse();
    }
}
