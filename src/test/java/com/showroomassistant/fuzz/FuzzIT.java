package com.showroomassistant.fuzz;

import static com.showroomassistant.support.Payloads.aimeowText;
import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.Http;
import com.showroomassistant.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Thousands of generated bad inputs (truncated JSON, wrong types, huge strings, deep nesting, unicode
 * edge cases, wrong content types) against the webhook and the API: never a 5xx, nothing stored by a
 * rejected request, and the app still healthy afterwards. Seeded, so a failure reproduces.
 */
class FuzzIT extends IntegrationTest {

    private static final String[] CONTENT_TYPES = {
        "application/json",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
        "",
        "application/json; charset=latin1"
    };
    private static final String[] ODD_TEXT = {
        "\u0000",
        "\ud83d\ude97",
        "\u202e",
        "\u200b",
        "\\ud800",
        "\uffff",
        "é",
        "\t\r\n",
        "'; drop table message; --",
        "<script>",
        "%00",
        "${jndi:ldap://x}",
        "\\u0000"
    };

    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random(20261126L);

    @Test
    void webhookSurvivesFiveThousandGeneratedBodies() {
        Showroom s = newShowroom();
        String valid = aimeowText(s.clientId(), "SEED", "6281234500099", "avanza ada?");
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> fiveXx = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            byte[] body = generate(s.clientId(), valid, i);
            String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
            long before = inbound(s);
            Http.Response r = http.postRaw(
                    random.nextBoolean() ? "/api/v1/webhooks/aimeow" : "/api/v1/aimeow/webhook",
                    body,
                    type.isEmpty() ? Map.of() : Map.of("Content-Type", type));
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() >= 500) {
                fiveXx.add(
                        r.status() + " for " + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
            }
            if (r.status() >= 400) {
                assertThat(inbound(s))
                        .as("a rejected request stored nothing: %s", r.body())
                        .isEqualTo(before);
            }
        }
        System.out.println("[fuzz] webhook statuses: " + statuses);
        assertThat(fiveXx).isEmpty();
        assertThat(statuses.keySet()).contains(200, 400);
        assertThat(http.get("/actuator/health", null).body()).contains("\"UP\"");
    }

    @Test
    void apiSurvivesGeneratedBadRequests() {
        Showroom s = newShowroom();
        String[] paths = {
            "/api/v1/vehicles",
            "/api/v1/vehicles/%s",
            "/api/v1/whatsapp-ai/config",
            "/api/v1/whatsapp-ai/staff",
            "/api/v1/whatsapp-ai/staff/%s",
            "/api/v1/whatsapp-ai/conversations?status=%s&q=%s&page=%s&size=%s",
            "/api/v1/whatsapp-ai/conversations/%s",
            "/api/v1/whatsapp-ai/conversations/%s/messages",
            "/api/v1/whatsapp-ai/conversations/%s/reply",
            "/api/v1/whatsapp-ai/conversations/%s/resolve",
            "/api/v1/whatsapp-ai/classify",
            "/api/v1/admin/tenants"
        };
        String[] methods = {"GET", "POST", "PUT", "DELETE"};
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> fiveXx = new ArrayList<>();
        long vehiclesBefore = count("vehicle", s);
        for (int i = 0; i < 1500; i++) {
            String path = paths[random.nextInt(paths.length)];
            Object[] args = new Object[4];
            for (int a = 0; a < 4; a++) {
                args[a] = pick("-1", "abc", "99999999999999999999", "0", "%00", "1e5", "%F0%9F", "", "%20", "2");
            }
            String url = path.formatted(args);
            String method = methods[random.nextInt(methods.length)];
            String body = random.nextInt(4) == 0
                    ? null
                    : new String(
                            generate(
                                    "x",
                                    "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"year\":2019,"
                                            + "\"price\":150000000,\"temperature\":0.5,\"text\":\"halo\",\"phoneNumber\":\"0812\",\"message\":\"hi\"}",
                                    i),
                            StandardCharsets.UTF_8);
            String key = random.nextInt(10) == 0 ? "sk_bogus" : url.contains("/admin/") ? ADMIN_KEY : s.apiKey();
            Http.Response r;
            try {
                r = http.send(method, url, key, body);
            } catch (IllegalArgumentException badUri) {
                continue; // the client itself refuses this URI; nothing was sent
            }
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() >= 500) {
                fiveXx.add(r.status() + " " + method + " " + url + " " + r.body());
            }
        }
        System.out.println("[fuzz] api statuses: " + statuses);
        assertThat(fiveXx).isEmpty();
        assertThat(count("vehicle", s) - vehiclesBefore)
                .as("only well-formed creates store vehicles")
                .isLessThanOrEqualTo(statuses.getOrDefault(201, 0));
        assertThat(http.get("/actuator/health", null).body()).contains("\"UP\"");
    }

    private long inbound(Showroom s) {
        return jdbc.sql("select count(*) from message where tenant_id = ? and direction = 'inbound'")
                .param(s.tenantId())
                .query(Long.class)
                .single();
    }

    private long count(String table, Showroom s) {
        return jdbc.sql("select count(*) from " + table + " where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private byte[] generate(String clientId, String valid, int i) {
        return switch (random.nextInt(9)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8); // truncated
            case 1 -> wrongType(valid).getBytes(StandardCharsets.UTF_8);
            case 2 ->
                aimeowText(clientId, "HUGE-" + i, "6281234500099", "x".repeat(random.nextInt(200_000)))
                        .getBytes(StandardCharsets.UTF_8);
            case 3 ->
                ("[".repeat(random.nextInt(5000) + 1) + "]".repeat(random.nextInt(3))).getBytes(StandardCharsets.UTF_8);
            case 4 ->
                aimeowText(clientId, "U-" + i, "6281234500099", pick(ODD_TEXT) + pick(ODD_TEXT) + pick(ODD_TEXT))
                        .replace("\\\\u", "\\u")
                        .getBytes(StandardCharsets.UTF_8);
            case 5 -> randomBytes();
            case 6 ->
                valid.replace(pickKey(), pick("", "\"", "{", "1", "[]", "null", "{\"$ne\":1}"))
                        .getBytes(StandardCharsets.UTF_8);
            case 7 ->
                ("{\"clientId\":\"" + clientId + "\",\"event\":\""
                                + pick("message", "status", "qr", "connected", "x", "")
                                + "\",\"data\":"
                                + pick(
                                        "null",
                                        "[]",
                                        "1",
                                        "{}",
                                        "{\"messageId\":1}",
                                        "{\"messageId\":\"E" + i + "\",\"status\":\"read\"}",
                                        "{\"messageId\":\"E" + i + "\",\"from\":\""
                                                + pick("+62812", "abc", "", "6281234500099") + "\",\"message\":\"hi\"}")
                                + "}")
                        .getBytes(StandardCharsets.UTF_8);
            default -> valid.replace("SEED", "V-" + i).getBytes(StandardCharsets.UTF_8);
        };
    }

    private String pickKey() {
        return pick("\"clientId\"", "\"message\"", "\"id\"", "\"from\"", "\"text\"", "\"rawChat\"", ":", ",", "}");
    }

    private String wrongType(String valid) {
        String replacement =
                pick("1", "true", "null", "[]", "{}", "1.5e308", "-0", "\"\"", "[\"a\"]", "{\"a\":{\"b\":[]}}");
        String field = pick("clientId", "id", "from", "text", "type", "rawChat", "isLID", "pushName", "message");
        return valid.replaceFirst(
                "\"" + field + "\":(\"[^\"]*\"|\\{|false|true)",
                "\"" + field + "\":" + replacement + (valid.contains("\"" + field + "\":{") ? ",\"_x\":{" : ""));
    }

    private byte[] randomBytes() {
        byte[] b = new byte[random.nextInt(2000)];
        random.nextBytes(b);
        return b;
    }
}
