package com.showroomassistant.webhook;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import com.showroomassistant.support.TcpProxy;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL goes away (the application reaches it through a relay the test cuts) while customers keep writing:
 * every webhook is still acknowledged, and once the database is back every message is stored once, in arrival
 * order, and answered. Runs on PostgreSQL only: an embedded H2 cannot go away.
 */
class JournalIT extends IntegrationTest {

    private static final TcpProxy DATABASE = onPostgres() ? relayToTestDatabase() : null;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    com.zaxxer.hikari.HikariDataSource pool;

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        if (DATABASE != null) {
            // the pool's own jdbc-url: bound after the base class's spring.datasource.url, so it wins
            registry.add(
                    "spring.datasource.hikari.jdbc-url",
                    () -> "jdbc:postgresql://127.0.0.1:" + DATABASE.port() + path() + "?currentSchema=" + SCHEMA);
            registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
        }
    }

    @AfterAll
    static void closeRelay() {
        if (DATABASE != null) {
            DATABASE.close();
        }
    }

    @Test
    void messagesArrivingWhileTheDatabaseIsAwayAreStoredOnceInOrderAndAnswered() {
        assumeTrue(onPostgres(), "needs a database that can go away");
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
        Showroom s = newShowroom();
        String rina = "6281250000001";
        String budi = "6281250000002";

        assertThat(pool.getJdbcUrl()).as("through the relay").contains(":" + DATABASE.port() + "/");
        DATABASE.cut();
        List<String> texts = List.of("halo kak", "avanza 2019 masih ada?", "warna apa saja?", "bisa lihat besok?");
        for (int i = 0; i < texts.size(); i++) {
            var reply =
                    http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "J" + i, rina, texts.get(i)));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().get("status").asString()).isEqualTo("accepted");
        }
        // Aimeow's redelivery of the first, and a second customer
        assertThat(http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "J0", rina, "halo kak"))
                        .status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "J9", budi, "brio ada?"))
                        .status())
                .isEqualTo(200);
        assertThat(meters.counter("webhook.journaled").count())
                .as("acknowledged from the journal")
                .isEqualTo(6);
        assertThat(sendsTo(GATEWAY, s.clientId(), rina)).isEmpty();

        DATABASE.restore();
        // the test's own first query may meet a pooled connection the outage broke; the pool drops it and the next
        // poll gets a fresh one
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> inbound(s, rina).size() == 4 && inbound(s, budi).size() == 1);
        assertThat(inbound(s, rina)).containsExactlyElementsOf(texts);
        assertThat(inbound(s, budi)).containsExactly("brio ada?");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !sendsTo(GATEWAY, s.clientId(), rina).isEmpty()
                        && !sendsTo(GATEWAY, s.clientId(), budi).isEmpty());
        // nothing left waiting: later messages go straight to the database again
        var later = http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "J10", budi, "terima kasih"));
        assertThat(later.json().get("status").asString()).isEqualTo("accepted");
        assertThat(inbound(s, budi)).containsExactly("brio ada?", "terima kasih");
    }

    /** The customer's stored messages in the order the database received them. */
    private List<String> inbound(Showroom s, String phone) {
        return jdbc.sql("""
                        select m.content from message m join conversation c on c.id = m.conversation_id
                        where m.tenant_id = ? and m.direction = 'inbound' and c.customer_identity = ? order by m.id""").params(s.tenantId(), phone).query(String.class).list();
    }

    private static TcpProxy relayToTestDatabase() {
        URI uri = URI.create(System.getenv("TEST_POSTGRES_URL").substring("jdbc:".length()));
        return new TcpProxy(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
    }

    private static String path() {
        return URI.create(System.getenv("TEST_POSTGRES_URL").substring("jdbc:".length()))
                .getPath();
    }
}
