package com.showroomassistant.webhook;

import static com.showroomassistant.support.Payloads.aimeowText;
import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.Http;
import com.showroomassistant.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * With the fast path switched off the webhook runs through security and Spring MVC; the gateway must not see a
 * difference. (Every other test drives the fast path.)
 */
@TestPropertySource(properties = "showroom.webhook.fast-path=false")
class WebhookPathsIT extends IntegrationTest {

    @Test
    void theMvcPathAnswersLikeTheFastPath() {
        answersAsTheContractSays(http, newShowroom());
    }

    /** What the gateway sees, whichever path serves it: WebhookIT runs the same on the fast path. */
    static void answersAsTheContractSays(Http http, Showroom s) {
        var stored =
                http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "M-1", "6281234567811", "halo"));
        var duplicate =
                http.post("/api/v1/webhooks/aimeow", null, aimeowText(s.clientId(), "M-1", "6281234567811", "halo"));
        var unknown =
                http.post("/api/v1/aimeow/webhook", null, aimeowText("no-such-client", "M-2", "6281234567811", "halo"));
        var broken = http.post("/api/v1/webhooks/aimeow", null, "{not json");
        var get = http.get("/api/v1/webhooks/aimeow", null);

        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.contentType()).startsWith("application/json");
        assertThat(stored.json().get("status").asString()).isEqualTo("accepted");
        assertThat(duplicate.json().get("status").asString()).isEqualTo("duplicate");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("title").asString()).isEqualTo("Not Found");
        assertThat(unknown.json().get("status").asInt()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("unknown clientId");
        assertThat(unknown.json().get("instance").asString()).isEqualTo("/api/v1/aimeow/webhook");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(get.status()).isEqualTo(405);
    }
}
