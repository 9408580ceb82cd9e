package com.showroomassistant.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.Http;
import com.showroomassistant.support.Instance;
import com.showroomassistant.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only health is public: metrics, info and Prometheus take the operator key, or come from the management port. */
class ActuatorAccessIT extends IntegrationTest {

    private static final List<String> PRIVATE = List.of(
            "/actuator/metrics",
            "/actuator/metrics/jvm.memory.used",
            "/actuator/info",
            "/actuator/prometheus",
            "/actuator");

    @Test
    void healthIsPublicAndEverythingElseTakesTheOperatorKey() {
        Showroom s = newShowroom();
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/health", "not-a-key").status())
                .as("a probe's stray header changes nothing")
                .isEqualTo(200);
        for (String path : PRIVATE) {
            for (String key : new String[] {null, "wrong", s.apiKey()}) {
                var refused = http.get(path, key);
                assertThat(refused.status()).as(path + " with " + key).isEqualTo(401);
                assertThat(refused.body()).doesNotContain("jvm_").doesNotContain("hikaricp");
            }
            assertThat(http.get(path, ADMIN_KEY).status())
                    .as(path + " with the operator key")
                    .isEqualTo(200);
        }
        assertThat(http.get("/actuator/prometheus", ADMIN_KEY).body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theManagementPortServesTheScraperWithoutAKey() {
        try (Instance app = Instance.start(Instance.freshDatabase(), Map.of("management.server.port", "0"))) {
            Http management = new Http("http://localhost:" + app.managementPort());
            assertThat(management.get("/actuator/prometheus", null).status()).isEqualTo(200);
            assertThat(management.get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
            assertThat(app.http().get("/actuator/prometheus", null).status())
                    .as("not through the application's own port")
                    .isIn(401, 404);
        }
    }
}
