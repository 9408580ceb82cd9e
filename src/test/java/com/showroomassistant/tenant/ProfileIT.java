package com.showroomassistant.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The owner keeps the showroom's profile up to date after onboarding (issue #23 item 4). */
class ProfileIT extends IntegrationTest {

    @Test
    void theProfileIsEditedAndBadFieldsAreRefused() {
        Showroom s = newShowroom();
        JsonNode before = http.get("/api/v1/whatsapp-ai/profile", s.apiKey()).json();
        assertThat(before.get("name").asString()).isEqualTo(s.name());

        var saved = http.put("/api/v1/whatsapp-ai/profile", s.apiKey(), """
                {"name":"Maju Motor","city":"Bekasi","address":"Jl. Ahmad Yani 5","mapsUrl":"https://maps.app.goo.gl/x1",
                 "phoneNumber":"021-555-1234","whatsappNumber":"0812-9999-0001"}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode after = http.get("/api/v1/whatsapp-ai/profile", s.apiKey()).json();
        assertThat(after.get("name").asString()).isEqualTo("Maju Motor");
        assertThat(after.get("address").asString()).isEqualTo("Jl. Ahmad Yani 5");
        assertThat(after.get("mapsUrl").asString()).isEqualTo("https://maps.app.goo.gl/x1");
        assertThat(http.get("/api/v1/admin/tenants", ADMIN_KEY)
                        .json()
                        .get("items")
                        .toString())
                .contains("Maju Motor");

        for (String bad : new String[] {
            "{\"name\":\"\"}",
            "{\"name\":\"Maju\",\"mapsUrl\":\"javascript:alert(1)\"}",
            "{\"name\":\"Maju\",\"whatsappNumber\":\"nomor saya\"}",
            "{\"name\":\"" + "x".repeat(201) + "\"}"
        }) {
            var refused = http.put("/api/v1/whatsapp-ai/profile", s.apiKey(), bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
        }
        assertThat(http.get("/api/v1/whatsapp-ai/profile", s.apiKey()).json()).isEqualTo(after);
        assertThat(http.put("/api/v1/whatsapp-ai/profile", null, "{\"name\":\"x\"}")
                        .status())
                .isEqualTo(401);
    }
}
