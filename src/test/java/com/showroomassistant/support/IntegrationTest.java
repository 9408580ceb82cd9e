package com.showroomassistant.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Boots the whole application on a real database (H2, or PostgreSQL in a fresh schema when the build
 * runs with -Dtest.database=postgres) with real HTTP servers standing in for Aimeow and the LLM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// a subclass may switch the LLM off, unset the webhook secret, or let its LLM breaker open (tests share one LLM
// stand-in; a breaker opened by one test must not silence the next)
@TestPropertySource(
        properties = {
            "zai.api-key=test-llm-key",
            "showroom.webhook.secret=" + IntegrationTest.WEBHOOK_SECRET,
            "zai.breaker-minimum-calls=10000"
        })
public abstract class IntegrationTest {

    public static final String ADMIN_KEY = "test-admin-key";
    /** The gateway presents it as the token of the callback URL; {@link Http} adds it to every webhook call. */
    public static final String WEBHOOK_SECRET = "test-webhook-secret";

    public static final WireMockServer GATEWAY = start();
    public static final WireMockServer LLM = start();
    /** Meta's Graph API (WhatsApp Cloud API) as its public documentation describes it. */
    public static final WireMockServer GRAPH = start();
    /** The Cloud API webhook's verify token of this deployment. */
    public static final String CLOUD_VERIFY_TOKEN = "test-cloud-verify-token";
    /** The app secret every test Cloud API account signs its webhooks with. */
    public static final String CLOUD_APP_SECRET = "test-cloud-app-secret";

    public static final String CLOUD_ACCESS_TOKEN = "test-cloud-access-token";
    protected static final String SCHEMA =
            "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final Path MEDIA = mediaDirectory();
    private static final java.util.concurrent.atomic.AtomicInteger CONTEXTS =
            new java.util.concurrent.atomic.AtomicInteger();

    static {
        // Healthy by default: an unstubbed LLM answers 404, and those failures trip the application-wide LLM
        // circuit breaker, failing whichever test class happens to run next. Tests override at higher priority.
        StandIns.llmDefault(LLM);
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.graphAcceptsAll(GRAPH);
    }

    @LocalServerPort
    protected int port;

