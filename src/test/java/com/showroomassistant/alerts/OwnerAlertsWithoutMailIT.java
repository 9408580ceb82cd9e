package com.showroomassistant.alerts;

import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.sendsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.showroomassistant.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/** Without SMTP configured no mail is attempted (there is no mail sender at all), and WhatsApp alerts still go out. */
class OwnerAlertsWithoutMailIT extends IntegrationTest {

    @Autowired
    IncidentWatch watch;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void withoutSmtpTheOwnerStillHearsByWhatsApp() {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .as("no spring.mail.host: no mail sender, so no mail is attempted")
                .isNull();
        Showroom s = newShowroom();
        configure(s, c -> {
            c.put("debounceSeconds", 0);
            c.put("welcomeMessage", "");
            c.putObject("ownerAlerts").put("staffWaitMinutes", 5);
        });
        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), UUID.randomUUID().toString(), "6285733334444", "tolong hubungkan ke admin"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.sql("select count(*) from conversation where tenant_id = ? and status = 'escalated'")
                                .param(s.tenantId())
                                .query(Long.class)
                                .single()
                        == 1);

        Instant later = clock.instant().plus(Duration.ofMinutes(6));
        watch.check(later);
        watch.check(later.plusSeconds(20));

        // no phone set: the showroom's phone number from its profile (022-123, as the gateway addresses it)
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sendsTo(GATEWAY, s.clientId(), "6222123").size() == 1);
        assertThat(sendsTo(GATEWAY, s.clientId(), "6222123")
                        .getFirst()
                        .get("message")
                        .asString())
                .contains("menunggu staff");
    }
}
