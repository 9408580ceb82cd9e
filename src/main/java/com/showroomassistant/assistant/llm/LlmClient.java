package com.showroomassistant.assistant.llm;

import com.showroomassistant.shared.PooledHttp;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
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
public class LlmClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LlmClient.class);
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(5);
    private static final Duration OPEN_STATE = Duration.ofSeconds(30);
    /** As many as turns in flight (showroom.pipeline.max-in-flight's default). */
    private static final int MAX_CONNECTIONS = 2000;

    private static final ContentType JSON = ContentType.create("application/json");
    /** Ends a call that runs past its timeout, a body trickling in included (the socket timeout is per read). */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final LlmProperties properties;
    private final MeterRegistry meters;
    private final CloseableHttpClient http;
    private final URI endpoint;
    private final Retry retry;
    /** One breaker per tenant: one showroom's failing calls (a 429 on its prompts) do not stop everyone's. */
    private final CircuitBreakerRegistry breakers;

    private final java.util.Map<String, Long> openedAtNanos = new java.util.concurrent.ConcurrentHashMap<>();
    /** Wall-clock instants per breaker, for the owner's alerts: when it last opened, when a call last succeeded. */
    private final java.util.Map<String, Instant> openedAt = new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.Map<String, Instant> succeededAt = new java.util.concurrent.ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

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
        Duration connectTimeout = timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
        this.http = PooledHttp.client(MAX_CONNECTIONS, connectTimeout, timeout);
        this.endpoint = properties.enabled() ? URI.create(properties.chatCompletionsUrl()) : null;
        this.retry = Retry.of(
                "llm",
                RetryConfig.<Completion>custom()
                        .maxAttempts(properties.maxAttempts())
                        .retryOnException(e -> e instanceof LlmCallFailure failure && failure.retryable())
                        .intervalBiFunction(waitBeforeRetry(properties.initialBackoff()))
                        .build());
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(50)
                .slidingWindow(
                        Math.max(10, properties.breakerMinimumCalls()),
                        properties.breakerMinimumCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .waitDurationInOpenState(OPEN_STATE)
                .permittedNumberOfCallsInHalfOpenState(2)
                .ignoreException(e -> e instanceof LlmCallFailure failure && !failure.countsAsOutage())
                .build());
        breakers.getEventPublisher().onEntryAdded(added -> {
            CircuitBreaker breaker = added.getAddedEntry();
            breaker.getEventPublisher().onStateTransition(event -> {
                if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                    openedAtNanos.put(breaker.getName(), System.nanoTime());
                    openedAt.put(breaker.getName(), Instant.now());
                }
            });
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** The breaker of calls made for no tenant in particular (tests, tools). */
    private static final String PLATFORM = "platform";

    /** Configured, and not inside the breaker's open period (afterwards a call is let through to probe). */
    public boolean isAvailable() {
        return isAvailable(PLATFORM);
    }

    /** The same for one tenant's calls: another tenant's failures never make it unavailable. */
    public boolean isAvailable(com.showroomassistant.shared.TenantId tenant) {
        return isAvailable(key(tenant));
    }

    private boolean isAvailable(String key) {
        if (!properties.enabled()) {
            return false;
        }
        CircuitBreaker breaker = breakers.find(key).orElse(null);
        return breaker == null
                || breaker.getState() != CircuitBreaker.State.OPEN
                || System.nanoTime() - openedAtNanos.getOrDefault(key, 0L) >= OPEN_STATE.toNanos();
    }

    /**
     * What this instance has seen of one tenant's calls, for the owner's alerts (wall clock, either null): when its
     * breaker last opened, and when a call last succeeded. Another instance may have seen otherwise; the alerts put the
     * views together.
     */
    public record Seen(Instant failedAt, Instant succeededAt) {

        public static final Seen NOTHING = new Seen(null, null);
    }

    /** The tenant's calls as seen here; nothing when no LLM is configured (the offline assistant by choice). */
    public Seen seen(com.showroomassistant.shared.TenantId tenant) {
        if (!properties.enabled()) {
            return Seen.NOTHING;
        }
        String key = key(tenant);
        return new Seen(openedAt.get(key), succeededAt.get(key));
    }

    private static String key(com.showroomassistant.shared.TenantId tenant) {
        return tenant == null ? PLATFORM : "tenant-" + tenant.value();
    }

    public Completion complete(List<ChatMessage> messages, double temperature, int maxTokens) {
        return complete(PLATFORM, properties.textModel(), messages, temperature, maxTokens, List.of());
    }

    /**
     * A completion for one tenant, in which the model may also ask for the given tools (when {@code zai.tool-calls}
     * is on); counted by that tenant's breaker.
     */
    public Completion complete(
            com.showroomassistant.shared.TenantId tenant,
            List<ChatMessage> messages,
            double temperature,
            int maxTokens,
            List<Tool> tools) {
        return complete(
                key(tenant),
                properties.textModel(),
                messages,
                temperature,
                maxTokens,
                properties.toolCalls() ? tools : List.of());
    }

    public Completion complete(String model, List<ChatMessage> messages, double temperature, int maxTokens) {
        return complete(PLATFORM, model, messages, temperature, maxTokens, List.of());
    }

    private Completion complete(
            String breakerKey,
            String model,
            List<ChatMessage> messages,
            double temperature,
            int maxTokens,
            List<Tool> tools) {
        if (!properties.enabled()) {
            throw new LlmUnavailableException("LLM is not configured");
        }
        long started = System.nanoTime();
        return execute(
                breakerKey,
                model,
                json.writeValueAsBytes(new ChatRequest(model, messages, temperature, maxTokens, tools)),
                started);
    }

    /**
     * Asks the vision model ({@code ZAI_VISION_MODEL}) about one image, sent inline as a data URL because the
     * gateway's file URLs are not reachable from the provider.
     */
    public Completion describeImage(
            com.showroomassistant.shared.TenantId tenant,
            byte[] image,
            String mimeType,
            String instruction,
            int maxTokens) {
        if (!properties.enabled()) {
            throw new LlmUnavailableException("LLM is not configured");
        }
        long started = System.nanoTime();
        var body = json.createObjectNode().put("model", properties.visionModel());
        var content = body.putArray("messages").addObject().put("role", "user").putArray("content");
        content.addObject().put("type", "text").put("text", instruction);
        content.addObject()
                .put("type", "image_url")
                .putObject("image_url")
                .put(
                        "url",
                        "data:" + mimeType + ";base64,"
                                + java.util.Base64.getEncoder().encodeToString(image));
        body.put("temperature", 0.2).put("max_tokens", maxTokens);
        // vision has its own breaker: a vision model the endpoint does not serve must not stop the showroom's answers
        return execute("vision-" + key(tenant), properties.visionModel(), json.writeValueAsBytes(body), started);
    }

    private Completion execute(String breakerKey, String model, byte[] body, long started) {
        CircuitBreaker breaker = breakers.circuitBreaker(breakerKey);
        AtomicInteger attempts = new AtomicInteger();
        try {
            Completion completion = breaker.executeSupplier(
                    () -> retry.executeSupplier(() -> attempt(model, body, started, attempts.incrementAndGet())));
            recordOutcome("success", model, started);
            succeededAt.put(breakerKey, Instant.now()); // memory only: the hot path writes nothing shared
            return completion;
        } catch (CallNotPermittedException e) {
            recordOutcome("rejected", model, started);
            throw new LlmUnavailableException("LLM circuit breaker is open");
        } catch (LlmCallFailure e) {
            recordOutcome("failure", model, started);
            log.warn(
                    "LLM call failed after {} attempt(s) in {} ms: {}",
                    attempts.get(),
                    elapsedMillis(started),
                    e.getMessage());
            throw new LlmUnavailableException("LLM call failed: " + e.getMessage(), e);
        }
    }

    private Completion attempt(String model, byte[] body, long started, int attempt) {
        // The budget (45 s by default) bounds the whole call so the customer gets the fallback within 60 s.
        long remainingNanos = properties.totalBudget().toNanos() - (System.nanoTime() - started);
        if (remainingNanos <= 0) {
            throw LlmCallFailure.giveUp(
                    "time budget of " + properties.totalBudget().toSeconds() + " s spent", true);
        }
        Duration timeout = Duration.ofMillis(properties.timeoutMs());
        if (remainingNanos < timeout.toNanos()) {
            timeout = Duration.ofNanos(remainingNanos);
        }
        HttpPost request = new HttpPost(endpoint);
        request.setHeader("Authorization", "Bearer " + properties.apiKey());
        request.setHeader("Accept", "application/json");
        request.setEntity(new ByteArrayEntity(body, JSON));
        request.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(timeout))
                .setResponseTimeout(Timeout.of(timeout))
                .build());
        Response response = send(request, timeout);
        if (response.status() < 200 || response.status() >= 300) {
            throw LlmCallFailure.status(response.status(), response.retryAfter());
        }
        return parse(model, response.body(), started);
    }

    private record Response(int status, byte[] body, Duration retryAfter) {}

    private Response send(HttpPost request, Duration timeout) {
        var deadline = DEADLINES.schedule(request::cancel, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return http.execute(
                    request,
                    response -> new Response(
                            response.getCode(),
                            response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity()),
                            retryAfter(response.getFirstHeader("Retry-After"))));
        } catch (SocketTimeoutException e) {
            throw LlmCallFailure.transport("timed out after " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            if (request.isCancelled()) { // only the deadline cancels
                throw LlmCallFailure.transport("timed out after " + timeout.toMillis() + " ms", e);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw LlmCallFailure.giveUp("interrupted", false); // shutting down: no retry
            }
            throw LlmCallFailure.transport("I/O error: " + e.getClass().getSimpleName(), e);
        } finally {
            deadline.cancel(false);
        }
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        var executor = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().name("llm-deadlines").daemon().factory());
        executor.setRemoveOnCancelPolicy(true); // most calls finish in time: their deadlines leave the queue at once
        return executor;
    }

    private Completion parse(String model, byte[] body, long started) {
        ChatResponse reply;
        try {
            reply = json.readValue(body, ChatResponse.class);
        } catch (JacksonException e) {
            throw LlmCallFailure.giveUp("unreadable reply", true);
        }
        String content = reply.firstContent();
        List<ToolCall> toolCalls = reply.firstToolCalls();
        if ((content == null || content.isBlank()) && toolCalls.isEmpty()) {
            throw LlmCallFailure.unusableReply("reply has no content");
        }
        ChatResponse.Usage usage = reply.usage();
        return new Completion(
                content,
                toolCalls,
                reply.model() == null ? model : reply.model(),
                usage == null ? null : usage.promptTokens(),
                usage == null ? null : usage.completionTokens(),
                elapsedMillis(started));
    }

    /** Exponential backoff with jitter, or the server's Retry-After when it asks for longer; never over 5 s. */
    private static IntervalBiFunction<Completion> waitBeforeRetry(Duration initialBackoff) {
        IntervalFunction backoff =
                IntervalFunction.ofExponentialRandomBackoff(initialBackoff, 2.0, 0.5, MAX_RETRY_WAIT);
        return (attempt, outcome) -> {
            long wait = backoff.apply(attempt);
            if (outcome.isLeft()
                    && outcome.getLeft() instanceof LlmCallFailure failure
                    && failure.retryAfter() != null) {
                wait = Math.max(wait, failure.retryAfter().toMillis());
            }
            return Math.min(wait, MAX_RETRY_WAIT.toMillis());
        };
    }

    private static Duration retryAfter(Header header) {
        return Optional.ofNullable(header)
                .map(Header::getValue)
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
