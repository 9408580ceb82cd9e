package com.showroomassistant.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The documentation is readable without a key and describes every endpoint with its security. */
class OpenApiIT extends IntegrationTest {

    @Test
    void describesEveryEndpointAndItsKey() {
        var response = http.get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode api = response.json();
        JsonNode paths = api.get("paths");

        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/admin/tenants",
                        "/api/v1/admin/tenants/{tenantId}/api-keys",
                        "/api/v1/admin/tenants/{tenantId}/api-keys/{keyId}",
                        "/api/v1/whatsapp-ai/config",
                        "/api/v1/whatsapp-ai/initialize",
                        "/api/v1/whatsapp-ai/status",
                        "/api/v1/whatsapp-ai/disconnect",
                        "/api/v1/whatsapp-ai/conversations",
                        "/api/v1/whatsapp-ai/conversations/{id}",
                        "/api/v1/whatsapp-ai/conversations/{id}/messages",
                        "/api/v1/whatsapp-ai/conversations/{id}/reply",
                        "/api/v1/whatsapp-ai/conversations/{id}/resolve",
                        "/api/v1/whatsapp-ai/stats",
                        "/api/v1/whatsapp-ai/analytics",
                        "/api/v1/whatsapp-ai/staff",
                        "/api/v1/whatsapp-ai/staff/{id}",
                        "/api/v1/vehicles",
                        "/api/v1/vehicles/{id}",
                        "/api/v1/vehicles/{id}/photos",
                        "/api/v1/leads",
                        "/api/v1/leads/{id}",
                        "/api/v1/test-drives",
                        "/api/v1/webhooks/aimeow",
                        "/media/{tenantId}/{file}");
        assertThat(api.get("components")
                        .get("securitySchemes")
                        .get("tenantKey")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(api.get("components")
                        .get("securitySchemes")
                        .get("operatorKey")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(api.get("security").get(0).has("tenantKey")).isTrue();

        List<String> undescribed = new ArrayList<>();
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    JsonNode operation = op.getValue();
                    String name = op.getKey() + " " + path.getKey();
                    if (!operation.has("summary")
                            || operation.get("tags") == null
                            || operation.get("tags").isEmpty()) {
                        undescribed.add(name);
                    }
                    operation
                            .path("parameters")
                            .valueStream()
                            .filter(p -> p.get("name").asString().equals("tenant"))
                            .forEach(p -> undescribed.add(name + " exposes the tenant as a parameter"));
                }));
        assertThat(undescribed).isEmpty();

        JsonNode create = paths.get("/api/v1/admin/tenants").get("post");
        assertThat(create.get("security").get(0).has("operatorKey")).isTrue();
        assertThat(paths.get("/api/v1/webhooks/aimeow").get("post").get("security"))
                .isEmpty();
        assertThat(paths.get("/api/v1/vehicles/{id}")
                        .get("get")
                        .get("responses")
                        .has("404"))
                .isTrue();
        assertThat(api.get("components").get("schemas").has("AnalyticsReport")).isTrue();
    }
}
