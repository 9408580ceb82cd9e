package com.showroomassistant.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class TenantApiIT extends IntegrationTest {

    @Test
    void operatorOnboardsAShowroomWhoseKeyIsShownOnceAndStoredHashed() {
        Showroom s = newShowroom();
        assertThat(s.apiKey()).startsWith("sk_");
        var tenants = http.get("/api/v1/admin/tenants", ADMIN_KEY).json().get("items");
        assertThat(tenants.findValuesAsString("name")).contains(s.name());
        assertThat(http.get("/api/v1/admin/tenants", s.apiKey()).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/admin/tenants", null).status()).isEqualTo(401);
        var config = http.get("/api/v1/whatsapp-ai/config", s.apiKey()).json();
        assertThat(config.get("timezone").asString()).isEqualTo("Asia/Jakarta");
        assertThat(config.get("enablePriceNegotiation").asBoolean()).isFalse();
        assertThat(config.get("debounceSeconds").asInt()).isEqualTo(2);
        assertThat(config.get("handoffTimeoutMinutes").asInt()).isEqualTo(120);
        assertThat(config.get("maxTokens").asInt()).isEqualTo(1000);
    }

    @Test
    void missingOrInvalidKeysAre401AndOtherTenantsIdsAre404() {
        Showroom mine = newShowroom();
        Showroom theirs = newShowroom();
        var vehicle = http.post(
                        "/api/v1/vehicles",
                        theirs.apiKey(),
                        "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"year\":2019,\"price\":150000000}")
                .json();
        long theirVehicle = vehicle.get("id").asLong();

        assertThat(http.get("/api/v1/vehicles", null).status()).isEqualTo(401);
        var invalid = http.get("/api/v1/vehicles", "sk_not_a_real_key");
        assertThat(invalid.status()).isEqualTo(401);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/vehicles/" + theirVehicle, mine.apiKey()).status())
                .isEqualTo(404);
        assertThat(http.put(
                                "/api/v1/vehicles/" + theirVehicle,
                                mine.apiKey(),
                                "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"price\":1}")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/vehicles/" + theirVehicle, theirs.apiKey())
                        .json()
                        .get("price")
                        .asLong())
                .isEqualTo(150_000_000L);
        assertThat(http.get("/api/v1/vehicles", mine.apiKey())
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(http.get("/api/v1/whatsapp-ai/conversations/999999", mine.apiKey())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void configIsValidatedFieldByFieldAndStoredAsGiven() {
        Showroom s = newShowroom();
        ObjectNode config =
                (ObjectNode) http.get("/api/v1/whatsapp-ai/config", s.apiKey()).json();
        config.put("temperature", 3.5);
        config.put("timezone", "Mars/Olympus");
        config.put("debounceSeconds", 31);
        config.putObject("businessHours").putObject("monday").put("open", "9am").put("close", "17:00");
        var bad = http.put("/api/v1/whatsapp-ai/config", s.apiKey(), config.toString());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").propertyNames())
                .contains("temperature", "timezone", "debounceSeconds", "businessHours[monday].open");

        config.put("temperature", 0.3);
        config.put("timezone", "Asia/Makassar");
        config.put("debounceSeconds", 5);
        config.putObject("businessHours")
                .putObject("monday")
                .put("open", "09:00")
                .put("close", "17:00");
        var ok = http.put("/api/v1/whatsapp-ai/config", s.apiKey(), config.toString());
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        var stored = http.get("/api/v1/whatsapp-ai/config", s.apiKey()).json();
        assertThat(stored.get("timezone").asString()).isEqualTo("Asia/Makassar");
        assertThat(stored.get("businessHours").get("monday").get("close").asString())
                .isEqualTo("17:00");
        assertThat(stored.get("temperature").asDouble()).isEqualTo(0.3);
    }

    @Test
    void staffPhonesAreNormalisedAndDuplicatesConflict() {
        Showroom s = newShowroom();
        var created = http.post(
                "/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"0812-3456-7890\",\"name\":\"Budi\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("phoneNumber").asString()).isEqualTo("6281234567890");
        var duplicate = http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"+62 812 3456 7890\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"abc\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/whatsapp-ai/staff", s.apiKey())
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void classifierIsAvailableToTheTenant() {
        Showroom s = newShowroom();
        var r = http.post(
                "/api/v1/whatsapp-ai/classify",
                s.apiKey(),
                "{\"text\":\"avanza 2019 hitam brp?\",\"role\":\"customer\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("intent").asString()).isEqualTo("customer_price_inquiry");
        assertThat(r.json().get("entities").get("model").asString()).isEqualTo("Avanza");
        assertThat(r.json().get("entities").get("year").asInt()).isEqualTo(2019);
    }
}
