package com.showroomassistant.assistant.llm;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Chat completions against an OpenAI-compatible API (CONTRACT 5). Every failure surfaces as {@link LlmUnavailableException}. */
@Component
public class LlmClient {

    private static final Logger log = LoggerFactory.getLogger(LlmClient.class);
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(5);
    private static final Duration OPEN_STATE = Duration.ofSeconds(30);

    private final LlmProperties properties;
    private final MeterRegistry meters;
    /**
     * Calls are spread over several clients. The JDK client's pool hands out its oldest idle connection and then walks
     * a linked list of every idle one to unlist it, under one lock: with ~300 calls in flight that walk took 13% of the
     * app's Java CPU (JFR at 200 msg/s); over 8 clients each list is an eighth as long.
     */
    private static final int CLIENTS = 8;
    private final HttpClient[] clients = new HttpClient[CLIENTS];
    private final URI endpoint;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private volatile long openedAtNanos;

    @Autowired
    public LlmClient(LlmProperties properties, ObjectProvider<MeterRegistry> meters) {
        this(properties, meters.getIfAvailable());
    }

    public LlmClient(LlmProperties properties) {
        this(properties, (MeterRegistry) null);
    }

    LlmClient(LlmProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
        Duration timeout = Duration.ofMillis(properties.timeoutMs());
        // HTTP/1.1: one call per connection is all we need, and it avoids h2c upgrade attempts on plain-http proxies.
        Duration connectTimeout = timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
        var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(connectTimeout)
                    .executor(executor)
                    .build();
        }
        this.endpoint = properties.enabled() ? URI.create(properties.chatCompletionsUrl()) : null;
        this.retry = Retry.of("llm", RetryConfig.<Completion>custom()
                .maxAttempts(properties.maxAttempts())
                .retryOnException(e -> e instanceof LlmCallFailure failure && failure.retryable())
                .intervalBiFunction(waitBeforeRetry(properties.initialBackoff()))
                .build());
        this.breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .failureRateThreshold(50)
                .slidingWindow(Math.max(10, properties.breakerMinimumCalls()), properties.breakerMinimumCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .waitDurationInOpenState(OPEN_STATE)
                .permittedNumberOfCallsInHalfOpenState(2)
                .ignoreException(e -> e instanceof LlmCallFailure failure && !failure.countsAsOutage())
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAtNanos = System.nanoTime();
            }
        });
    }

    /** Configured, and not inside the breaker's open period (afterwards a call is let through to probe). */
    public boolean isAvailable() {
        return properties.enabled()
                && (breaker.getState() != CircuitBreaker.State.OPEN
                    || System.nanoTime() - openedAtNanos >= OPEN_STATE.toNanos());
    }

    public Completion complete(List<ChatMessage> messages, double temperature, int maxTokens) {
        return complete(properties.textModel(), messages, temperature, maxTokens);
    }

    public Completion complete(String model, List<ChatMessage> messages, double temperature, int maxTokens) {
        if (!properties.enabled()) {
            throw new LlmUnavailableException("LLM is not configured");
        }
        long started = System.nanoTime();
        byte[] body = json.writeValueAsBytes(new ChatRequest(model, messages, temperature, maxTokens));
        AtomicInteger attempts = new AtomicInteger();
        try {
            Completion completion = breaker.executeSupplier(() -> retry.executeSupplier(
                    () -> attempt(model, body, started, attempts.incrementAndGet())));
            recordOutcome("success", model, started);
            return completion;
        } catch (CallNotPermittedException e) {
            recordOutcome("rejected", model, started);
            throw new LlmUnavailableException("LLM circuit breaker is open");
        } catch (LlmCallFailure e) {
            recordOutcome("failure", model, started);
            log.warn("LLM call failed after {} attempt(s) in {} ms: {}", attempts.get(), elapsedMillis(started), e.getMessage());
            throw new LlmUnavailableException("LLM call failed: " + e.getMessage(), e);
        }
    }

    private Completion attempt(String model, byte[] body, long started, int attempt) {
        // The budget (45 s by default) bounds the whole call so the customer gets the fallback within 60 s.
        long remainingNanos = properties.totalBudget().toNanos() - (System.nanoTime() - started);
        if (remainingNanos <= 0) {
            throw LlmCallFailure.giveUp("time budget of " + properties.totalBudget().toSeconds() + " s spent", true);
        }
        Duration timeout = Duration.ofMillis(properties.timeoutMs());
        if (remainingNanos < timeout.toNanos()) {
            timeout = Duration.ofNanos(remainingNanos);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Authorization", "Bearer " + properties.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = send(request, timeout);
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw LlmCallFailure.status(status, retryAfter(response));
        }
        return parse(model, response.body(), started);
    }

    private HttpResponse<byte[]> send(HttpRequest request, Duration timeout) {
        HttpClient http = clients[java.util.concurrent.ThreadLocalRandom.current().nextInt(CLIENTS)];
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            // The request timeout stops at the response headers; this one also covers a body that trickles in.
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw LlmCallFailure.transport("timed out after " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw LlmCallFailure.transport("timed out after " + timeout.toMillis() + " ms", cause);
            }
            if (cause instanceof IOException) {
                throw LlmCallFailure.transport("I/O error: " + cause.getClass().getSimpleName(), cause);
            }
            throw LlmCallFailure.giveUp("request failed: " + cause.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw LlmCallFailure.giveUp("interrupted", false);
        }
    }

    private Completion parse(String model, byte[] body, long started) {
        ChatResponse reply;
        try {
            reply = json.readValue(body, ChatResponse.class);
        } catch (JacksonException e) {
            throw LlmCallFailure.giveUp("unreadable reply", true);
        }
        String content = reply.firstContent();
        if (content == null || content.isBlank()) {
            throw LlmCallFailure.unusableReply("reply has no content");
        }
        ChatResponse.Usage usage = reply.usage();
        return new Completion(
                content,
                reply.model() == null ? model : reply.model(),
                usage == null ? null : usage.promptTokens(),
                usage == null ? null : usage.completionTokens(),
                elapsedMillis(started));
    }

    /** Exponential backoff with jitter, or the server's Retry-After when it asks for longer; never over 5 s. */
    private static IntervalBiFunction<Completion> waitBeforeRetry(Duration initialBackoff) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(initialBackoff, 2.0, 0.5, MAX_RETRY_WAIT);
        return (attempt, outcome) -> {
            long wait = backoff.apply(attempt);
            if (outcome.isLeft() && outcome.getLeft() instanceof LlmCallFailure failure && failure.retryAfter() != null) {
                wait = Math.max(wait, failure.retryAfter().toMillis());
            }
            return Math.min(wait, MAX_RETRY_WAIT.toMillis());
        };
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .map(String::strip)
                .filter(value -> value.matches("\\d{1,6}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .orElse(null);
    }

    private void recordOutcome(String outcome, String model, long started) {
        if (meters != null) {
            Timer.builder("llm.requests")
                    .tag("outcome", outcome)
                    .tag("model", model)
                    .register(meters)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private static long elapsedMillis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
