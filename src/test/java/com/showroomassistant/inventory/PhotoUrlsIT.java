package com.showroomassistant.inventory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.showroomassistant.support.Payloads.aimeowImage;
import static com.showroomassistant.support.Payloads.aimeowText;
import static com.showroomassistant.support.StandIns.llmAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.showroomassistant.dashboard.DashboardUser;
import com.showroomassistant.dashboard.DashboardUsers;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.FormSession;
import com.showroomassistant.support.Http;
import com.showroomassistant.support.Instance;
import com.showroomassistant.support.IntegrationTest;
import java.net.URI;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service fetches nothing a stranger points it at: photo URLs are refused unless public http(s), kept ones are
 * fetched once and served from /media, media from a webhook comes only from the gateway's origin, and the gateway is
 * only ever handed this service's own URLs. The stand-in image server runs on localhost, trusted by configuration
 * (showroom.media.trusted-photo-hosts), as an operator would trust an internal image server.
 */
@DirtiesContext // settings of its own: no other class shares this context, so it is closed after it
class PhotoUrlsIT extends IntegrationTest {

    static final WireMockServer CDN = startCdn();
    static final byte[] JPEG = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 'c', 'd', 'n'
    };

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DashboardUsers users;

    private static WireMockServer startCdn() {
        var server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void trustTheStandInImageServer(DynamicPropertyRegistry registry) {
        registry.add("showroom.media.trusted-photo-hosts", () -> "localhost:" + CDN.port());
        registry.add("showroom.media.max-bytes", () -> "4096");
        registry.add("showroom.cache.ttl", () -> "0s"); // the test changes stored photos behind the API's back
    }

    private String onCdn(byte[] body, String contentType) {
        String path = "/cars/" + UUID.randomUUID() + ".jpg";
        CDN.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse().withHeader("Content-Type", contentType).withBody(body)));
        return "http://localhost:" + CDN.port() + path;
    }

    private static String vehicle(String plate, String... photos) {
        String list = String.join(
                ",", java.util.Arrays.stream(photos).map(p -> "\"" + p + "\"").toList());
        return """
                {"make":"Toyota","model":"Avanza","variant":"1.3 G","year":2019,"price":150000000,"mileage":45000,
                 "transmission":"automatic","fuelType":"bensin","color":"hitam","plateNumber":"%s","status":"available",
                 "photos":[%s]}""".formatted(plate, list);
    }

    @Test
    void aPhotoUrlIsFetchedOnceStoredAndServedFromMedia() {
        Showroom s = newShowroom();
        String original = onCdn(JPEG, "image/jpeg");

        var created = http.post("/api/v1/vehicles", s.apiKey(), vehicle("B 1 CDN", original));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String kept = created.json().get("photos").get(0).asString();
        assertThat(kept).startsWith("http://localhost:8080/media/" + s.tenantId() + "/");
        var served = http.getBytes(URI.create(kept).getPath());
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(HexFormat.of().formatHex(JPEG));
        long id = created.json().get("id").asLong();
        var again = http.put("/api/v1/vehicles/" + id, s.apiKey(), vehicle("B 1 CDN", kept));
        assertThat(again.json().get("photos").get(0).asString()).isEqualTo(kept);
        CDN.verify(1, getRequestedFor(urlPathEqualTo(URI.create(original).getPath())));
    }

    @Test
    void photoUrlsAtInternalAddressesOrOtherSchemesAreRefusedWith400() {
        Showroom s = newShowroom();
        List<String> refused = List.of(
                "http://127.0.0.1:" + CDN.port() + "/cars/x.jpg",
                "http://localhost/x.jpg",
                "http://10.1.2.3/x.jpg",
                "http://192.168.1.10/x.jpg",
                "http://172.16.0.1/x.jpg",
                "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/x.jpg",
                "http://[fe80::1]/x.jpg",
                "http://[fd00::1]/x.jpg",
                "http://0.0.0.0/x.jpg",
                "http://100.64.0.1/x.jpg",
                "file:///etc/passwd",
                "ftp://localhost/x.jpg",
                "gopher://localhost/x",
                "not a url",
                "http://user@localhost:" + CDN.port() + "/x.jpg");
        for (String url : refused) {
            var r = http.post("/api/v1/vehicles", s.apiKey(), vehicle("B 2 BAD", url));
            assertThat(r.status()).as(url + ": " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("errors").get("photos").asString()).startsWith("photo URL");
        }
        assertThat(http.get("/api/v1/vehicles", s.apiKey()).json().get("total").asInt())
                .isZero();

        var notAnImage =
                http.post("/api/v1/vehicles", s.apiKey(), vehicle("B 3 BAD", onCdn("<html>".getBytes(), "image/jpeg")));
        assertThat(notAnImage.status()).isEqualTo(400);
        assertThat(notAnImage.json().get("errors").get("photos").asString()).contains("not a JPEG");
        byte[] huge = new byte[5000];
        System.arraycopy(JPEG, 0, huge, 0, JPEG.length);
        var tooLarge = http.post("/api/v1/vehicles", s.apiKey(), vehicle("B 4 BAD", onCdn(huge, "image/jpeg")));
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().get("errors").get("photos").asString()).contains("larger than 4096 bytes");
        assertThat(http.get("/api/v1/vehicles", s.apiKey()).json().get("total").asInt())
                .isZero();
    }

    @Test
    void theDashboardRefusesAnInternalPhotoUrlWith400() {
        Showroom s = newShowroom();
        String email = "owner+" + s.tenantId() + "@photos.showroom";
        users.create(new TenantId(s.tenantId()), email, "kata-sandi-uji", DashboardUser.OWNER);
        var session = new FormSession(port);
        session.login(email, "kata-sandi-uji");

        var saved = session.submit(
                "/app/inventory/new",
                "/app/inventory/new",
                "make=Toyota&model=Avanza&year=2019"
                        + "&price=150000000&status=available&plateNumber=B7DASH&photos="
                        + FormSession.encode("http://169.254.169.254/latest/meta-data/"));

        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(saved.body()).contains("photo URL http://169.254.169.254/latest/meta-data/ points at a loopback");
        assertThat(http.get("/api/v1/vehicles", s.apiKey()).json().get("total").asInt())
                .isZero();
    }

    @Test
    void withoutAGatewayNoMediaIsFetchedAtAll() {
        try (Instance app = Instance.start(Instance.freshDatabase(), Map.of())) {
            Http open = app.http(); // no gateway: the webhook is open (demo and emulator only)
            String apiKey = open.post(
                            "/api/v1/admin/tenants",
                            ADMIN_KEY,
                            "{\"name\":\"Tanpa Gateway\",\"aimeowClientId\":\"no-gw\"}")
                    .json()
                    .get("apiKey")
                    .asString();
            String staff = "6281200000078";
            open.post("/api/v1/whatsapp-ai/staff", apiKey, "{\"phoneNumber\":\"" + staff + "\",\"name\":\"Sari\"}");
            String url = onCdn(JPEG, "image/jpeg");

            assertThat(open.post("/api/v1/webhooks/aimeow", null, aimeowImage("no-gw", "NG-1", staff, url, ""))
                            .status())
                    .isEqualTo(200);

            await().atMost(Duration.ofSeconds(20)).until(() -> {
                var conversations = open.get("/api/v1/whatsapp-ai/conversations", apiKey)
                        .json()
                        .get("items");
                return !conversations.isEmpty()
                        && open.get(
                                        "/api/v1/whatsapp-ai/conversations/"
                                                + conversations.get(0).get("id").asLong() + "/messages",
                                        apiKey)
                                .json()
                                .get("items")
                                .valueStream()
                                .anyMatch(m -> m.get("direction").asString().equals("outbound"));
            });
            CDN.verify(0, getRequestedFor(urlPathEqualTo(URI.create(url).getPath())));
        }
    }

    @Test
    void mediaNamedInAWebhookIsFetchedOnlyFromTheGatewaysOrigin() {
        Showroom s = newShowroom();
        String staff = "6281200000077";
        http.post("/api/v1/whatsapp-ai/staff", s.apiKey(), "{\"phoneNumber\":\"" + staff + "\",\"name\":\"Sari\"}");
        String elsewhere = onCdn(JPEG, "image/jpeg");

        http.post("/api/v1/webhooks/aimeow", null, aimeowImage(s.clientId(), "IMG-1", staff, elsewhere, ""));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select state from message where tenant_id = ? and aimeow_message_id = 'IMG-1'")
                        .param(s.tenantId())
                        .query(String.class)
                        .single()
                        .equals("done"));
        CDN.verify(0, getRequestedFor(urlPathEqualTo(URI.create(elsewhere).getPath())));
    }

    @Test
    void theGatewayIsOnlyHandedThisServicesOwnPhotoUrls() {
        Showroom s = newShowroom();
        String own = http.post("/api/v1/vehicles", s.apiKey(), vehicle("B 5 OWN", onCdn(JPEG, "image/jpeg")))
                .json()
                .get("photos")
                .get(0)
                .asString();
        // a photo URL stored before this rule (or by hand) points elsewhere: it is never handed to the gateway
        jdbc.sql("update vehicle set photos = ? where tenant_id = ?")
                .params("[\"" + own + "\",\"http://tracker.example/pixel.jpg\"]", s.tenantId())
                .update();
        llmAnswers(LLM, s.name(), "Ini foto Avanza 2019 hitamnya kak.");

        http.post(
                "/api/v1/webhooks/aimeow",
                null,
                aimeowText(s.clientId(), "P-1", "6281234500077", "minta foto avanza nya dong"));

        var sent = postRequestedFor(urlPathMatching("/api/v1/clients/" + s.clientId() + "/send-images?"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !GATEWAY.findAll(sent).isEmpty());
        String body = GATEWAY.findAll(sent).getFirst().getBodyAsString();
        assertThat(body).contains(own).doesNotContain("tracker.example");
        assertThat(CDN.findAll(getRequestedFor(anyUrl())).stream()
                        .filter(r -> r.getUrl().contains("pixel")))
                .isEmpty();
    }
}