    protected Http http;

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().dynamicPort().asynchronousResponseEnabled(true));
        server.start();
        return server;
    }

    private static Path mediaDirectory() {
        try {
            return Files.createTempDirectory("showroom-media-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("test.database"));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        if (onPostgres()) {
            String url = System.getenv("TEST_POSTGRES_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("test.database=postgres needs TEST_POSTGRES_URL");
            }
            registry.add(
                    "spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
            registry.add("spring.datasource.username", () -> env("TEST_POSTGRES_USER", "postgres"));
            registry.add("spring.datasource.password", () -> env("TEST_POSTGRES_PASSWORD", ""));
            registry.add("spring.flyway.schemas", () -> SCHEMA);
            registry.add("spring.flyway.default-schema", () -> SCHEMA);
            // each cached test context keeps its own pool: small pools keep them all under max_connections (100)
            registry.add("spring.datasource.hikari.maximum-pool-size", () -> "8");
            registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
        } else {
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:mem:it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        registry.add("showroom.admin-api-key", () -> ADMIN_KEY);
        registry.add("showroom.demo-data", () -> "false");
        registry.add("showroom.media.directory", MEDIA::toString);
        // each context its own journal file: two contexts in one JVM must not replay each other's webhooks
        registry.add(
                "showroom.webhook.journal-directory",
                () -> MEDIA.resolve("journal-" + CONTEXTS.incrementAndGet()).toString());
        registry.add("aimeow.base-url", GATEWAY::baseUrl);
        registry.add("whatsapp.cloud.base-url", () -> GRAPH.baseUrl() + "/v21.0");
        registry.add("whatsapp.cloud.verify-token", () -> CLOUD_VERIFY_TOKEN);
        registry.add("showroom.secrets.key", () -> "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        registry.add("zai.base-url", () -> LLM.baseUrl() + "/api/paas/v4");
        registry.add("zai.initial-backoff", () -> "50ms");
        registry.add("showroom.reminders.interval", () -> "500ms");
        registry.add("showroom.reminders.initial-delay", () -> "500ms");
        registry.add("showroom.follow-ups.interval", () -> "300ms");
        registry.add("showroom.follow-ups.initial-delay", () -> "300ms");
        // paced follow-ups 50 ms apart (plus jitter): a wave is visibly paced, yet over in seconds
        registry.add("showroom.outbox.max-per-minute", () -> "1200");
        // tests drive the connection poll themselves; a background one would race their stand-in gateway
        registry.add("showroom.connection.poll-interval", () -> "1h");
        // and the owner's alert passes (OwnerAlertsIT drives them, at the instants it chooses)
        registry.add("showroom.alerts.interval", () -> "1h");
        registry.add("showroom.alerts.summary-interval", () -> "1h");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    @BeforeEach
    void connectHttp() {
        http = new Http("http://localhost:" + port, WEBHOOK_SECRET);
    }

    /** Onboards a fresh showroom through the operator API, as an operator would. */
    protected Showroom newShowroom() {
        String clientId = "client-" + UUID.randomUUID();
        String name = "Showroom Uji " + clientId.substring(7, 15);
        String ownNumber = "62811" + (1_000_000 + (long) (Math.random() * 8_999_999));
        var response = http.post("/api/v1/admin/tenants", ADMIN_KEY, """
                {"name":"%s","city":"Bandung","phoneNumber":"022-123","whatsappNumber":"%s","aimeowClientId":"%s"}""".formatted(name, ownNumber, clientId));
        if (response.status() != 201) {
            throw new IllegalStateException("tenant creation failed: " + response);
        }
        return new Showroom(
                response.json().get("tenantId").asLong(),
                response.json().get("apiKey").asString(),
                clientId,
                ownNumber,
                name);
    }

    /**
     * Onboards a fresh showroom on the WhatsApp Cloud API, as an operator would: created, then its gateway set to
     * kind cloud. Its {@code clientId} is its phone-number id.
     */
    protected Showroom newCloudShowroom() {
        Showroom s = newUnpairedShowroom();
        String phoneNumberId = Long.toString(100_000_000_000L + (long) (Math.random() * 899_999_999_999L));
        var response = http.put("/api/v1/admin/tenants/" + s.tenantId() + "/gateway", ADMIN_KEY, """
                {"kind":"cloud","phoneNumberId":"%s","businessAccountId":"102290129340398",
                 "accessToken":"%s","appSecret":"%s"}""".formatted(
                        phoneNumberId, CLOUD_ACCESS_TOKEN, CLOUD_APP_SECRET));
        if (response.status() != 200) {
            throw new IllegalStateException("gateway settings refused: " + response);
        }
        return new Showroom(s.tenantId(), s.apiKey(), phoneNumberId, null, s.name());
    }

    /** Posts a Cloud API webhook body signed with the test app secret, as Meta would. */
    protected Http.Response cloudWebhook(String body) {
        return http.postRaw(
                "/api/v1/webhooks/whatsapp-cloud",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of(
                        "Content-Type",
                        "application/json",
                        "X-Hub-Signature-256",
                        "sha256=" + CloudPayloads.sign(CLOUD_APP_SECRET, body)));
    }

    /** Onboards a showroom with no gateway client yet, as before its first initialize. */
    protected Showroom newUnpairedShowroom() {
        String name = "Showroom Baru " + UUID.randomUUID().toString().substring(0, 8);
        var response =
                http.post("/api/v1/admin/tenants", ADMIN_KEY, "{\"name\":\"%s\",\"city\":\"Depok\"}".formatted(name));
        if (response.status() != 201) {
            throw new IllegalStateException("tenant creation failed: " + response);
        }
        return new Showroom(
                response.json().get("tenantId").asLong(),
                response.json().get("apiKey").asString(),
                null,
                null,
                name);
    }

    /**
     * A fresh showroom that answers at once (no debounce, no welcome message) with one staff phone, then configured
     * further as the test needs.
     */
    protected Showroom showroomWithStaff(
            String staffPhone, java.util.function.Consumer<tools.jackson.databind.node.ObjectNode> configure) {
        Showroom s = newShowroom();
        configure(s, config -> {
            config.put("debounceSeconds", 0);
            config.put("welcomeMessage", "");
            configure.accept(config);
        });
        http.post(
                "/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"" + staffPhone + "\",\"name\":\"Budi\"}");
        return s;
    }

    /**
     * A text from {@code from} through the webhook, as a new message; waits until the gateway stand-in has sent
     * {@code from} at least {@code expected} messages, and answers the last one's text.
     */
    protected String say(Showroom s, String from, String text, int expected) {
        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                Payloads.aimeowText(s.clientId(), UUID.randomUUID().toString(), from, text));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> StandIns.sendsTo(GATEWAY, s.clientId(), from).size() >= expected);
        return StandIns.sendsTo(GATEWAY, s.clientId(), from)
                .getLast()
                .get("message")
                .asString();
    }

    /** The id of the conversation the list API finds for {@code customer}. */
    protected long conversationId(Showroom s, String customer) {
        return http.get("/api/v1/whatsapp-ai/conversations?q=" + customer, s.apiKey())
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
    }

    /** The messages of the conversation the list API finds for {@code customer}, oldest first. */
    protected tools.jackson.databind.JsonNode customerMessages(Showroom s, String customer) {
        long conversation = conversationId(s, customer);
        return http.get("/api/v1/whatsapp-ai/conversations/" + conversation + "/messages", s.apiKey())
                .json()
                .get("items");
    }

    /** Changes the showroom's assistant settings through the config API, as an owner would. */
    protected void configure(Showroom s, java.util.function.Consumer<tools.jackson.databind.node.ObjectNode> change) {
        var config = (tools.jackson.databind.node.ObjectNode)
                http.get("/api/v1/whatsapp-ai/config", s.apiKey()).json();
        change.accept(config);
        var put = http.put("/api/v1/whatsapp-ai/config", s.apiKey(), config.toString());
        if (put.status() != 200) {
            throw new IllegalStateException("config rejected: " + put.body());
        }
    }

    public record Showroom(long tenantId, String apiKey, String clientId, String ownNumber, String name) {}
}
