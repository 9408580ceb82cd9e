package com.showroomassistant.dashboard;

import static com.showroomassistant.support.StandIns.llmAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner sees one figure wherever it is shown: the analytics API, WhatsApp /stats and the dashboard agree. */
class OneDefinitionOfNumbersIT extends IntegrationTest {

    static final String STAFF = "6281200000001";
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Autowired
    ShowroomNumbers dashboard;

    @Test
    void escalationsAiRepliesAndConversationsAreTheSameEverywhere() {
        StandIns.gatewayAcceptsAll(GATEWAY);
        Showroom s = newShowroom();
        configure(s, c -> {
            c.put("debounceSeconds", 0);
            c.put("welcomeMessage", "");
        });
        http.post(
                "/api/v1/vehicles",
                s.apiKey(),
                "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"year\":2019,\"price\":150000000}");
        llmAnswers(LLM, s.name(), "Ada kak, Toyota Avanza 2019.");
        say(s, "6281300000101", "avanza 2019 masih ada?", 1);
        say(s, "6281300000101", "warnanya apa kak?", 2);
        // escalated while the showroom has no staff phone yet: nobody is notified, and it is still an escalation
        say(s, "6281300000102", "saya mau bicara dengan sales", 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/v1/whatsapp-ai/conversations?status=escalated", s.apiKey())
                                .json()
                                .get("total")
                                .asLong()
                        == 1);
        http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"" + STAFF + "\",\"name\":\"Budi\"}");

        String today = LocalDate.now(JAKARTA).toString();
        var report = http.get("/api/v1/whatsapp-ai/analytics?from=" + today + "&to=" + today, s.apiKey())
                .json();
        var api = report.get("totals");
        String stats = say(s, STAFF, "/stats", 1);
        var board = dashboard.escalation(
                new TenantId(s.tenantId()),
                LocalDate.now(JAKARTA).atStartOfDay(JAKARTA).toInstant());

        assertThat(api.get("conversationsWithMessages").asLong())
                .isEqualTo(2)
                .isEqualTo(number(stats, "Percakapan: (\\d+)"))
                .isEqualTo(board.conversations());
        assertThat(api.get("escalations").asLong())
                .isEqualTo(1)
                .isEqualTo(number(stats, "Eskalasi: (\\d+)"))
                .isEqualTo(board.escalated());
        assertThat(report.get("escalationRate").asDouble()).isEqualTo(board.rate());
        assertThat(api.get("aiReplies").asLong()).isEqualTo(2).isEqualTo(number(stats, "Balasan AI: (\\d+)"));
        assertThat(api.get("inbound").asLong()).isEqualTo(3).isEqualTo(number(stats, "Pesan pelanggan: (\\d+)"));
    }

    private static long number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as(pattern + " in " + text).isTrue();
        return Long.parseLong(m.group(1));
    }
}
