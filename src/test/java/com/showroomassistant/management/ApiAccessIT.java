package com.showroomassistant.management;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.showroomassistant.support.Payloads.aimeowText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.showroomassistant.support.Http;
import com.showroomassistant.support.IntegrationTest;
import com.showroomassistant.support.StandIns;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every endpoint against every kind of caller: no key and a revoked key answer 401, another showroom's key answers
 * 404 on every route that names an id (and changes nothing), the owner's key works.
 */
class ApiAccessIT extends IntegrationTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @Autowired
    JdbcClient jdbc;

    record Endpoint(String method, String path, Supplier<String> body, int ok) {

        boolean namesAnId() {
            return path.matches(".*/\\d+(/.*)?");
        }

        Http.Response call(Http http, String key) {
            if (path.endsWith("/photos")) {
                return http.postFiles(path, key, "file", JPEG);
            }
            return http.send(method, path, key, body == null ? null : body.get());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @TestFactory
    List<DynamicTest> everyTenantEndpoint() {
        StandIns.llmDefault(LLM);
        StandIns.gatewayAcceptsAll(GATEWAY);
        Showroom owner = newShowroom();
        Showroom other = newShowroom();
        String revoked = revokedKeyOf(owner);
        String secondKey = http.post("/api/v1/admin/tenants/" + owner.tenantId() + "/api-keys", ADMIN_KEY, null)
                .json()
                .get("apiKey")
                .asString();
        GATEWAY.stubFor(post(urlPathEqualTo("/api/v1/config")).willReturn(okJson("{}")));
        GATEWAY.stubFor(get(urlPathEqualTo("/api/v1/clients/" + owner.clientId()))
                .willReturn(okJson("""
                {"id":"%s","phone":"%s","isConnected":true,"qrCode":"not_available","connectedAt":"","messageCount":1}""".formatted(owner.clientId(), owner.ownNumber()))));
        GATEWAY.stubFor(
                delete(urlPathEqualTo("/api/v1/clients/" + owner.clientId())).willReturn(okJson("{}")));

        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(owner.clientId(), "M-1", "6281255501234", "halo, avanza ada?"));
        long conversation = http.get("/api/v1/whatsapp-ai/conversations", owner.apiKey())
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        long staff = id(http.post(
                "/api/v1/whatsapp-ai/staff", owner.apiKey(), "{\"phoneNumber\":\"081211110001\",\"name\":\"Ani\"}"));
        long staffToDelete =
                id(http.post("/api/v1/whatsapp-ai/staff", owner.apiKey(), "{\"phoneNumber\":\"081211110002\"}"));
        long vehicle = id(http.post("/api/v1/vehicles", owner.apiKey(), vehicle("B 1 AA")));
        long vehicleToDelete = id(http.post("/api/v1/vehicles", owner.apiKey(), vehicle("B 2 AA")));
        long lead = jdbc.sql(
                                        "insert into sales_lead (tenant_id, customer_identity, customer_phone, name) values (?, ?, ?, ?)")
                                .params(owner.tenantId(), "6281255501234", "6281255501234", "Rina")
                                .update()
                        > 0
                ? jdbc.sql("select max(id) from sales_lead where tenant_id = ?")
                        .param(owner.tenantId())
                        .query(Long.class)
                        .single()
                : -1;
        jdbc.sql(
                        "insert into test_drive (tenant_id, lead_id, vehicle_id, customer_identity, customer_phone) values (?, ?, ?, ?, ?)")
                .params(owner.tenantId(), lead, vehicle, "6281255501234", "6281255501234")
                .update();
        String config = http.get("/api/v1/whatsapp-ai/config", owner.apiKey()).body();
        AtomicInteger phones = new AtomicInteger(100);

        String w = "/api/v1/whatsapp-ai";
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", w + "/config", null, 200),
                new Endpoint("PUT", w + "/config", () -> config, 200),
                new Endpoint("POST", w + "/initialize", null, 200),
                new Endpoint("GET", w + "/status", null, 200),
                new Endpoint("GET", w + "/conversations", null, 200),
                new Endpoint("GET", w + "/conversations/" + conversation, null, 200),
                new Endpoint("GET", w + "/conversations/" + conversation + "/messages", null, 200),
                new Endpoint(
                        "POST",
                        w + "/conversations/" + conversation + "/reply",
                        () -> "{\"message\":\"Siap kak\"}",
                        200),
                new Endpoint("POST", w + "/conversations/" + conversation + "/resolve", null, 200),
                new Endpoint("GET", w + "/stats", null, 200),
                new Endpoint("GET", w + "/analytics?from=2026-11-01&to=2026-11-30", null, 200),
                new Endpoint("GET", w + "/staff", null, 200),
                new Endpoint(
                        "POST",
                        w + "/staff",
                        () -> "{\"phoneNumber\":\"0812999900" + phones.incrementAndGet() + "\"}",
                        201),
                new Endpoint("GET", w + "/staff/" + staff, null, 200),
                new Endpoint(
                        "PUT",
                        w + "/staff/" + staff,
                        () -> "{\"phoneNumber\":\"081211110001\",\"name\":\"Ani S\"}",
                        200),
                new Endpoint("DELETE", w + "/staff/" + staffToDelete, null, 204),
                new Endpoint("GET", "/api/v1/vehicles", null, 200),
                new Endpoint("POST", "/api/v1/vehicles", () -> vehicle("B " + phones.incrementAndGet() + " ZZ"), 201),
                new Endpoint("GET", "/api/v1/vehicles/" + vehicle, null, 200),
                new Endpoint("PUT", "/api/v1/vehicles/" + vehicle, () -> vehicle("B 1 AA"), 200),
                new Endpoint("POST", "/api/v1/vehicles/" + vehicle + "/photos", null, 201),
                new Endpoint("DELETE", "/api/v1/vehicles/" + vehicleToDelete, null, 204),
                new Endpoint("GET", "/api/v1/leads", null, 200),
                new Endpoint("GET", "/api/v1/leads/" + lead, null, 200),
                new Endpoint("PUT", "/api/v1/leads/" + lead, () -> "{\"stage\":\"won\"}", 200),
                new Endpoint("GET", "/api/v1/test-drives", null, 200),
                new Endpoint("GET", "/api/v1/customers/6281255501234/data", null, 200),
                new Endpoint("GET", "/api/v1/follow-ups", null, 200),
                new Endpoint("POST", w + "/disconnect", null, 200));

        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints) {
            tests.add(dynamicTest(e + ": no key is 401", () -> assertUnauthorized(e.call(http, null))));
            tests.add(dynamicTest(e + ": a revoked key is 401", () -> assertUnauthorized(e.call(http, revoked))));
            tests.add(dynamicTest(
                    e + ": a made-up key is 401", () -> assertUnauthorized(e.call(http, "sk_" + "0".repeat(48)))));
            tests.add(dynamicTest(e + ": the operator key is 401", () -> assertUnauthorized(e.call(http, ADMIN_KEY))));
            if (e.namesAnId()) {
                tests.add(dynamicTest(e + ": another showroom's key is 404", () -> {
                    var response = e.call(http, other.apiKey());
                    assertThat(response.status()).as(response.body()).isEqualTo(404);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }));
            }
            tests.add(dynamicTest(e + ": the owner's key works", () -> {
                var response = e.call(http, e.method().equals("GET") ? secondKey : owner.apiKey());
                assertThat(response.status()).as(response.body()).isEqualTo(e.ok());
            }));
        }
        tests.add(dynamicTest("nothing another showroom tried changed the owner's data", () -> {
            assertThat(http.get(w + "/staff/" + staff, owner.apiKey())
                            .json()
                            .get("name")
                            .asString())
                    .isEqualTo("Ani S");
            assertThat(http.get("/api/v1/leads/" + lead, owner.apiKey())
                            .json()
                            .get("stage")
                            .asString())
                    .isEqualTo("won");
            var replies = http.get(w + "/conversations/" + conversation + "/messages", owner.apiKey())
                    .json()
                    .get("items");
            assertThat(replies.valueStream()
                            .filter(m -> m.get("senderType").asString().equals("human"))
                            .count())
                    .isEqualTo(1);
            assertThat(http.get("/api/v1/vehicles/" + vehicle, owner.apiKey())
                            .json()
                            .get("photos")
                            .size())
                    .isEqualTo(1);
        }));
        return tests;
    }

    @Test
    void operatorEndpointsTakeOnlyTheOperatorKey() {
        Showroom s = newShowroom();
        Showroom other = newShowroom();
        String keys = "/api/v1/admin/tenants/" + s.tenantId() + "/api-keys";
        for (String key : new String[] {null, s.apiKey(), "wrong"}) {
            assertUnauthorized(http.get("/api/v1/admin/tenants", key));
            assertUnauthorized(http.post("/api/v1/admin/tenants", key, "{\"name\":\"X\"}"));
            assertUnauthorized(http.post(keys, key, null));
            assertUnauthorized(http.get(keys, key));
            assertUnauthorized(http.delete(keys + "/1", key));
        }
        assertThat(http.get("/api/v1/admin/tenants", ADMIN_KEY).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/tenants/999999/api-keys", ADMIN_KEY, null)
                        .status())
                .isEqualTo(404);
        long othersKey = http.get("/api/v1/admin/tenants/" + other.tenantId() + "/api-keys", ADMIN_KEY)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        assertThat(http.delete(keys + "/" + othersKey, ADMIN_KEY).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/whatsapp-ai/config", other.apiKey()).status())
                .isEqualTo(200);
    }

    @Test
    void keysAreListedWithoutTheKeyAndRevokedOneByOne() {
        Showroom s = newShowroom();
        String keys = "/api/v1/admin/tenants/" + s.tenantId() + "/api-keys";
        var issued = http.post(keys, ADMIN_KEY, null);
        assertThat(issued.status()).isEqualTo(201);
        String second = issued.json().get("apiKey").asString();
        assertThat(http.get("/api/v1/vehicles", second).status()).isEqualTo(200);

        var list = http.get(keys, ADMIN_KEY);
        assertThat(list.json().get("total").asInt()).isEqualTo(2);
        assertThat(list.body())
                .doesNotContain(s.apiKey())
                .doesNotContain(second)
                .doesNotContain("hash");
        assertThat(list.json().get("items").get(1).get("prefix").asString()).isEqualTo(second.substring(0, 10));

        assertThat(http.delete(keys + "/" + issued.json().get("id").asLong(), ADMIN_KEY)
                        .status())
                .isEqualTo(204);
        assertUnauthorized(http.get("/api/v1/vehicles", second));
        assertThat(http.get("/api/v1/vehicles", s.apiKey()).status()).isEqualTo(200);
        assertThat(http.get(keys, ADMIN_KEY)
                        .json()
                        .get("items")
                        .get(1)
                        .get("revokedAt")
                        .isNull())
                .isFalse();
    }

    @Test
    void docsHealthWebhooksAndPhotosNeedNoKey() {
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(http.get("/v3/api-docs", null).status()).isEqualTo(200);
        assertThat(http.get("/swagger-ui.html", null).status()).isIn(200, 302);
        assertThat(http.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
        Showroom s = newShowroom();
        var webhook = http.post(
                "/api/v1/webhooks/aimeow", "not-a-key", aimeowText(s.clientId(), "W-1", "6281255509999", "halo"));
        assertThat(webhook.status()).isEqualTo(200);
    }

    private String revokedKeyOf(Showroom s) {
        var issued = http.post("/api/v1/admin/tenants/" + s.tenantId() + "/api-keys", ADMIN_KEY, null)
                .json();
        http.delete(
                "/api/v1/admin/tenants/" + s.tenantId() + "/api-keys/"
                        + issued.get("id").asLong(),
                ADMIN_KEY);
        return issued.get("apiKey").asString();
    }

    static void assertUnauthorized(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static long id(Http.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static String vehicle(String plate) {
        return """
                {"make":"Toyota","model":"Avanza","variant":"1.3 G","year":2019,"price":150000000,"mileage":45000,
                 "transmission":"automatic","fuelType":"bensin","color":"hitam","plateNumber":"%s","status":"available"}""".formatted(plate);
    }
}
