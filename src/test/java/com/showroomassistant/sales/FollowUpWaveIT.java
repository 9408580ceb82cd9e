package com.showroomassistant.sales;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sends;
import static com.showroomassistant.support.StandIns.sentWithTimes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A follow-up wave never reads as a burst to WhatsApp: 200 leads told of one new car each get their message at a slot
 * of their own, at least 60 s / {@code showroom.outbox.max-per-minute} (1200 in the tests: 50 ms) after the one
 * before, and the gateway receives none before its slot. The pacing is asserted as recorded, not timed.
 */
class FollowUpWaveIT extends IntegrationTest {

    private static final int LEADS = 200;
    private static final long GAP_MS = 60_000 / 1200;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWaveOf200LeadsIsPacedUnderTheSendingGovernor() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        StandIns.llmDefault(LLM);
        Showroom s = newShowroom();
        configure(s, config -> {
            config.put("debounceSeconds", 0);
            config.put("welcomeMessage", "");
            config.putObject("followUps").put("newStockMatch", true);
        });
        List<String> customers = IntStream.range(0, LEADS)
                .mapToObj(i -> "6281366%05d".formatted(i))
                .toList();
        customers.forEach(c -> http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), UUID.randomUUID().toString(), c, "avanza masih ada?")));
        await().atMost(Duration.ofSeconds(90))
                .until(() -> sends(GATEWAY, s.clientId()).size() == LEADS);

        assertThat(http.post(
                                "/api/v1/vehicles",
                                s.apiKey(),
                                "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"year\":2021,\"price\":175000000}")
                        .status())
                .isEqualTo(201);

        await().atMost(Duration.ofSeconds(120))
                .until(() -> sends(GATEWAY, s.clientId()).size() == 2 * LEADS);
        Map<String, Instant> slots = new LinkedHashMap<>();
        jdbc.sql("""
                select l.customer_identity, f.send_at from follow_up f join sales_lead l on l.id = f.lead_id
                 where f.tenant_id = ? order by f.send_at""").param(s.tenantId()).query(rs -> {
            slots.put(rs.getString(1), Timestamps.read(rs, "send_at"));
        });
        assertThat(slots.keySet()).containsExactlyInAnyOrderElementsOf(customers);

        List<Instant> inOrder = List.copyOf(slots.values());
        for (int i = 1; i < inOrder.size(); i++) {
            assertThat(Duration.between(inOrder.get(i - 1), inOrder.get(i)).toMillis())
                    .as("slot %d after slot %d", i, i - 1)
                    .isGreaterThanOrEqualTo(GAP_MS);
        }

        Map<String, List<StandIns.Sent>> followUps = sentWithTimes(GATEWAY, s.clientId()).stream()
                .filter(m -> m.message().contains("Toyota Avanza 2021"))
                .collect(Collectors.groupingBy(StandIns.Sent::phone));
        assertThat(followUps).hasSize(LEADS).allSatisfy((phone, sent) -> {
            assertThat(sent).as("follow-ups to %s", phone).hasSize(1);
            assertThat(sent.getFirst().at()).as("when %s got it", phone).isAfterOrEqualTo(slots.get(phone));
        });
    }
}
