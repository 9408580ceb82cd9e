package com.showroomassistant.pipeline;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.ShowroomAssistantApplication;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * This context stores but never processes (as if every worker had died); a second instance started on
 * the same database afterwards must answer everything that was left, exactly once.
 */
@TestPropertySource(properties = "showroom.pipeline.enabled=false")
class RecoveryIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment env;

    @Test
    void pendingWorkAndExpiredLeasesAreFinishedByTheNextInstanceExactlyOnce() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
        Showroom s = newShowroom();
        for (int i = 0; i < 5; i++) {
            String phone = "6281240000" + i;
            http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "R" + i, phone, "halo, avanza ada?"));
        }
        // one conversation looks claimed by an instance that was killed mid-turn: its lease runs out soon
        var crashedLeaseEnd = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3);
        jdbc.sql(
                        "update conversation set lease_owner = 'killed-instance', lease_until = ? where tenant_id = ? and customer_identity = ?")
                .params(crashedLeaseEnd, s.tenantId(), "62812400000")
                .update();
        assertThat(pending(s)).isEqualTo(5);

        try (var second = new SpringApplicationBuilder(ShowroomAssistantApplication.class).run(sameDatabase())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> pending(s) == 0);
            for (int i = 0; i < 5; i++) {
                String phone = "6281240000" + i;
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> sendsTo(GATEWAY, s.clientId(), phone).size() >= 1);
            }
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> {
                for (int i = 0; i < 5; i++) {
                    if (sendsTo(GATEWAY, s.clientId(), "6281240000" + i).size() != 1) {
                        return false;
                    }
                }
                return true;
            });
            assertThat(sendsTo(GATEWAY, s.clientId(), "62812400000")).hasSize(1);
        }
    }

    private long pending(Showroom s) {
        return jdbc.sql(
                        "select count(*) from message where tenant_id = ? and direction = 'inbound' and state = 'pending'")
                .param(s.tenantId())
                .query(Long.class)
                .single();
    }

    /** Command-line arguments, so they win over application.yml like a real operator's settings would. */
    private String[] sameDatabase() {
        Map<String, Object> p = new HashMap<>();
        for (String key : new String[] {
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.flyway.schemas",
            "spring.flyway.default-schema",
            "showroom.admin-api-key",
            "aimeow.base-url",
            "zai.base-url",
            "zai.api-key"
        }) {
            String value = env.getProperty(key);
            if (value != null) {
                p.put(key, value);
            }
        }
        p.put("server.port", "0");
        try {
            p.put(
                    "showroom.webhook.journal-directory",
                    java.nio.file.Files.createTempDirectory("journal-").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        p.put("showroom.demo-data", "false");
        p.put("showroom.pipeline.enabled", "true");
        p.put("spring.jmx.enabled", "false");
        return p.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }
}
