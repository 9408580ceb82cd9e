package com.showroomassistant.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.Http;
import com.showroomassistant.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bad input answers 400 problem+json naming the fields at fault; conflicts 409; nothing becomes a 5xx. */
class ProblemsIT extends IntegrationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Test
    void vehicleFieldsAreNamed() {
        Showroom s = newShowroom();
        var r = http.post("/api/v1/vehicles", s.apiKey(), """
                {"model":"Avanza","year":1800,"price":-1,"transmission":"cvt","fuelType":"solar","status":"gone"}""");
        assertThat(errors(r)).containsOnlyKeys("make", "year", "price", "transmission", "fuelType", "status");
        assertThat(errors(r).get("transmission")).isEqualTo("must be manual or automatic");
        assertThat(errors(http.get("/api/v1/vehicles/abc", s.apiKey()))).containsOnlyKeys("id");
    }

    @Test
    void duplicatePlatesAndStaffPhonesConflict() {
        Showroom s = newShowroom();
        assertThat(http.post("/api/v1/vehicles", s.apiKey(), car("B 1234 XYZ")).status())
                .isEqualTo(201);
        long other = http.post("/api/v1/vehicles", s.apiKey(), car("B 9 ABC"))
                .json()
                .get("id")
                .asLong();
        assertConflict(http.post("/api/v1/vehicles", s.apiKey(), car("b1234xyz")));
        assertConflict(http.put("/api/v1/vehicles/" + other, s.apiKey(), car("B1234XYZ")));
        assertThat(http.post("/api/v1/vehicles", newShowroom().apiKey(), car("B 1234 XYZ"))
                        .status())
                .isEqualTo(201);

        assertThat(http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"081233334444\"}")
                        .status())
                .isEqualTo(201);
        assertConflict(http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"+62 812-3333-4444\"}"));
    }

    @Test
    void staffFieldsAreNamed() {
        Showroom s = newShowroom();
        assertThat(errors(http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"abc\"}")))
                .containsOnlyKeys("phoneNumber");
        assertThat(errors(http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{}")))
                .containsOnlyKeys("phoneNumber");
        assertThat(errors(http.post(
                        "/api/v1/whatsapp-ai/staff",
                        s.apiKey(),
                        "{\"phoneNumber\":\"081233335555\",\"permissions\":[\"launch\"]}")))
                .containsOnlyKeys("permissions");
    }

    @Test
    void configFieldsAreNamed() {
        Showroom s = newShowroom();
        ObjectNode config =
                (ObjectNode) http.get("/api/v1/whatsapp-ai/config", s.apiKey()).json();
        config.put("temperature", 3.5)
                .put("maxTokens", 5)
                .put("timezone", "Mars/Olympus")
                .put("debounceSeconds", 31);
        config.putObject("businessHours").putObject("monday").put("open", "9am").put("close", "17:00");
        ((ObjectNode) config.get("businessHours"))
                .putObject("funday")
                .put("open", "09:00")
                .put("close", "10:00");
        config.putArray("customFAQ").addObject().put("question", "").put("answer", "ya");

        Map<String, String> errors = errors(http.put("/api/v1/whatsapp-ai/config", s.apiKey(), config.toString()));

        assertThat(errors)
                .containsOnlyKeys(
                        "temperature",
                        "maxTokens",
                        "timezone",
                        "debounceSeconds",
                        "businessHours",
                        "businessHours[monday].open",
                        "customFAQ[0].question");
        assertThat(errors.get("timezone")).contains("IANA");
        assertThat(http.get("/api/v1/whatsapp-ai/config", s.apiKey())
                        .json()
                        .get("temperature")
                        .asDouble())
                .isEqualTo(0.7);
    }

    @Test
    void malformedBodiesAndBadValuesAreProblems() {
        Showroom s = newShowroom();
        var malformed = http.post("/api/v1/vehicles", s.apiKey(), "{\"make\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(errors(http.put("/api/v1/leads/1", s.apiKey(), "{\"stage\":\"sold\"}")))
                .containsOnlyKeys("stage");
        assertThat(errors(http.post("/api/v1/whatsapp-ai/conversations/1/reply", s.apiKey(), "{\"message\":\" \"}")))
                .containsOnlyKeys("message");
        assertThat(http.get("/api/v1/leads/999999", s.apiKey()).status()).isEqualTo(404);
    }

    @Test
    void photosAreStoredServedAndCheckedForBeingImages() {
        Showroom s = newShowroom();
        long id = http.post("/api/v1/vehicles", s.apiKey(), car("B 77 PH"))
                .json()
                .get("id")
                .asLong();
        var rejected =
                http.postFiles("/api/v1/vehicles/" + id + "/photos", s.apiKey(), "file", "not an image".getBytes());
        assertThat(errors(rejected)).containsOnlyKeys("file");

        var uploaded = http.postFiles("/api/v1/vehicles/" + id + "/photos", s.apiKey(), "file", PNG, PNG);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode photos = uploaded.json().get("photos");
        assertThat(photos.size()).isEqualTo(2);
        String url = photos.get(0).asString();
        assertThat(url)
                .startsWith("http://localhost:8080/media/" + s.tenantId() + "/")
                .endsWith(".png");

        var served = http.getBytes(url.substring("http://localhost:8080".length()));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(served.body()).isEqualTo(java.util.HexFormat.of().formatHex(PNG));
        assertThat(http.getBytes("/media/" + s.tenantId() + "/..%2F..%2Fpom.xml")
                        .status())
                .isIn(400, 404);
        assertThat(http.getBytes("/media/" + s.tenantId() + "/pom.xml").status())
                .isEqualTo(404);
        assertThat(http.getBytes("/media/" + (s.tenantId() + 1) + url.substring(url.lastIndexOf('/')))
                        .status())
                .isEqualTo(404);
    }

    /** The problem's field errors, field -> message. */
    private static Map<String, String> errors(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        Map<String, String> errors = new LinkedHashMap<>();
        r.json()
                .get("errors")
                .properties()
                .forEach(e -> errors.put(e.getKey(), e.getValue().asString()));
        return errors;
    }

    private static void assertConflict(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    private static String car(String plate) {
        return "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"year\":2019,\"plateNumber\":\"" + plate + "\"}";
    }
}
