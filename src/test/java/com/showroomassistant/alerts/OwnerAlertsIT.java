package com.showroomassistant.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.showroomassistant.assistant.TokenBudget;
import com.showroomassistant.assistant.llm.ChatMessage;
import com.showroomassistant.assistant.llm.LlmClient;
import com.showroomassistant.assistant.llm.LlmProperties;
import com.showroomassistant.assistant.llm.LlmUnavailableException;
import com.showroomassistant.conversation.WaitingForStaff;
import com.showroomassistant.dashboard.DashboardUser;
import com.showroomassistant.dashboard.DashboardUsers;
import com.showroomassistant.gateway.Gateways;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.FormSession;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.tenant.AiConfigs;
import com.showroomassistant.tenant.GatewayAccounts;
import com.showroomassistant.tenant.Tenants;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The owner hears about problems once per incident, by WhatsApp (the stand-in gateway) and by e-mail (GreenMail, a real
 * SMTP server). The passes run at instants the test chooses; the connection is refreshed as the poll does it.
 */
// two failed calls open a showroom's breaker (each showroom has its own, so these tests do not silence each other)
@TestPropertySource(properties = "zai.breaker-minimum-calls=2")
class OwnerAlertsIT extends IntegrationTest {

    static final GreenMail SMTP = startSmtp();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("showroom.alerts.mail-from", () -> "alarm@showroom.test");
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return smtp;
    }

    @Autowired
    IncidentWatch watch;

    @Autowired
    DailySummaries summaries;

    @Autowired
    DashboardUsers users;

    @Autowired
    LlmClient llm;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    LlmProperties llmProperties;

    @Autowired
    Tenants tenants;

    @Autowired
    AiConfigs configs;

    @Autowired
    GatewayAccounts accounts;

    @Autowired
    Gateways gateways;

    @Autowired
    TokenBudget budget;

    @Autowired
    WaitingForStaff waiting;

    @Autowired
    Incidents incidents;

    @Autowired
    Owner owner;

    @Autowired
    OwnerChannels channels;

    @Autowired
    AiHealth aiHealth;

    private final List<StubMapping> stubs = new ArrayList<>();

    @AfterEach
    void removeStubs() {
        stubs.forEach(GATEWAY::removeStub);
        stubs.forEach(LLM::removeStub);
    }

    /** A showroom whose owner set a WhatsApp number for alerts and has the dashboard owner login (the e-mail). */
    private Owned ownedShowroom(String extraConfig) {
        Showroom s = newShowroom();
        String phone = "62813" + (1_000_000 + (long) (Math.random() * 8_999_999));
        String email = "pemilik+" + s.tenantId() + "@showroom.test";
        users.create(new TenantId(s.tenantId()), email, "rahasia-uji-123", DashboardUser.OWNER);
        configure(s, c -> {
            c.put("debounceSeconds", 0);
            c.put("welcomeMessage", "");
            c.set(
                    "ownerAlerts",
                    tools.jackson.databind.json.JsonMapper.builder()
                            .build()
                            .readTree("{\"phone\":\"" + phone + "\"" + extraConfig + "}"));
        });
        return new Owned(s, phone, email);
    }

    record Owned(Showroom s, String phone, String email) {}

    @Test
    void aDisconnectedWhatsAppIsToldOncePerIncidentByEmailAndByWhatsAppOnceBack() throws Exception {
        Owned o = ownedShowroom("");
        clientIs(o.s(), true);
        pollAndCheck(o.s(), 1);
        assertThat(mailsTo(o.email())).isEmpty();

        clientIs(o.s(), false);
        pollAndCheck(o.s(), 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(o.email()).size() == 1);
        MimeMessage alert = mailsTo(o.email()).getFirst();
        assertThat(alert.getSubject()).contains("WhatsApp").contains("terputus");
        assertThat(alert.getFrom()[0].toString()).isEqualTo("alarm@showroom.test");
        assertThat(alert.getContent().toString()).contains(o.s().name()).contains("Koneksi");
        assertThat(queuedTo(o))
                .as("WhatsApp is what is down: its message waits for the connection")
                .isZero();

        clientIs(o.s(), true);
        pollAndCheck(o.s(), 2);
        assertThat(queuedTo(o)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, o.s().clientId(), o.phone()).size() == 1);
        assertThat(sendsTo(GATEWAY, o.s().clientId(), o.phone())
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("tersambung lagi")
                .contains("terputus dari");

        clientIs(o.s(), false);
        pollAndCheck(o.s(), 2);
        clientIs(o.s(), true);
        pollAndCheck(o.s(), 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(o.email()).size() >= 2);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, o.s().clientId(), o.phone()).size() >= 2);
        assertThat(mailsTo(o.email())).hasSize(2);
        assertThat(queuedTo(o)).isEqualTo(2);
        assertThat(incidents(o, "whatsapp_disconnected")).isEqualTo(2);
    }

    @Test
    void theAiFailingIsToldOnce() throws Exception {
        Owned o = ownedShowroom("");
        stubs.add(LLM.stubFor(post(anyUrl())
                .withRequestBody(containing(o.s().name()))
                .atPriority(1)
                .willReturn(serverError())));
        TenantId tenant = new TenantId(o.s().tenantId());
        for (int i = 0; i < 2; i++) {
            customerSays(o.s(), "6285700000" + (100 + i), "ada avanza 2019?");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> llm.seen(tenant).failedAt() != null);

        watch.check(clock.instant());
        watch.check(clock.instant());

        assertThat(queuedTo(o)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, o.s().clientId(), o.phone()).size() == 1);
        assertThat(sendsTo(GATEWAY, o.s().clientId(), o.phone())
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("AI asisten")
                .contains("gangguan");
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(o.email()).size() == 1);
        assertThat(mailsTo(o.email()).getFirst().getSubject()).contains("gangguan");
        assertThat(incidents(o, "llm_failing")).isEqualTo(1);
    }

    /**
     * Two instances disagree: this one's breaker opened and stays open (it makes no call since), the other's calls
     * succeed. Before, each pass of one closed the incident and the other's reopened it, telling the owner each time.
     */
    @Test
    void twoInstancesThatDisagreeAboutTheAiTellTheOwnerOnce() throws Exception {
        Owned o = ownedShowroom("");
        StubMapping failing = LLM.stubFor(post(anyUrl())
                .withRequestBody(containing(o.s().name()))
                .atPriority(1)
                .willReturn(serverError()));
        stubs.add(failing);
        TenantId tenant = new TenantId(o.s().tenantId());
        for (int i = 0; i < 2; i++) {
            customerSays(o.s(), "6285700001" + (100 + i), "ada avanza 2019?");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> llm.seen(tenant).failedAt() != null);

        watch.check(clock.instant());
        assertThat(queuedTo(o))
                .as("this instance saw the AI fail: the owner is told")
                .isEqualTo(1);

        // the other instance: its own breaker, and a call that succeeds now that the AI is back
        LLM.removeStub(failing);
        LlmClient otherLlm = new LlmClient(llmProperties);
        otherLlm.complete(tenant, List.of(ChatMessage.user("halo " + o.s().name())), 0.2, 50, List.of());
        IncidentWatch other = new IncidentWatch(
                tenants,
                configs,
                accounts,
                gateways,
                otherLlm,
                budget,
                waiting,
                incidents,
                owner,
                channels,
                clock,
                aiHealth,
                Duration.ofMinutes(10));
        assertThat(llm.seen(tenant).succeededAt())
                .as("this instance still saw only the failure")
                .isNull();

        for (int pass = 0; pass < 3; pass++) {
            other.check(clock.instant());
            watch.check(clock.instant());
        }
        assertThat(openIncidents(o))
                .as("the AI counts as back on every instance")
                .isZero();
        assertThat(queuedTo(o)).as("told once, not once per pass").isEqualTo(1);

        // failing again soon after is the same trouble: not told again within the quiet period
        stubs.add(LLM.stubFor(post(anyUrl())
                .withRequestBody(containing(o.s().name()))
                .atPriority(1)
                .willReturn(serverError())));
        for (int i = 0; i < 2; i++) {
            try {
                otherLlm.complete(tenant, List.of(ChatMessage.user("halo " + o.s().name())), 0.2, 50, List.of());
            } catch (LlmUnavailableException expected) {
                // the failures that open the other instance's breaker
            }
        }
        other.check(clock.instant());
        watch.check(clock.instant());
        assertThat(queuedTo(o)).isEqualTo(1);
        other.check(clock.instant().plus(Duration.ofMinutes(11)));
        assertThat(queuedTo(o))
                .as("still failing after the quiet period: told again")
                .isEqualTo(2);
        assertThat(incidents(o, "llm_failing")).isEqualTo(2);
    }

    @Test
    void customersWaitingForStaffPastTheThresholdAreToldOnce() throws Exception {
        Owned o = ownedShowroom(",\"staffWaitMinutes\":15");
        customerSays(o.s(), "6285711112222", "saya mau bicara dengan staff");
        await().atMost(Duration.ofSeconds(15)).until(() -> escalated(o) == 1);
        Instant now = clock.instant();

        watch.check(now.plus(Duration.ofMinutes(10)));
        assertThat(queuedTo(o)).as("not waiting long enough yet").isZero();

        watch.check(now.plus(Duration.ofMinutes(16)));
        watch.check(now.plus(Duration.ofMinutes(20)));
        assertThat(queuedTo(o)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, o.s().clientId(), o.phone()).size() == 1);
        assertThat(sendsTo(GATEWAY, o.s().clientId(), o.phone())
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("menunggu staff lebih dari 15 menit")
                .contains("6285711112222");
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(o.email()).size() == 1);

        long conversation = jdbc.sql("select id from conversation where tenant_id = ? and status = 'escalated'")
                .param(o.s().tenantId())
                .query(Long.class)
                .single();
        http.post("/api/v1/whatsapp-ai/conversations/" + conversation + "/resolve", o.s().apiKey(), null);
        watch.check(now.plus(Duration.ofMinutes(21)));
        assertThat(jdbc.sql("select count(*) from owner_incident where tenant_id = ? and open_key is not null")
                        .param(o.s().tenantId())
                        .query(Long.class)
                        .single())
                .as("the incident closed with the wait")
                .isZero();
        assertThat(queuedTo(o)).isEqualTo(1);
    }

    /**
     * The owner set no phone and the showroom's profile phone is its own connected WhatsApp number: a message to
     * itself reaches nobody, so the alert goes by e-mail only, and the settings page says why.
     */
    @Test
    void alertsNeverGoToTheShowroomsOwnNumber() throws Exception {
        Showroom s = newShowroom();
        String email = "pemilik+" + s.tenantId() + "@showroom.test";
        users.create(new TenantId(s.tenantId()), email, "rahasia-uji-123", DashboardUser.OWNER);
        configure(s, c -> {
            c.put("debounceSeconds", 0);
            c.put("welcomeMessage", "");
        });
        assertThat(http.put("/api/v1/whatsapp-ai/profile", s.apiKey(), """
                        {"name":"%s","phoneNumber":"+%s","whatsappNumber":"+%s"}""".formatted(
                                        s.name(), s.ownNumber(), s.ownNumber()))
                        .status())
                .isEqualTo(200);
        customerSays(s, "6285711113333", "saya mau bicara dengan staff");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.sql("select count(*) from conversation where tenant_id = ? and status = 'escalated'")
                                .param(s.tenantId())
                                .query(Long.class)
                                .single()
                        == 1);

        watch.check(clock.instant().plus(Duration.ofMinutes(31)));

        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email).size() == 1);
        assertThat(mailsTo(email).getFirst().getSubject()).contains("menunggu staff");
        assertThat(jdbc.sql(
                                "select count(*) from message where tenant_id = ? and recipient = ? and direction = 'outbound'")
                        .params(s.tenantId(), s.ownNumber())
                        .query(Long.class)
                        .single())
                .as("nothing queued to the showroom's own number")
                .isZero();

        var owner = new FormSession(port);
        owner.login(email, "rahasia-uji-123");
        assertThat(owner.get("/app/settings").body())
                .contains("id=\"owner-whatsapp-skipped\"")
                .contains("nomor WhatsApp showroom yang tersambung");
    }

    @Test
    void theDailySummaryIsSentOnceFromTheHourInTheShowroomsTimeZone() throws Exception {
        Owned o = ownedShowroom(",\"dailySummaryHour\":7");
        configure(o.s(), c -> c.put("timezone", "Asia/Jayapura")); // UTC+9
        customerSays(o.s(), "6285722223333", "halo, ada avanza?");

        Instant sixFiftyNine = Instant.parse("2031-03-04T21:59:00Z"); // 06:59 on 5 March in Jayapura
        summaries.sendDue(sixFiftyNine);
        assertThat(summariesOf(o)).isZero();

        summaries.sendDue(sixFiftyNine.plusSeconds(60));
        summaries.sendDue(sixFiftyNine.plus(Duration.ofHours(3)));
        assertThat(summariesOf(o)).isEqualTo(1);
        assertThat(queuedTo(o)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, o.s().clientId(), o.phone()).size() == 1);
        String text = sendsTo(GATEWAY, o.s().clientId(), o.phone())
                .getFirst()
                .get("message")
                .asString();
        assertThat(text)
                .contains("Ringkasan harian")
                .contains("Selasa, 4 Maret 2031")
                .contains("Percakapan:")
                .contains("Lead baru:")
                .contains("Test drive hari ini:");
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(o.email()).size() == 1);
        assertThat(mailsTo(o.email()).getFirst().getSubject()).contains("Ringkasan harian");

        summaries.sendDue(Instant.parse("2031-03-05T22:00:00Z")); // 07:00 the next day
        assertThat(summariesOf(o)).isEqualTo(2);
    }

    private void customerSays(Showroom s, String from, String text) {
        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), UUID.randomUUID().toString(), from, text));
    }

    /** What GET /clients/{id} answers from now on: connected, or logged out with a QR code to scan. */
    private void clientIs(Showroom s, boolean connected) {
        stubs.add(GATEWAY.stubFor(get(urlPathEqualTo("/api/v1/clients/" + s.clientId()))
                .willReturn(
                        okJson(connected ? """
                          {"id":"%s","phone":"%s","isConnected":true,"qrCode":"not_available","connectedAt":"","messageCount":0}""".formatted(s.clientId(), s.ownNumber()) : """
                          {"id":"%s","phone":"","isConnected":false,"qrCode":"2@Qr","connectedAt":"","messageCount":0}""".formatted(s.clientId())))));
    }

    /** Each round reads the state from the gateway (as the connection poll does) and runs the alert pass. */
    private void pollAndCheck(Showroom s, int rounds) {
        for (int i = 0; i < rounds; i++) {
            assertThat(http.get("/api/v1/whatsapp-ai/status", s.apiKey()).status())
                    .isEqualTo(200);
            watch.check(clock.instant());
        }
    }

    private List<MimeMessage> mailsTo(String email) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(email))) {
                to.add(m);
            }
        }
        return to;
    }

    /** The WhatsApp messages queued to the owner's phone. */
    private long queuedTo(Owned o) {
        return jdbc.sql("select count(*) from message where tenant_id = ? and recipient = ? and direction = 'outbound'")
                .params(o.s().tenantId(), o.phone())
                .query(Long.class)
                .single();
    }

    private long incidents(Owned o, String kind) {
        return jdbc.sql("select count(*) from owner_incident where tenant_id = ? and kind = ?")
                .params(o.s().tenantId(), kind)
                .query(Long.class)
                .single();
    }

    private long openIncidents(Owned o) {
        return jdbc.sql("select count(*) from owner_incident where tenant_id = ? and open_key is not null")
                .param(o.s().tenantId())
                .query(Long.class)
                .single();
    }

    private long escalated(Owned o) {
        return jdbc.sql("select count(*) from conversation where tenant_id = ? and status = 'escalated'")
                .param(o.s().tenantId())
                .query(Long.class)
                .single();
    }

    private long summariesOf(Owned o) {
        return jdbc.sql("select count(*) from owner_daily_summary where tenant_id = ?")
                .param(o.s().tenantId())
                .query(Long.class)
                .single();
    }
}
